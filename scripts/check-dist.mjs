#!/usr/bin/env node
/**
 * The byte-for-byte freshness check of the committed bundles, for CI (.ci/run): builds every bundle
 * into a temp folder and compares each file under each dist folder with the committed one. `npm test`
 * checks the build manifest instead (test/build/check-dist.test.ts), which is instant; this catches
 * what a manifest cannot: a build that is not deterministic, or a manifest written by hand.
 *
 *   node scripts/check-dist.mjs      exit 0: fresh; 1: stale (the files are listed)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDirs } from './build-manifest.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

const out = mkdtempSync(join(tmpdir(), 'mlops-dist-'));
try {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs'), '--out-dir', out, '--quiet'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  const stale = [];
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
  if (stale.length > 0) {
    console.error(`stale bundles: run npm run build and commit dist/:\n  ${stale.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log(`bundles fresh: ${distDirs(repoRoot).length} dist folders match a fresh build byte for byte`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
