import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { compileContractPattern, PatternSyntaxError } from '../../shared/data/contract-pattern.js';
import { createValidator } from '../../shared/data/validate.js';
import { parseContract } from '../../shared/data/contract.js';
import { mulberry32 } from '../support/mulberry32.js';


describe('compileContractPattern', () => {
  it('finishes on the patterns that make a backtracking engine run for ever', () => {
    // JavaScript's RegExp takes 18.7 s on 28 a's; 40 would not return. vitest's timeout is the guard.
    const evil = 'a'.repeat(40) + 'b';
    const cases: Array<[string, boolean]> = [['(a+)+$', false], ['^(a|a)*$', false], ['(a*)*b', true], ['^(a|aa)+$', false], ['(.*a){12}', true]];
    for (const [source, found] of cases) {
      const p = compileContractPattern(source);
      expect(p.fast).toBe(false);
      expect(p.test(evil), source).toBe(found);
    }
    // Long values too: a 1 MB value against the same pattern.
    expect(compileContractPattern('(a+)+$').test('a'.repeat(1 << 20) + 'b')).toBe(false);
  });

  it('rejects what RE2 cannot compile, saying why', () => {
    for (const [source, why] of [
      ['(a)\\1', 'invalid escape sequence'],
      ['a(?=b)', 'invalid or unsupported Perl syntax'],
      ['([A-Z]{3}', 'missing closing )'],
      ['a{2,1001}', 'invalid repeat count'],
    ]) {
      expect(() => compileContractPattern(source), source).toThrow(PatternSyntaxError);
      expect(() => compileContractPattern(source), source).toThrow(why);
    }
  });

  it('takes the RegExp fast path only for sequences of single-character atoms it can bound', () => {
    const fast = (s: string) => compileContractPattern(s).fast;
    expect(fast('^[A-Z]{3}$')).toBe(true);
    expect(fast('^C\\d{4}$')).toBe(true);
    expect(fast('^[a-z_-]+$')).toBe(true);
    expect(fast('[0-9]{2}')).toBe(true);
    expect(fast('^[a-z]+[0-9]*$')).toBe(false); // two unbounded runs: polynomial backtracking
    expect(fast('[0-9]+')).toBe(false); // unanchored and unbounded: quadratic
    expect(fast('^a?a?a?a?a?a?a?')).toBe(false); // 2^7 choices > 64
    expect(fast('^(ab)+$')).toBe(false);
    expect(fast('^\\s+$')).toBe(false); // \s differs between the engines
    expect(fast('^.{3}$')).toBe(false); // so does .
  });

  it('answers as RE2 does on generated patterns and values, fast path or not', () => {
    const rnd = mulberry32(13);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const atoms = ['a', 'b', 'Z', '0', '-', '_', ' ', '\\d', '\\D', '\\w', '\\W', '\\.', '\\-', '[a-c]', '[^a-c]', '[\\d_]', '[a-]', '[-z]', '[A-Za-z0-9]', '[^\\w]', '[a-z-_]'];
    const quants = ['', '', '?', '*', '+', '{2}', '{1,3}', '{0,}', '{2,}'];
    const chars = ['a', 'b', 'c', 'Z', '0', '9', '-', '_', ' ', '.', '\n', '\r', 'é', '😀', '\u2028', '٣', '\t'];
    let fastCount = 0;
    for (let k = 0; k < 250; k++) {
      let source = rnd() < 0.5 ? '^' : '';
      const len = 1 + Math.floor(rnd() * 4);
      for (let j = 0; j < len; j++) source += pick(atoms) + pick(quants);
      if (rnd() < 0.5) source += '$';
      const p = compileContractPattern(source);
      if (p.fast) fastCount++;
      const re2 = RE2JS.compile(source);
      for (let v = 0; v < 40; v++) {
        let text = '';
        const n = Math.floor(rnd() * 8);
        for (let j = 0; j < n; j++) text += pick(chars);
        expect(p.test(text), `${JSON.stringify(source)} on ${JSON.stringify(text)}`).toBe(re2.test(text));
      }
    }
    expect(fastCount).toBeGreaterThan(30); // the comparison covers the fast path, not just RE2 against itself
  });
});

describe('pattern rules in validation', () => {
  it('validates a column with a catastrophic pattern in linear time and reports the failures', () => {
    const contract = parseContract("version: 1\ncolumns:\n  code: { pattern: '^(a+)+$' }\n", 'c.yaml');
    const values = ['a'.repeat(40) + 'b', 'aaaa', 'a'.repeat(5000) + '!'];
    const v = createValidator(contract, { file: 'd.csv', columns: ['code'], hasLines: true });
    v.add({ columns: ['code'], values: [values], length: values.length, lines: [2, 3, 4], rowOffset: 0 });
    const finding = v.finish().findings.find((f) => f.rule === 'pattern')!;
    expect(finding.failed).toBe(2);
    expect(finding.samples.map((s) => s.line)).toEqual([2, 4]);
  });
});
