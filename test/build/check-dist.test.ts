/**
 * The committed bundles are what the runner executes, so they must be exactly what the sources
 * build to today. Builds into a temp dir and compares byte for byte, every file under each dist
 * folder: chunks, worker bundles and the full bundles' separate undici (`undici/index.cjs`) included.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../support/run-action.js';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

function distDirs(root: string): string[] {
  const steps = existsSync(join(root, 'actions')) ? readdirSync(join(root, 'actions')).sort() : [];
  return [...steps.filter((s) => existsSync(join(repoRoot, 'actions', s, 'src', 'index.ts'))).map((s) => `actions/${s}/dist`), 'dist/cli'];
}

describe('committed bundles', () => {
  it('match a fresh build (run npm run build and commit dist/)', { timeout: 180_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlops-dist-'));
    // ~35 MB a run: removed however the test ends.
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const built = await promisify(execFile)(process.execPath, [join(repoRoot, 'scripts/build.mjs'), '--out-dir', out, '--quiet'], {
      cwd: repoRoot,
    }).then(
      () => ({ ok: true, stderr: '' }),
      (e: { stderr: string }) => ({ ok: false, stderr: e.stderr }),
    );
    expect(built.ok, `build failed:\n${built.stderr}`).toBe(true);

    const stale: string[] = [];
    for (const dir of distDirs(repoRoot)) {
      const fresh = listFiles(join(out, dir));
      const committed = listFiles(join(repoRoot, dir));
      for (const f of new Set([...fresh, ...committed])) {
        const a = join(out, dir, f);
        const b = join(repoRoot, dir, f);
        if (!existsSync(a)) stale.push(`${dir}/${f} (not produced by the build: delete it)`);
        else if (!existsSync(b)) stale.push(`${dir}/${f} (missing)`);
        else if (!readFileSync(a).equals(readFileSync(b))) stale.push(`${dir}/${f} (differs)`);
      }
    }
    expect(stale, `stale bundles, run npm run build and commit dist/:\n  ${stale.join('\n  ')}`).toEqual([]);
  });
});
