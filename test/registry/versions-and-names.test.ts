/**
 * Versions (semver.org precedence, npm semver's bumps as the reference), the bump rules of publish,
 * and the names that reach paths and tags: hostile model names, aliases and versions are refused
 * with a message that says what is allowed.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../shared/runtime/errors.js';
import { bumpFromLabels, bumpVersion, compareVersions, highestVersion, nextVersion, normalizeVersion, tryParseVersion, type Bump } from '../../shared/registry/semver.js';
import { parseTag, tagOf, validateAlias, validateModelName } from '../../shared/registry/tag.js';

// npm's semver (a dependency of @actions/cache), as the independent reference for inc().
const npmSemver = createRequire(import.meta.url)('semver') as { inc(v: string, r: string): string | null; compare(a: string, b: string): number };

describe('semantic versions', () => {
  it('orders versions as semver.org 2.0.0 §11 says', () => {
    // The spec's own example chain.
    const chain = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.1.0', '2.0.0', '10.0.0'];
    for (let i = 0; i + 1 < chain.length; i++) {
      expect(compareVersions(chain[i]!, chain[i + 1]!)).toBe(-1);
      expect(compareVersions(chain[i + 1]!, chain[i]!)).toBe(1);
    }
    const shuffled = [...chain].sort(() => 0.5 - Math.random());
    expect(shuffled.sort(compareVersions)).toEqual(chain);
    expect(highestVersion(chain)).toBe('10.0.0');
    expect(highestVersion(['1.0.0', '2.0.0-rc.1'], true)).toBe('1.0.0');
  });

  it('bumps exactly as npm semver.inc does, prereleases included', () => {
    const versions = ['0.0.0', '1.2.3', '1.2.0-rc.1', '1.0.0-alpha', '2.3.0-beta.2', '0.9.9', '3.0.0-0'];
    for (const v of versions) for (const b of ['major', 'minor', 'patch'] as Bump[]) expect(`${v} ${b} ${bumpVersion(v, b)}`).toBe(`${v} ${b} ${npmSemver.inc(v, b)}`);
  });

  it('accepts a leading v and refuses what is not a version', () => {
    expect(normalizeVersion('v2.0.0-rc.1')).toBe('2.0.0-rc.1');
    for (const bad of ['1.0', '01.0.0', '1.0.0-01', '1.0.0+build.5', '../1.0.0', '1.0.0/../../x', ' 1.0.0', '1.0.0 ', 'latest', `1.0.0-${'a'.repeat(80)}`, '', '9999999999999999999.0.0']) {
      expect(tryParseVersion(bad), bad).toBeUndefined();
      expect(() => normalizeVersion(bad), bad).toThrow(UsageError);
    }
    expect(() => normalizeVersion('1.0.0+sha')).toThrow(/build metadata/);
  });
});

describe('choosing the next version', () => {
  it('starts at 1.0.0, then bumps the highest published version by patch by default', () => {
    expect(nextVersion([], {})).toEqual({ version: '1.0.0', reason: 'first version' });
    expect(nextVersion(['1.0.0', '1.2.0', '1.1.5'], {}).version).toBe('1.2.1');
  });

  it('takes an explicit version over everything else', () => {
    expect(nextVersion(['1.0.0'], { version: 'v5.0.0', bump: 'minor', labels: ['model:major'] })).toEqual({ version: '5.0.0', reason: 'explicit' });
  });

  it('takes the bump input over a PR label, and the largest model:* label otherwise', () => {
    expect(nextVersion(['1.2.3'], { bump: 'minor', labels: ['model:major'] }).version).toBe('1.3.0');
    expect(nextVersion(['1.2.3'], { labels: ['bug', 'model:minor', 'model:major'] })).toEqual({ version: '2.0.0', reason: 'PR label model:major from 1.2.3' });
    expect(nextVersion(['1.2.3'], { labels: ['Model:Minor'] }).version).toBe('1.3.0');
    expect(bumpFromLabels(['model:huge', 'enhancement'])).toBeUndefined();
  });
});

describe('model names, aliases and tags', () => {
  it('builds and parses tags model/<name>/v<version>', () => {
    expect(tagOf('churn', '1.4.0')).toBe('model/churn/v1.4.0');
    expect(parseTag('model/churn/v2.0.0-rc.1')).toEqual({ model: 'churn', version: '2.0.0-rc.1' });
    for (const bad of ['model/churn/1.0.0', 'model/Churn/v1.0.0', 'model/churn/vv1.0.0', 'churn/v1.0.0', 'model/../v1.0.0', 'model/a/b/v1.0.0', 'model/churn/v1.0']) expect(parseTag(bad), bad).toBeUndefined();
  });

  const hostile = ['../etc', '..', 'a/b', 'a b', 'a@b', 'churn@{0}', 'Churn', '-churn', 'churn-', 'a--b', '1model', '', 'x'.repeat(65), 'mödel', 'a\nb', 'con.txt'];
  it.each(hostile)('refuses the model name %j with a UsageError (exit 2)', (name) => {
    const err = (() => {
      try {
        validateModelName(name);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(/model name/);
    expect(() => tagOf(name, '1.0.0')).toThrow(UsageError);
  });

  it('accepts ordinary names and refuses hostile or reserved aliases', () => {
    expect(validateModelName('fraud-v2')).toBe('fraud-v2');
    expect(validateModelName('x'.repeat(64))).toBe('x'.repeat(64));
    expect(validateAlias('production')).toBe('production');
    expect(() => validateAlias('latest')).toThrow(/reserved/);
    expect(() => validateAlias('../production')).toThrow(/alias/);
    expect(() => validateAlias('prod uction')).toThrow(UsageError);
  });
});
