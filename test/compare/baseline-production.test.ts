/**
 * compare's `baseline: production`: the evaluation report of the version the registry's
 * `production` alias points to, found through the real publishModel/promoteModel on a local
 * registry and on the GitHub simulator (releases + state branch), checked against the release's
 * manifest before it is used. A model never promoted is a first run; a tampered report stops the
 * step with an IntegrityError and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareCommand } from '../../shared/cli/commands/compare.js';
import { runCompareStep, type CompareStepOptions } from '../../shared/steps/compare.js';
import { openGitHubRegistry } from '../../shared/github/github-registry.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { IntegrityError } from '../../shared/registry/errors.js';
import { openLocalRegistry } from '../../shared/local/local-registry.js';
import { EVALUATION_ASSET, EVALUATION_EXAMPLES_ASSET, MANIFEST_ASSET } from '../../shared/formats/manifest-format.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import type { RegistryPorts } from '../../shared/ports/registry-stores.js';
import { runCli, type CliIo } from '../../shared/runtime/cli.js';
import { seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from '../github/sim-client.js';
import { localEnv, tempDir } from '../registry/fixtures.js';
import { binaryPredictionsCsv } from '../support/binary-predictions.js';

const root = resolve(import.meta.dirname, '../..');
const CONFIG = 'version: 1\nmodels:\n  weather:\n    task: binary\n    metrics:\n      accuracy: { max_regression: 0.2 }\n';

const predictionsCsv = (quality: number): string => binaryPredictionsCsv(quality, { rows: 300, seed: 42 });

let dir: string;
/** Evaluation reports (with their per-example files next to them) of three models: v1, v2, head. */
const reports: Record<'v1' | 'v2' | 'head', string> = { v1: '', v2: '', head: '' };

beforeAll(async () => {
  dir = await tempDir('mlops-baseline-production-');
  for (const [name, quality] of [['v1', 0.5], ['v2', 0.3], ['head', 0.7]] as const) {
    await writeFile(join(dir, `${name}.csv`), predictionsCsv(quality));
    const out = join(dir, name, 'evaluation.json');
    await evaluate({ predictions: join(dir, `${name}.csv`), task: 'binary', label: 'label', score: ['score'], prediction: 'prediction', id: 'id', resamples: 20, out });
    reports[name] = out;
  }
  await writeFile(join(dir, 'mlops.yaml'), CONFIG);
  await writeFile(join(dir, 'model.json'), '{"w":[1]}\n');
}, 60_000);

const metricsOf = async (file: string) => JSON.parse(await readFile(file, 'utf8')).metrics as Record<string, { value: number }>;

/** Publishes `report` as the next version of weather (model files differ per version). */
async function publish(ports: RegistryPorts, report: string, n: number) {
  const files = join(await tempDir('mlops-model-files-'), 'model');
  await mkdir(files);
  await writeFile(join(files, 'model.json'), `{"w":[${n}]}\n`);
  return publishModel({ model: 'weather', files, evaluation: report, env: localEnv, cwd: dir }, ports);
}

const promote = (ports: RegistryPorts, version: string, alias = 'production') => promoteModel({ model: 'weather', version, alias, env: localEnv, cwd: dir }, ports);

async function compare(ports: RegistryPorts, extra: Partial<CompareStepOptions> = {}) {
  const outDir = join(await tempDir('mlops-compare-out-'), 'out');
  const result = await runCompareStep({
    head: reports.head,
    baseline: { kind: 'production', registry: ports },
    config: join(dir, 'mlops.yaml'),
    outDir,
    workflow: 'pr-report.yml',
    failOnRegression: true,
    ...extra,
  });
  return { ...result, outDir };
}

