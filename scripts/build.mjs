#!/usr/bin/env node
/**
 * Bundles every `actions/<step>/src/index.ts` into `actions/<step>/dist/index.js` and the CLI
 * (`shared/cli/main.ts`) into `dist/cli/index.js` with @vercel/ncc. Output is ESM (the repo is
 * `"type": "module"`; ncc also writes a `package.json` saying so next to each bundle, so the bundle
 * runs wherever it is copied) and byte-for-byte deterministic, which the freshness check relies on.
 *
 *   node scripts/build.mjs [--out-dir DIR] [--minify] [--only NAME[,NAME]]
 *
 * Why a generated entry folder (node_modules/.cache/mlops-build/): ncc transpiles TypeScript with
 * the tsconfig nearest to the entry. The repo's tsconfig says `module: NodeNext`, and TypeScript's
 * transpile-only mode cannot tell that a .ts file under `"type": "module"` is ESM, so it would
 * emit CommonJS (and top-level await fails). A full type-checking build would work, but then one
 * engineer's half-finished file anywhere in `include` breaks everyone's bundle. So: a tiny entry
 * file per bundle next to a build tsconfig with `module: ESNext`, transpile only, and type checking
 * stays where it belongs (`npm run typecheck`).
 *
 * Why `@actions/http-client` is stubbed in lean bundles: `@actions/core` imports it statically for
 * OIDC tokens (`core.getIDToken`), which pulls in undici and tunnel: ~1 MB of a 1.5 MB bundle and
 * about 60 ms of every cold start. Only publish-model (attest: true) uses OIDC. A step that needs the real client (artifact,
 * cache) goes into FULL_BUNDLES below; the stub throws a clear error if it is ever reached.
 *
 * Why undici is a file of its own in FULL_BUNDLES (`<out>/undici/index.cjs`): the real
 * @actions/http-client (both copies: ours and the one nested under @actions/github) imports undici
 * statically, but only to construct a `ProxyAgent` when a proxy is configured, and @actions/github
 * imports undici's `fetch` for its octokit's requests (the only other undici user in our
 * dependencies; @azure/* and @actions/cache go through node:http). Bundled in, undici was ~1 MB of
 * each full bundle, compiled and evaluated on every cold start (~55 ms, npm run bench). So the
 * full entry folder's tsconfig aliases `undici` to a generated stub (UNDICI_STUB below) whose
 * `ProxyAgent` and `fetch` require the real undici the first time they are called: ncc bundles it
 * on its own as CommonJS, written next to every bundle containing the stub's marker (like the
 * workers), and the stub finds it from the bundle's import.meta.url at run time. Proxy support is
 * unchanged. undici is loaded only when a ProxyAgent is constructed (@actions/github is loaded
 * while a proxy is set) or @actions/github's octokit sends a request; the other runs never load it.
 * A dependency that starts importing something else from undici fails the build (ESM: ncc reports
 * the missing export) or test/build/undici-split.test.ts (CommonJS): export it from the stub.
 *
 * Why full bundles get their own copy of @actions/core (CORE_COPY below): core's lib/oidc-utils.js
 * imports the real @actions/http-client statically, only for `core.getIDToken` (which @actions/attest
 * calls in publish-model), and with it node's http, https, net and tls: ~20 ms of CPU at every cold
 * start of train, compare and publish-model, where http-client is not stubbed (issue 18). Aliasing
 * @actions/http-client itself would also hand @actions/github the top-level 4.x instead of its own
 * nested 3.x, so the build copies core's package into the full entry folder, with a generated
 * lib/oidc-utils.js whose `OidcClient.getIDToken` (the only member core.js uses; checked below)
 * imports the real one (kept as lib/oidc-utils-real.js) on first call, and the full tsconfig aliases
 * `@actions/core` to the copy. Every importer of @actions/core gets the copy (there is one version
 * of core in node_modules), the copy's package.json keeps its license in licenses.txt, and
 * http-client goes into the chunks of the steps that use it (artifact, cache, attest).
 *
 * Why `@actions/exec` is a stub that loads the real one on first use (every bundle): @actions/core
 * imports it statically, only for `core.platform.getDetails()` (which we never call), and with it
 * @actions/io and node's child_process and assert: ~15 ms of every cold start (issue 18). In full
 * bundles @actions/cache runs tar through it. EXEC_STUB's `exec` and `getExecOutput` (the only
 * names our dependencies use; both return promises) import the real module the first time they are
 * called: ncc puts it in a chunk of its own. A dependency that imports another name from it fails
 * the build (ncc reports the missing export): forward it in the stub.
 *
 * Why a second bundle in `shard-worker/`: validate-data shards large files across worker threads
 * (shared/data/validate-data-shards.ts), and a worker needs a file to run. ncc 0.45 copies the file
 * of `new Worker(new URL('./x.js', import.meta.url))` verbatim as an asset (no bundling, so its
 * imports would not resolve), and re-entering the step's own bundle would run the step's main. So
 * every bundle whose code contains the marker below gets the worker entry bundled next to it as
 * `<out>/shard-worker/index.js`, which the bundle finds from its own import.meta.url at run time.
 * The worker starts only when a file is sharded, so cold starts are unchanged. The evaluate
 * bootstrap's worker (shared/model/metrics/bootstrap-worker.ts) is bundled the same way, as
 * `<out>/bootstrap-worker/index.js`, next to every bundle containing its marker (WORKERS below).
 *
 * Why the entry's module factories are `function`s, not arrows (eagerFactories below): ncc's webpack
 * wraps every module that is not concatenated into the entry's own scope (zod's and @actions/core's
 * modules mostly, as the step chunks import them too) in an arrow function `((module, ...) => {...})`.
 * V8 compiles such a function lazily: it pre-parses the body with the file, then parses it again when
 * the module is required, which at start is every one of them. A parenthesized `function` is compiled
 * with the file, once (V8's heuristic for immediately called functions). Measured on the entry files
 * (issue 18): 10-20 ms of CPU less per cold start, of ~90 over bare node. Arrows are what webpack emits
 * for modules that do not use their top-level `this` (those get a `function` and `.call(exports)`
 * already), so the rewrite changes no module's `this`. The chunks (`NNN.index.js`) are rewritten
 * too: a step's chunks are loaded when it starts and nearly all of their modules required, zod's and
 * yaml's among them. Measured on `mlops validate` of a 1,000-row Parquet file with a contract: 40 ms
 * of CPU less before the first row on Node 20 (328 -> 288), no change on Node 24 (whose V8 compiles
 * these lazily at no extra cost, with or without its compile cache).
 *
 * Why not minified: measured (npm run bench) it saves ~10 ms of cold start, within noise, and costs
 * readable stack traces in bug reports. Measured again once the steps were lazy (issue 18): an entry
 * file of ~0.47 MB becomes ~0.2 MB and a run that stops at its inputs 6-9 ms of CPU cheaper (of
 * ~100 over bare node): still not worth the stack traces.
 */
