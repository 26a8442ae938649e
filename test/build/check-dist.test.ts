/**
 * The committed bundles are what the runner executes, so they must be what the sources build to
 * today. A full `npm run build` records in dist/build-manifest.json the digest of every input it
 * read and of every file it wrote (scripts/build-manifest.mjs); here both are recomputed: a source
 * changed since the build, a bundle edited or deleted by hand, or a stray file in a dist folder
 * fails. The byte-for-byte rebuild runs in CI (.ci/run), where it also catches a build that is not
 * deterministic; it costs a minute of ncc on two cores, which `npm test` does not pay.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInputsDigest, distDigests, MANIFEST_FILE, MANIFEST_SCHEMA, type BuildManifest } from '../../scripts/build-manifest.mjs';
import { repoRoot } from '../support/run-action.js';

const fix = 'run npm run build and commit dist/ (with dist/build-manifest.json)';

describe('committed bundles', () => {
  const file = join(repoRoot, MANIFEST_FILE);
  const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildManifest) : undefined;

  it('were built from the sources as they are now', () => {
    expect(manifest?.schema, `${MANIFEST_FILE} is missing: ${fix}`).toBe(MANIFEST_SCHEMA);
    expect(buildInputsDigest(repoRoot), `the sources changed since the last full build: ${fix}`).toBe(manifest!.inputs);
  });

  it('are the files that build wrote, unedited', () => {
    const now = distDigests(repoRoot);
    const stale: string[] = [];
    for (const f of new Set([...Object.keys(now), ...Object.keys(manifest?.outputs ?? {})])) {
      if (!(f in now)) stale.push(`${f} (missing)`);
      else if (!(f in manifest!.outputs)) stale.push(`${f} (not written by the build: delete it)`);
      else if (now[f] !== manifest!.outputs[f]) stale.push(`${f} (differs from what the build wrote)`);
    }
    expect(stale, `stale bundles, ${fix}:\n  ${stale.join('\n  ')}`).toEqual([]);
  });
});
