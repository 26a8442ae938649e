/**
 * Full bundles (FULL_BUNDLES in scripts/build.mjs) carry the real @actions/http-client, which
 * imports undici statically; the build aliases undici to a stub that loads the real one from
 * `dist/undici/index.cjs` on first use, so that its ~1 MB is not evaluated at every cold start.
 * These tests read the committed bundles (check-dist.test.ts keeps them equal to a fresh build):
 * undici's code is only in the separate file, that file is a working undici, and a configured proxy
 * is still used, by the compare bundle as the runner runs it, through the stub.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../support/run-action.js';
import { seedPullRequest, seedRepo, seedWorkflowRun, sha, startGitHubSim, webhookPayload } from '../support/github-sim/index.js';

/** FULL_BUNDLES in scripts/build.mjs. */
const FULL = ['train', 'compare', 'publish-model'];
/** In the stub's code (UNDICI_MARKER in scripts/build.mjs). */
const STUB_MARKER = 'mlops-actions:undici-stub@1';
/** Strings from undici's own sources (lib/dispatcher/proxy-agent.js, lib/dispatcher/client.js), not in the stub. */
const UNDICI_CODE = ['class ProxyAgent extends DispatcherBase', 'kHTTP2Session'];

const dist = (step: string) => join(repoRoot, 'actions', step, 'dist');

