/**
 * re2js is evaluated only when a pattern needs it (shared/data/contract-pattern.ts): a contract whose
 * patterns are all on the RegExp fast path loads and validates short values without it (issue 18:
 * ~15-20 ms of every such run). Listed in vitest.config.ts's ISOLATED, so it runs in a process of its
 * own: the other files share their worker's modules, and contract-pattern.test.ts compiles RE2-only
 * patterns.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compileContractPattern, PatternSyntaxError } from '../../shared/data/contract-pattern.js';
import { parseContract } from '../../shared/data/contract.js';
import { mulberry32 } from '../support/mulberry32.js';

const require = createRequire(import.meta.url);
/** Whether re2js's CommonJS build (what re2-load.cjs requires) has been evaluated in this file. */
const re2Loaded = (): boolean => Object.keys(require.cache).some((k) => /[\\/]re2js[\\/]/.test(k));

describe('re2js on demand', () => {
  it('is not evaluated for a contract of fast-path patterns, until a value is too long for RegExp', () => {
    const contract = parseContract("version: 1\ncolumns:\n  origin: { pattern: '^[A-Z]{3}$' }\n  code: { pattern: '^C\\d{4}$' }\n", 'c.yaml');
    expect(contract.columns?.origin?.pattern).toBe('^[A-Z]{3}$');
    const p = compileContractPattern('^[A-Z]{3}$');
    expect(p.fast).toBe(true);
    expect([p.test('JFK'), p.test('jfk'), p.test('JFKX')]).toEqual([true, false, false]);
    expect(re2Loaded()).toBe(false);
    // Past FAST_MAX_LENGTH the value goes to RE2, compiled now.
    expect(p.test('A'.repeat(2000))).toBe(false);
    expect(re2Loaded()).toBe(true);
    expect(compileContractPattern('^A{3}').test('A'.repeat(2000))).toBe(true);
  });

  it('accepts exactly the patterns RE2 compiles, and answers as RE2 on long values', async () => {
    const { RE2JS } = await import('re2js');
    const rnd = mulberry32(29);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const atoms = ['a', 'Z', '0', '-', '\\d', '\\w', '\\W', '\\.', '[a-c]', '[^a-c]', '[A-Za-z0-9]'];
    const quants = ['', '', '?', '+', '{2}', '{0,3}', '{999}', '{1000}', '{1001}', '{0,1000}', '{1,1001}', '{1000,}', '{1001,}', '{4000}', '{9999}'];
    let deferred = 0;
    let rejected = 0;
    for (let k = 0; k < 200; k++) {
      let source = rnd() < 0.7 ? '^' : '';
      const len = 1 + Math.floor(rnd() * (rnd() < 0.2 ? 80 : 4));
      for (let j = 0; j < len; j++) source += pick(atoms) + (rnd() < 0.7 ? '' : pick(quants));
      if (rnd() < 0.5) source += '$';
      let re2: ReturnType<typeof RE2JS.compile> | undefined;
      try {
        re2 = RE2JS.compile(source);
      } catch {
        re2 = undefined;
      }
      if (!re2) {
        expect(() => compileContractPattern(source), source).toThrow(PatternSyntaxError);
        rejected++;
        continue;
      }
      const p = compileContractPattern(source);
      if (p.fast && source.length <= 256) deferred++;
      for (const text of ['', 'a'.repeat(1500), 'Za0-'.repeat(400), '9'.repeat(1025), 'a'.repeat(5000) + '.']) {
        expect(p.test(text), `${JSON.stringify(source)} on ${text.length} chars`).toBe(re2.test(text));
      }
    }
    expect(deferred).toBeGreaterThan(40); // the generated patterns exercise the deferral, not only RE2
    expect(rejected).toBeGreaterThan(20); // and the repeat counts RE2 refuses
  });
});