import ncc from '@vercel/ncc';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildManifest, MANIFEST_FILE } from './build-manifest.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles that need the real @actions/http-client (train: @actions/cache talks to the cache service; compare: @actions/artifact downloads the base-branch artifact; publish-model: @actions/artifact uploads the release's files, @actions/attest asks for the OIDC token). */
const FULL_BUNDLES = new Set(['train', 'compare', 'publish-model']);

/**
 * Modules that dependencies require inside try/catch and do without: `debug` (under @actions/cache's
 * proxy agents) tries `supports-color` for coloured DEBUG output. Left unresolved, not a build error.
 */
const OPTIONAL_REQUIRES = new Set(['supports-color']);

/**
 * Worker entries bundled next to every bundle whose code contains the marker. Keep the markers in
 * sync with SHARD_WORKER_MARKER in shared/data/validate-data-shards.ts and BOOTSTRAP_WORKER_MARKER
 * in shared/model/metrics/bootstrap-parallel.ts.
 */
const WORKERS = [
  { name: 'shard-worker', marker: 'mlops-actions:shard-worker@1', source: join(repoRoot, 'shared/data/validate-data-worker.ts') },
  { name: 'bootstrap-worker', marker: 'mlops-actions:bootstrap-worker@1', source: join(repoRoot, 'shared/model/metrics/bootstrap-worker.ts') },
];

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string' },
    minify: { type: 'boolean', default: false },
    only: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  strict: true,
});
const outDir = resolve(values['out-dir'] ?? repoRoot);
const only = values.only ? new Set(values.only.split(',')) : undefined;