/** The names UNDICI_STUB in scripts/build.mjs exports. */
function stubExports(): string[] {
  const build = readFileSync(join(repoRoot, 'scripts/build.mjs'), 'utf8');
  const stub = /const UNDICI_STUB = `([^`]*)`/.exec(build)?.[1] ?? '';
  return [...stub.matchAll(/^export (?:async )?(?:class|function|const|let) (\w+)/gm)].map((m) => m[1]!).sort();
}

/** The folders of the packages `dependencies` pulls in, transitively (what any bundle can contain). */
function runtimePackages(): string[] {
  const found = new Set<string>();
  const visit = (from: string, deps: Record<string, string> | undefined) => {
    for (const name of Object.keys(deps ?? {})) {
      let dir = from;
      let pkg: string | undefined;
      for (;;) {
        const candidate = join(dir, 'node_modules', name);
        if (existsSync(join(candidate, 'package.json'))) {
          pkg = candidate;
          break;
        }
        if (dir === repoRoot || dirname(dir) === dir) break;
        dir = dirname(dir);
      }
      if (!pkg || found.has(pkg)) continue;
      found.add(pkg);
      const json = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
      visit(pkg, { ...json.dependencies, ...json.optionalDependencies });
    }
  };
  visit(repoRoot, JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).dependencies);
  return [...found].sort();
}

/** JavaScript files of a package, without its nested node_modules (packages of their own). */
function packageFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.[cm]?js$/.test(f) && !f.split(/[\\/]/).includes('node_modules'))
    .map((f) => join(dir, f));
}

/**
 * What `code` takes from undici: named ESM imports, `ns.X` of a namespace import or of a CommonJS
 * `require("undici")` (tsc's `__importStar(require(...))` included), destructured requires.
 * A form it cannot read yields `?` (so that the test fails and someone looks).
 */
function undiciNames(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]undici['"]/g)) {
    for (const part of m[1]!.split(',')) if (part.trim()) names.add(part.trim().split(/\s+as\s+/)[0]!.replace(/^type\s+/, ''));
  }
  const namespaces = [
    ...[...code.matchAll(/import\s*\*\s*as\s+(\w+)\s+from\s*['"]undici['"]/g)].map((m) => m[1]!),
    ...[...code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*(?:__importStar\()?require\(['"]undici['"]\)/g)].map((m) => m[1]!),
  ];
  for (const ns of namespaces) for (const m of code.matchAll(new RegExp(`\\b${ns}\\.(\\w+)`, 'g'))) names.add(m[1]!);
  for (const m of code.matchAll(/(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\(['"]undici['"]\)/g)) {
    for (const part of m[1]!.split(',')) if (part.trim()) names.add(part.trim().split(':')[0]!.trim());
  }
  const imports = code.match(/from\s*['"]undici['"]|require\(['"]undici['"]\)|import\(['"]undici['"]\)/g)?.length ?? 0;
  const understood = (code.match(/import\s*\{[^}]*\}\s*from\s*['"]undici['"]/g)?.length ?? 0) + namespaces.length +
    (code.match(/(?:const|let|var)\s*\{[^}]*\}\s*=\s*require\(['"]undici['"]\)/g)?.length ?? 0);
  if (understood < imports) names.add('?');
  return [...names].sort();
}

/** A forward proxy on 127.0.0.1 that tunnels CONNECTs to `target(host:port)` on 127.0.0.1 and refuses anything else. */
async function startProxy(target: (authority: string) => number | undefined): Promise<{ url: string; connects: string[]; close: () => Promise<void> }> {
  const connects: string[] = [];
  const server: Server = createServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  server.on('connect', (req, client, head) => {
    const authority = req.url ?? '';
    connects.push(authority);
    const port = target(authority);
    if (port === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connects, close };
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('undici in the full bundles', () => {
  it.each(FULL)('%s: undici is not in the step bundle, but bundled next to it', (step) => {
    const files = readdirSync(dist(step)).filter((f) => f.endsWith('.js'));
    expect(files).toContain('index.js');
    for (const f of files) {
      const code = readFileSync(join(dist(step), f), 'utf8');
      for (const s of UNDICI_CODE) expect(code.includes(s), `${step}/dist/${f} contains undici (${s})`).toBe(false);
    }
    // In the chunk with @actions/http-client, which @actions/core no longer pulls into the entry file (core-oidc-lazy.test.ts).
    expect(files.some((f) => readFileSync(join(dist(step), f), 'utf8').includes(STUB_MARKER)), `actions/${step}/dist has no file with the undici stub`).toBe(true);
    const undici = readFileSync(join(dist(step), 'undici/index.cjs'), 'utf8');
    for (const s of UNDICI_CODE) expect(undici).toContain(s);
  });

  it('the stub exports everything the dependencies take from undici', () => {
    const exported = stubExports();
    expect(exported).toEqual(['ProxyAgent', 'fetch']);
    const users: Record<string, string[]> = {};
    for (const pkg of runtimePackages()) {
      if (pkg.endsWith(`${join('node_modules', 'undici')}`)) continue;
      for (const file of packageFiles(pkg)) {
        const code = readFileSync(file, 'utf8');
        if (!code.includes('undici')) continue;
        const names = undiciNames(code);
        if (names.length > 0) users[relative(repoRoot, file).split('\\').join('/')] = names;
      }
    }
    // Both copies of @actions/http-client, and @actions/github (fetch for its octokit).
    expect(Object.keys(users).length).toBeGreaterThanOrEqual(3);
    const missing = Object.entries(users).filter(([, names]) => names.some((n) => !exported.includes(n)));
    expect(missing, 'add these to UNDICI_STUB in scripts/build.mjs (or, if the file is in no full bundle, say so here)').toEqual([]);
  });

  it('the separate file is a working undici: its ProxyAgent tunnels fetch through the proxy', async () => {
    const origin = createServer((req, res) => res.end(`origin saw ${req.method} ${req.url} for ${req.headers.host}`));
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => origin.close(resolve)));
    const originPort = (origin.address() as AddressInfo).port;
    const proxy = await startProxy((authority) => (authority === 'origin.test:80' ? originPort : undefined));
    cleanups.push(proxy.close);

    // Loaded as the stub loads it: relative to the bundle.
    const undici = createRequire(join(dist('compare'), 'index.js'))('./undici/index.cjs') as typeof import('undici');
    const agent = new undici.ProxyAgent({ uri: proxy.url });
    cleanups.push(() => agent.close());
    const res = await undici.fetch('http://origin.test/probe', { dispatcher: agent });
    expect(await res.text()).toBe('origin saw GET /probe for origin.test');
    expect(proxy.connects).toEqual(['origin.test:80']);
  });

  it('compare, as the runner runs it behind a proxy: @actions/github gets a real ProxyAgent from the stub and downloads the baseline through it', async () => {
    const sim = await startGitHubSim();
    cleanups.push(() => sim.stop());
    seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' });
    const simPort = Number(new URL(sim.url).port);
    // @actions/http-client never proxies 127.* or localhost, so the API gets a name of its own,
    // which the child resolves to the simulator (preload below) and the proxy tunnels to it.
    const apiAuthority = `api.github.test:${simPort}`;
    const proxy = await startProxy((authority) => (authority === apiAuthority ? simPort : undefined));
    cleanups.push(proxy.close);
    const dir = await mkdtemp(join(tmpdir(), 'mlops-undici-proxy-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    // Our own GitHub client (Node's fetch) does not use proxies: it resolves the name by itself.
    const preload = join(dir, 'resolve-api.mjs');
    await writeFile(
      preload,
      `import dns from 'node:dns';
