/**
 * What a build was made from and what it wrote, so a test can tell in milliseconds whether the
 * committed bundles are stale: scripts/build.mjs writes `dist/build-manifest.json` after a full build
 * (the SHA-256 of every input file, and of every file it wrote), and test/build/check-dist.test.ts
 * recomputes both. A source changed since the build, or a bundle edited by hand, no longer matches.
 *
 * The inputs are what ncc reads: the library and the actions' sources, the build script, and the
 * dependency tree as package-lock.json pins it (package.json is bundled too: the CLI prints its
 * version). The byte-for-byte rebuild stays in CI (.ci/run and .github/workflows/ci.yml), which
 * also catches a build that is not deterministic; this manifest keeps `npm test` from paying a
 * full ncc build (about a minute on two cores) on every run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_FILE = 'dist/build-manifest.json';
export const MANIFEST_SCHEMA = 'mlops-actions/build-manifest@1';

/** Every file under `dir` (relative, `/`-separated, sorted); none when it does not exist. */
function filesUnder(root, dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .filter((f) => statSync(join(root, f)).isFile())
    .sort();
}

/** The files a build reads, relative to the repository root. */
export function buildInputFiles(root) {
  const actions = readdirSync(join(root, 'actions')).sort();
  return [
    ...filesUnder(root, 'shared').filter((f) => f.endsWith('.ts') || f.endsWith('.json')),
    ...actions.flatMap((a) => filesUnder(root, `actions/${a}/src`)),
    'scripts/build.mjs',
    'package.json',
    'package-lock.json',
  ];
}

/** One digest over the inputs' paths and contents. */
export function buildInputsDigest(root) {
  const hash = createHash('sha256');
  for (const f of buildInputFiles(root)) {
    hash.update(`${f}\0`);
    hash.update(createHash('sha256').update(readFileSync(join(root, f))).digest('hex'));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The dist folders a full build writes: one per action with a source entry, and the CLI's. */
export function distDirs(root) {
  const actions = readdirSync(join(root, 'actions')).sort();
  return [...actions.filter((a) => existsSync(join(root, 'actions', a, 'src', 'index.ts'))).map((a) => `actions/${a}/dist`), 'dist/cli'];
}

/** SHA-256 of every file in the dist folders, by path. */
export function distDigests(root) {
  const out = {};
  for (const dir of distDirs(root)) for (const f of filesUnder(root, dir)) out[f] = createHash('sha256').update(readFileSync(join(root, f))).digest('hex');
  return out;
}

export function buildManifest(root) {
  return { schema: MANIFEST_SCHEMA, inputs: buildInputsDigest(root), outputs: distDigests(root) };
}