/** @returns {{ name: string, source: string, out: string }[]} */
function listBundles() {
  const bundles = [];
  for (const step of readdirSync(join(repoRoot, 'actions')).sort()) {
    const main = join(repoRoot, 'actions', step, 'src', 'index.ts');
    if (existsSync(main)) bundles.push({ name: step, source: main, out: join(outDir, 'actions', step, 'dist') });
  }
  bundles.push({ name: 'cli', source: join(repoRoot, 'shared/cli/main.ts'), out: join(outDir, 'dist/cli') });
  return only ? bundles.filter((b) => only.has(b.name)) : bundles;
}

const BUILD_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    esModuleInterop: true,
    resolveJsonModule: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    types: ['node'],
  },
};

const HTTP_CLIENT_STUB = `// Generated by scripts/build.mjs: stands in for @actions/http-client in lean bundles.
export class HttpClient {
  constructor() {
    throw new Error('@actions/http-client is not bundled into this step; add it to FULL_BUNDLES in scripts/build.mjs');
  }
}
`;

/** Where a full bundle finds the real undici, relative to itself (see the top of this file). */
const UNDICI_FILE = 'undici/index.cjs';
/** In the stub's code: a bundle containing it gets the real undici written next to it. */
const UNDICI_MARKER = 'mlops-actions:undici-stub@1';

const UNDICI_STUB = `// Generated by scripts/build.mjs: stands in for undici in full bundles, so that undici's ~1 MB is
// not evaluated at every start. Loads the real one, bundled next to this bundle as ${UNDICI_FILE},
// the first time it is needed: when a proxy is configured or @actions/github's octokit sends a request.
import { createRequire } from 'node:module';

let undici: any;

function real(): any {
  if (undici === undefined) {
    // A variable, not import.meta.url inline: ncc must leave the path alone (it is resolved at run
    // time, relative to the bundle), as for the worker bundles.
    const here = import.meta.url;
    try {
      undici = createRequire(here)('./${UNDICI_FILE}');
    } catch (e) {
      throw new Error('cannot load undici from ' + new URL('./${UNDICI_FILE}', here).pathname + ', which scripts/build.mjs writes next to the bundle (${UNDICI_MARKER})', { cause: e });
    }
  }
  return undici;
}

// What the bundled code imports from undici: @actions/http-client (both copies) ProxyAgent,
// @actions/github fetch. A constructor may return another object: callers get the real ProxyAgent.
export class ProxyAgent {
  constructor(...args: unknown[]) {
    const Real = real().ProxyAgent;
    return new Real(...args);
  }
}

export async function fetch(...args: unknown[]): Promise<unknown> {
  return real().fetch(...args);
}
`;

/** The real @actions/exec from an entry folder (BUILD_ROOT/<kind>/): a file path, which the alias below does not catch. */
const EXEC_REAL = '../../../@actions/exec/lib/exec.js';

const EXEC_STUB = `// Generated by scripts/build.mjs: stands in for @actions/exec, so that it (with @actions/io and
// node's child_process) is loaded when a command is run, not at every start (see scripts/build.mjs).
type Exec = typeof import('${EXEC_REAL}');

let real: Promise<Exec> | undefined;
const load = (): Promise<Exec> => (real ??= import('${EXEC_REAL}'));

export async function exec(...args: Parameters<Exec['exec']>): ReturnType<Exec['exec']> {
  return (await load()).exec(...args);
}

export async function getExecOutput(...args: Parameters<Exec['getExecOutput']>): ReturnType<Exec['getExecOutput']> {
  return (await load()).getExecOutput(...args);
}
`;

/** @actions/core's package, copied into the full entry folder with a lazy OIDC client (see the top of this file). */
const CORE_PACKAGE = join(repoRoot, 'node_modules/@actions/core');
const CORE_COPY = 'actions-core';