async function filesUnder(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  return (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('baseline production on a local registry', () => {
  let registry: string;
  let ports: RegistryPorts;
  beforeEach(async () => {
    registry = join(await tempDir(), 'registry');
    ports = openLocalRegistry(registry);
  });

  it('compares with the version the production alias points to, not the latest, with its numbers', async () => {
    await publish(ports, reports.v1, 1);
    await publish(ports, reports.v2, 2);
    await promote(ports, '1.0.0');

    const r = await compare(ports);
    expect(r.baseline.info).toMatchObject({ kind: 'production', model: 'weather', alias: 'production', version: '1.0.0', tag: 'model/weather/v1.0.0' });
    // The baseline file is the published report, byte for byte.
    expect(await readFile(r.baseline.file!)).toEqual(await readFile(join(registry, 'model/weather/v1.0.0', EVALUATION_ASSET)));
    const [head, v1, v2] = await Promise.all([metricsOf(reports.head), metricsOf(reports.v1), metricsOf(reports.v2)]);
    expect(v1.accuracy!.value).not.toBe(v2.accuracy!.value);
    const accuracy = r.comparison.metrics.find((m) => m.name === 'accuracy')!;
    expect(accuracy.head).toBe(head.accuracy!.value);
    expect(accuracy.baseline).toBe(v1.accuracy!.value);
    expect(accuracy.delta).toBeCloseTo(head.accuracy!.value - v1.accuracy!.value, 12);
    expect(r.comment).toContain('**baseline**: production: weather 1.0.0 (model/weather/v1.0.0)');

    // After a promotion the next comparison follows the alias.
    await promote(ports, '1.0.1');
    const again = await compare(ports);
    expect(again.comparison.metrics.find((m) => m.name === 'accuracy')!.baseline).toBe(v2.accuracy!.value);
  });

  it('says why paired tests were skipped when the release carries no per-example file', async () => {
    // The report alone, without the per-example file it names: published without it.
    const alone = join(await tempDir('mlops-report-alone-'), 'evaluation.json');
    await copyFile(reports.v1, alone);
    const published = await publish(ports, alone, 1);
    expect(published.manifest.assets.map((a) => a.name)).not.toContain(EVALUATION_EXAMPLES_ASSET);
    await promote(ports, '1.0.0');
    const r = await compare(ports);
    expect(r.comparison.significance).toMatchObject({ tested: false, reason: `the production release model/weather/v1.0.0 has no per-example file (${EVALUATION_EXAMPLES_ASSET})` });
    expect(r.comment).toContain('Significance: not tested — the production release model/weather/v1.0.0 has no per-example file');
  });

  it('fetches the per-example file publish stored with the report, so paired tests run', async () => {
    const published = await publish(ports, reports.v1, 1);
    expect(published.manifest.assets.map((a) => a.name)).toContain(EVALUATION_EXAMPLES_ASSET);
    await promote(ports, published.version);

    const r = await compare(ports);
    expect(r.comparison.significance).toMatchObject({ tested: true, paired_rows: 300 });
    expect(existsSync(join(r.baseline.file!, '..', 'evaluation.examples.jsonl.gz'))).toBe(true);
  });

  it('is a first run, saying why, when the model has no state or no production alias', async () => {
    const none = await compare(ports);
    expect(none.baseline).toEqual({ info: { kind: 'none', reason: 'no production version of weather yet; compared as a first run' } });
    expect(none.comparison.baseline).toBeNull();
    expect(none.comment).toContain('**baseline**: none (no production version of weather yet; compared as a first run)');

    await publish(ports, reports.v1, 1);
    await promote(ports, '1.0.0', 'staging');
    expect((await compare(ports)).baseline.info).toEqual({ kind: 'none', reason: 'no production version of weather yet; compared as a first run' });
    // Another alias is asked for by name.
    const staging = await compare(ports, { baseline: { kind: 'production', registry: ports, alias: 'staging' } });
    expect(staging.baseline.info).toMatchObject({ kind: 'production', alias: 'staging', version: '1.0.0' });
    expect(staging.comment).toContain('**baseline**: staging: weather 1.0.0 (model/weather/v1.0.0)');
  });

  it('stops on a tampered evaluation report with an IntegrityError, writing nothing', async () => {
    await publish(ports, reports.v1, 1);
    await promote(ports, '1.0.0');
    const stored = join(registry, 'model/weather/v1.0.0', EVALUATION_ASSET);
    const report = JSON.parse(await readFile(stored, 'utf8'));
    report.metrics.accuracy.value = 0.01; // a worse production model makes any PR pass
    await writeFile(stored, JSON.stringify(report));

    const outDir = join(await tempDir('mlops-compare-out-'), 'out');
    const err = await runCompareStep({ head: reports.head, baseline: { kind: 'production', registry: ports }, config: join(dir, 'mlops.yaml'), outDir, workflow: 'w', failOnRegression: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as IntegrityError).exitCode).toBe(1);
    expect((err as Error).message).toMatch(
      /^production baseline weather@production \(model\/weather\/v1\.0\.0\): evaluation\.json has SHA-256 [0-9a-f]{64} \(\d+ bytes\), but the manifest says [0-9a-f]{64} \(\d+ bytes\); not comparing \(the stored release was changed or damaged after publishing: publish the model again/,
    );
    expect(await filesUnder(outDir)).toEqual([]);
  });

  it('stops when the manifest differs from the digest recorded at publish time', async () => {
    await publish(ports, reports.v1, 1);
    await promote(ports, '1.0.0');
    const manifestPath = join(registry, 'model/weather/v1.0.0', MANIFEST_ASSET);
    // Someone re-points the manifest at a forged report: the recorded digest catches it.
    await writeFile(manifestPath, `${await readFile(manifestPath, 'utf8')} `);
    const err = await compare(ports).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toMatch(/manifest\.json has SHA-256 [0-9a-f]{64}, but [0-9a-f]{64} was recorded when it was published; not comparing \(/);
  });

  it('needs to know the model: the model option, else mlops.yaml\'s only model', async () => {
    await publish(ports, reports.v1, 1);
    await promote(ports, '1.0.0');
    const named = await compare(ports, { config: undefined, model: 'weather' });
    expect(named.baseline.info).toMatchObject({ kind: 'production', version: '1.0.0' });
    await expect(compare(ports, { config: undefined })).rejects.toThrow(/^baseline production: which model's registry versions\? none is named \(pass --model NAME, or configure exactly one model in mlops\.yaml\)$/);
  });
});

describe('baseline production on the GitHub simulator', () => {
  let sim: GitHubSim;
  beforeEach(async () => {
    sim = await startGitHubSim();
    seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
  });
  afterEach(() => sim.stop());

  it('reads the alias from the registry branch and the report from the release, and links the release', async () => {
    const ports = openGitHubRegistry(simClient(sim), REPO);
    await publish(ports, reports.v1, 1);
    await promote(ports, '1.0.0');

    const r = await compare(ports);
    expect(r.baseline.info).toMatchObject({ kind: 'production', version: '1.0.0', tag: 'model/weather/v1.0.0' });
    const url = (r.baseline.info as { url: string }).url;
    expect(url).toMatch(/^https?:\/\/.*\/octo-org\/model-zoo\/releases\/tag\/model%2Fweather%2Fv1\.0\.0$/);
    expect(r.comment).toContain(`**baseline**: production: weather 1.0.0 ([model/weather/v1.0.0](${url}))`);
    expect(r.comparison.metrics.find((m) => m.name === 'accuracy')!.baseline).toBe((await metricsOf(reports.v1)).accuracy!.value);

    // Another registry branch holds no state: a first run.
    const other = await compare(openGitHubRegistry(simClient(sim), REPO, { branch: 'ml/other' }));
    expect(other.baseline.info).toEqual({ kind: 'none', reason: 'no production version of weather yet; compared as a first run' });
  });

  it('mlops compare --repo reads the registry on GitHub (the token from GITHUB_TOKEN)', async () => {
    await publish(openGitHubRegistry(simClient(sim), REPO), reports.v1, 1);
    await promote(openGitHubRegistry(simClient(sim), REPO), '1.0.0');
    const out = join(await tempDir('mlops-compare-cli-'), 'out');
    let stdout = '';
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stdout += t),
      env: { GITHUB_TOKEN: sim.installationToken, GITHUB_API_URL: sim.url, MLOPS_GITHUB_RETRY_BASE_MS: '1' },
    };
    const program = { name: 'mlops', version: '0.0.0-test', summary: 'test', commands: [compareCommand] };
    const code = await runCli(['compare', '--head', reports.head, '--baseline', 'production', '--repo', `${REPO.owner}/${REPO.repo}`, '--config', join(dir, 'mlops.yaml'), '--out-dir', out], program, io);
    expect(stdout).toMatch(/verdict: pass/);
    expect(code).toBe(0);
    expect(await readFile(join(out, 'comment.md'), 'utf8')).toMatch(/\*\*baseline\*\*: production: weather 1\.0\.0 \(\[model\/weather\/v1\.0\.0\]\(http/);
  });
});

describe('mlops compare --baseline production (the CLI, end to end)', () => {
  function mlops(...args: string[]) {
    const r = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_RUN_ID: '' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('compares with the local registry\'s production version, and as a first run before any promotion', async () => {
    const registry = join(await tempDir(), 'registry');
    const out = join(await tempDir('mlops-compare-cli-'), 'out');
    const args = ['compare', '--head', reports.head, '--baseline', 'production', '--registry', registry, '--config', join(dir, 'mlops.yaml'), '--comment', '-', '--out-dir', out];

    const first = mlops(...args);
    expect(first.err).toMatch(/^verdict: pass\nwrote /);
    expect(first.code).toBe(0);
    expect(first.out).toContain('**baseline**: none (no production version of weather yet; compared as a first run)');

    const ports = openLocalRegistry(registry);
    await publish(ports, reports.v1, 1);
    await promote(ports, '1.0.0');
    const r = mlops(...args);
    expect(r.err).toMatch(/^verdict: pass\n/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('**baseline**: production: weather 1.0.0 (model/weather/v1.0.0)');
    const comparison = JSON.parse(await readFile(join(out, 'comparison.json'), 'utf8'));
    const v1 = await metricsOf(reports.v1);
    expect(comparison.metrics.find((m: { name: string }) => m.name === 'accuracy').baseline).toBe(v1.accuracy!.value);

    // A tampered report: exit 1, the message names it.
    const stored = join(registry, 'model/weather/v1.0.0', EVALUATION_ASSET);
    await writeFile(stored, (await readFile(stored, 'utf8')).replace('"accuracy"', '"accuracy" '));
    const tampered = mlops(...args.slice(0, -1), join(out, '..', 'out2'));
    expect(tampered.code).toBe(1);
    expect(tampered.err).toMatch(/evaluation\.json has SHA-256 .* but the manifest says .*; not comparing/);
    expect(existsSync(join(out, '..', 'out2', 'comparison.json'))).toBe(false);
  }, 60_000);

  it('refuses registry flags without --baseline production (exit 2)', () => {
    const r = mlops('compare', '--head', reports.head, '--baseline', 'none', '--registry', 'x', '--out-dir', join(dir, 'never'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^mlops: --registry goes with --baseline production\n/);
  });
});