const lookup = dns.lookup;
dns.lookup = function (host, options, callback) {
  if (host !== 'api.github.test') return lookup.apply(this, arguments);
  const cb = typeof options === 'function' ? options : callback;
  const all = typeof options === 'object' && options !== null && options.all;
  process.nextTick(() => (all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
};
`,
    );

    // Two small reports, from the evaluate bundle (no per-example files): what matters is that the
    // baseline's download goes through the proxy.
    const rows = Array.from({ length: 60 }, (_, i) => ({ label: i % 2, score: ((i * 37) % 100) / 100 }));
    const reports: Record<string, Buffer> = {};
    for (const [name, shift] of [['head', 0.2], ['base', 0]] as const) {
      const lines = rows.map((r) => {
        const s = Math.min(1, r.label ? r.score + shift : r.score * (1 - shift));
        return `${r.label},${s},${s >= 0.5 ? 1 : 0}`;
      });
      const e = await runAction('evaluate', {
        files: { 'predictions.csv': `label,score,prediction\n${lines.join('\n')}\n` },
        inputs: { predictions: 'predictions.csv', task: 'binary', label: 'label', score: 'score', prediction: 'prediction', resamples: '0', examples: 'false', out: 'evaluation.json' },
      });
      expect(e.exitCode, e.stdout + e.stderr).toBe(0);
      reports[name] = readFileSync(join(e.workspace, 'evaluation.json'));
    }

    const repo = 'octo-org/model-zoo';
    const head = sha('pr-head');
    seedPullRequest(sim, { repo, number: 7, headSha: head, baseRef: 'main' });
    seedWorkflowRun(sim, { repo, workflow: 'pr-report.yml', branch: 'main', headSha: sha('main'), artifacts: { 'mlops-evaluation': { 'evaluation.json': reports.base! } } });
    const payload = webhookPayload('pull_request', 'opened');
    payload.repository.full_name = repo;
    Object.assign(payload.pull_request, { number: 7, head: { ...payload.pull_request.head, sha: head }, base: { ...payload.pull_request.base, ref: 'main' } });
    payload.number = 7;

    const r = await runAction('compare', {
      inputs: { token: sim.installationToken, head: 'head/evaluation.json', comment: 'false', 'check-run': 'false' },
      files: { 'head/evaluation.json': reports.head! },
      event: { name: 'pull_request', payload },
      env: {
        NODE_OPTIONS: `--import=${pathToFileURL(preload).href}`,
        GITHUB_API_URL: `http://${apiAuthority}`,
        GITHUB_WORKFLOW_REF: `${repo}/.github/workflows/pr-report.yml@refs/pull/7/merge`,
        GITHUB_RUN_ID: '555',
        http_proxy: proxy.url,
        https_proxy: proxy.url,
        MLOPS_GITHUB_RETRY_BASE_MS: '1',
        MLOPS_GITHUB_WRITE_SPACING: 'none',
      },
    });
    // @actions/artifact's unzip-stream still calls `new Buffer()`: node's DEP0005 warning, nothing else.
    expect(r.stderr.split('\n').filter((l) => l && !/DEP0005|--trace-deprecation/.test(l))).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.baseline).toBe('base-branch');
    expect(r.stdout).toContain('Redirecting to blob download url'); // @actions/artifact's own log line
    // The artifact lookup by @actions/github's octokit went through the proxy: http-client built a
    // ProxyAgent (the stub, returning the real one from dist/undici/index.cjs) and undici's fetch used it.
    expect(proxy.connects.length).toBeGreaterThan(0);
    expect(new Set(proxy.connects)).toEqual(new Set([apiAuthority]));
    expect(sim.requests.filter((q) => q.route === '/_sim/blobs/artifacts/')).toHaveLength(1);
  }, 60_000);
});