const CORE_OIDC_STUB = `// Generated by scripts/build.mjs: stands in for @actions/core's lib/oidc-utils.js in full bundles,
// so that @actions/http-client (with node's http, https, net and tls) is loaded when an OIDC token
// is asked for, not at every start. The real OidcClient is ./oidc-utils-real.js, unchanged.
export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient: Real } = await import('./oidc-utils-real.js');
    return Real.getIDToken(audience);
  }
}
`;

/** Copies @actions/core into `dir`/actions-core with the lazy OidcClient; returns the file the alias points at. */
function copyCoreWithLazyOidc(dir) {
  const out = join(dir, CORE_COPY);
  const lib = join(CORE_PACKAGE, 'lib');
  const core = readFileSync(join(lib, 'core.js'), 'utf8');
  // The stub has getIDToken only: fail the build if core starts using OidcClient otherwise.
  const uses = [...core.matchAll(/\bOidcClient\b(\.\w+)?/g)].map((m) => m[0]);
  if (!core.includes("import { OidcClient } from './oidc-utils.js';") || uses.some((u) => u !== 'OidcClient' && u !== 'OidcClient.getIDToken') || uses.length !== 2) {
    throw new Error(`@actions/core's lib/core.js no longer uses OidcClient as CORE_OIDC_STUB in scripts/build.mjs assumes (${uses.join(', ')}): update the stub`);
  }
  mkdirSync(join(out, 'lib'), { recursive: true });
  for (const f of readdirSync(CORE_PACKAGE)) {
    if (f !== 'lib' && f !== 'node_modules' && !f.startsWith('.')) copyFileSync(join(CORE_PACKAGE, f), join(out, f));
  }
  for (const f of readdirSync(lib)) copyFileSync(join(lib, f), join(out, 'lib', f === 'oidc-utils.js' ? 'oidc-utils-real.js' : f));
  writeFileSync(join(out, 'lib/oidc-utils.js'), CORE_OIDC_STUB);
  return `./${CORE_COPY}/lib/core.js`;
}

const BUILD_ROOT = join(repoRoot, 'node_modules/.cache/mlops-build');

function prepareEntryDir(kind) {
  const dir = join(BUILD_ROOT, kind);
  mkdirSync(dir, { recursive: true });
  const tsconfig = structuredClone(BUILD_TSCONFIG);
  const paths = {};
  if (kind === 'lean') {
    writeFileSync(join(dir, 'http-client-stub.ts'), HTTP_CLIENT_STUB);
    paths['@actions/http-client'] = ['./http-client-stub.ts'];
  } else if (kind === 'full') {
    writeFileSync(join(dir, 'undici-stub.ts'), UNDICI_STUB);
    paths.undici = ['./undici-stub.ts'];
    paths['@actions/core'] = [copyCoreWithLazyOidc(dir)];
  }
  if (kind === 'lean' || kind === 'full') {
    writeFileSync(join(dir, 'exec-stub.ts'), EXEC_STUB);
    paths['@actions/exec'] = ['./exec-stub.ts'];
    Object.assign(tsconfig.compilerOptions, { baseUrl: '.', paths });
  }
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return dir;
}

async function compile(name, source) {
  const kind = FULL_BUNDLES.has(name) ? 'full' : 'lean';
  const dir = prepareEntryDir(kind);
  const entry = join(dir, `${name}.ts`);
  const spec = relative(dir, source).split('\\').join('/').replace(/\.ts$/, '.js');
  writeFileSync(entry, `import '${spec}';\n`);
  const result = await runNcc(dir, entry);
  const assets = Object.fromEntries(Object.entries(result.assets).map(([file, asset]) => [file, /^\d+\.index\.js$/.test(file) ? { ...asset, source: eagerFactories(String(asset.source)) } : asset]));
  return { ...result, code: eagerFactories(result.code), assets };
}

/** A module factory of ncc's webpack runtime as it writes one (not minified): `/***\/ ((module, exports) => {`. */
const ARROW_FACTORY = /^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm;

/**
 * A bundle file's module factories as parenthesized `function`s, which V8 compiles with the file
 * instead of pre-parsing them and parsing again at the first require (see the top of this file).
 */
function eagerFactories(code) {
  return code.replace(ARROW_FACTORY, (_, params) => `/***/ (function (${params}) {`);
}

/**
 * The real undici as one CommonJS file (undici is CommonJS; `.cjs` because the bundle's folder says
 * `"type": "module"`), for the stub to require. Its own entry folder: the full one aliases `undici`.
 */
async function compileUndici() {
  const dir = prepareEntryDir('undici');
  const entry = join(dir, 'undici.cjs');
  writeFileSync(entry, `module.exports = require('undici');\n`);
  return runNcc(dir, entry);
}

async function runNcc(dir, entry) {
  // ncc and its TypeScript loader look for tsconfig.json (and `paths`) from the working directory.
  const cwd = process.cwd();
  process.chdir(dir);
  let result;
  try {
    result = await ncc(entry, {
      cache: false,
      quiet: true,
      minify: values.minify,
      sourceMap: false,
      transpileOnly: true,
      target: 'es2022',
      license: 'licenses.txt',
      filterAssetBase: repoRoot,
      // ncc's asset relocator rewrites `process.cwd()` (in @actions/glob's Windows paths) into
      // "the folder the build ran in" and copies that folder into dist. The build folder is ours,
      // never an asset: leave such expressions as they are, resolved at run time.
      customEmit: (path) => (resolve(path).startsWith(BUILD_ROOT) ? false : undefined),
    });
  } finally {
    process.chdir(cwd);
  }
  // ncc turns an unresolvable import into a runtime `require()` of a placeholder; fail the build instead.
  const missing = [...new Set([result.code, ...Object.values(result.assets).map((a) => String(a.source))]
    .flatMap((code) => [...code.matchAll(/@@notfound\.js\?([^\s*"'`]+)|module\.exports = eval\("require"\)\("([^"]+)"\)/g)].map((m) => m[1] ?? m[2])))]
    .filter((m) => !OPTIONAL_REQUIRES.has(m));
  if (missing.length > 0) throw new Error(`cannot resolve ${missing.map((m) => `"${m}"`).join(', ')}`);
  return result;
}

function writeBundle(out, result, main = 'index.js') {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, main), result.code);
  for (const [file, asset] of Object.entries(result.assets).sort(([a], [b]) => a.localeCompare(b))) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), asset.source);
  }
}

/** Worker bundles by name, each compiled once per build. */
const workerBundles = new Map();
/** The real undici, compiled once per build. */
let undiciBundle;

async function bundle({ name, source, out }) {
  const result = await compile(name, source);
  rmSync(out, { recursive: true, force: true });
  writeBundle(out, result);
  const texts = [result.code, ...Object.values(result.assets).map((a) => String(a.source))];
  for (const w of WORKERS) {
    if (!texts.some((t) => t.includes(w.marker))) continue;
    if (!workerBundles.has(w.name)) workerBundles.set(w.name, compile(w.name, w.source));
    writeBundle(join(out, w.name), await workerBundles.get(w.name));
  }
  if (texts.some((t) => t.includes(UNDICI_MARKER))) {
    undiciBundle ??= compileUndici();
    writeBundle(join(out, dirname(UNDICI_FILE)), await undiciBundle, basename(UNDICI_FILE));
  }
  return Buffer.byteLength(result.code);
}

const started = Date.now();
for (const b of listBundles()) {
  const t = Date.now();
  try {
    const bytes = await bundle(b);
    if (!values.quiet) {
      console.log(`built ${relative(process.cwd(), join(b.out, 'index.js'))} (${(bytes / 1024).toFixed(0)} KiB, ${Date.now() - t} ms)`);
    }
  } catch (e) {
    console.error(`build failed for ${b.name} (${relative(repoRoot, b.source)}):\n${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  }
}
// A full build into the repository records what it was made from (scripts/build-manifest.mjs), so
// `npm test` can tell a stale bundle without building again.
if (!only && outDir === repoRoot && !process.exitCode) {
  writeFileSync(join(repoRoot, MANIFEST_FILE), `${JSON.stringify(buildManifest(repoRoot), null, 2)}\n`);
}
if (!values.quiet) console.log(`done in ${Date.now() - started} ms`);
