/**
 * `mlops publish`, `mlops promote` and `mlops registry` end to end on the example project
 * (examples/weather): train, profile and evaluate for real, then publish, promote, read back, and
 * check the exit codes of the failures (1 tampered asset or conflicting content, 2 bad input).
 * Runs the bundled CLI a user runs (bin/mlops.js -> dist/cli; test/build/check-dist.test.ts keeps it
 * fresh): a tsx start per command cost this file half a minute. The example model comes from
 * test/support/weather-candidate.ts (trained once per machine).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './fixtures.js';
import { trainedWeatherModel } from '../support/weather-candidate.js';
import { promoteCommand } from '../../shared/cli/commands/promote.js';
import { runCli, type CliIo } from '../../shared/runtime/cli.js';

const root = resolve(import.meta.dirname, '../..');
const example = join(root, 'examples/weather');
let t: string;

function mlops(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_RUN_ID: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ok(...args: string[]) {
  const r = mlops(...args);
  if (r.code !== 0) throw new Error(`mlops ${args.join(' ')} exited ${r.code}:\n${r.out}\n${r.err}`);
  return r.out;
}

beforeAll(async () => {
  t = await tempDir('mlops-registry-cli-');
  await trainedWeatherModel(join(t, 'model'), undefined);
  ok('validate', '--data', join(example, 'data/seattle-2012-2014.csv'), '--contract', join(example, 'contract.yaml'), '--profile-out', join(t, 'train.profile.json'));
  ok('evaluate', '--predictions', join(t, 'model/predictions.csv'), '--task', 'binary', '--label', 'label', '--score', 'score', '--prediction', 'prediction', '--slice', 'season', '--model', join(t, 'model/model.json'), '--out', join(t, 'evaluation.json'));
  writeFileSync(join(t, 'mlops.yaml'), `version: 1
release:
  models:
    weather:
      intended_use: Predicts whether it rains tomorrow in Seattle, for planning outdoor work.
      limitations: Trained on Seattle 2012-2014 only; other climates drift (see the New York check).
      owners: [weather-team]
`);
}, 120_000);

describe('mlops publish / promote / registry', () => {
  it('publishes v1 with a card from mlops.yaml, and a re-run changes nothing', () => {
    const reg = join(t, 'registry');
    const common = ['--model', 'weather', '--files', join(t, 'model'), '--evaluation', join(t, 'evaluation.json'), '--profile', join(t, 'train.profile.json'), '--registry', reg, '--config', join(t, 'mlops.yaml')];
    expect(ok('publish', ...common)).toMatch(/^published model\/weather\/v1\.0\.0 \(first version\)/);
    expect(ok('publish', ...common)).toMatch(/^already published \(same content\), nothing changed: model\/weather\/v1\.0\.0/);
    const card = readFileSync(join(reg, 'model/weather/v1.0.0/model-card.md'), 'utf8');
    expect(card).toContain('Predicts whether it rains tomorrow in Seattle');
    expect(card).toContain('**Owners:** weather-team');
    expect(card).toMatch(/1,096 rows, \d+ columns, from seattle-2012-2014\.csv/);
    expect(card).toMatch(/\| roc\\_auc \| 0\.\d+ \| \[0\.\d+, 0\.\d+\] \|/);
    const manifest = JSON.parse(readFileSync(join(reg, 'model/weather/v1.0.0/manifest.json'), 'utf8'));
    expect(manifest.archive.files.map((f: { name: string }) => f.name)).toEqual(['model.json', 'predictions-new-york.csv', 'predictions.csv']);
    expect(manifest.data).toMatchObject({ profile: 'profile.json', rows: 1096 });
    expect(manifest.lineage.source).toBe('git');

    // Different content under v1.0.0: refused, exit 1.
    const other = join(t, 'other-model');
    cpSync(join(t, 'model'), other, { recursive: true });
    writeFileSync(join(other, 'model.json'), '{"changed":true}\n');
    const conflict = mlops('publish', ...common.map((a) => (a === join(t, 'model') ? other : a)), '--version', '1.0.0');
    expect(conflict.code).toBe(1);
    expect(conflict.err).toMatch(/mlops: model\/weather\/v1\.0\.0 is already published with different content/);
    expect(ok('publish', ...common.map((a) => (a === join(t, 'model') ? other : a)), '--label', 'model:minor')).toMatch(/published model\/weather\/v1\.1\.0 \(PR label model:minor from 1\.0\.0\)/);
  });

  it('promotes to staging and production, shows the registry, and rolls back', () => {
    const reg = join(t, 'registry');
    expect(ok('promote', '--model', 'weather', '--version', '1.0.0', '--alias', 'staging', '--registry', reg)).toContain('weather@staging: (new) -> 1.0.0');
    expect(ok('promote', '--model', 'weather', '--version', 'latest', '--alias', 'production', '--reviewer', 'alice', '--comment', 'ship it', '--registry', reg)).toContain('weather@production: (new) -> 1.1.0');
    expect(ok('promote', '--model', 'weather', '--version', '1.0.0', '--alias', 'production', '--registry', reg)).toContain('weather@production: 1.1.0 -> 1.0.0');
    expect(ok('registry', 'list', '--registry', reg)).toMatch(/weather\s+2\s+1\.1\.0\s+production=1\.0\.0 staging=1\.0\.0/);
    const show = JSON.parse(ok('registry', 'show', 'weather', '--registry', reg, '--format', 'json'));
    expect(show.versions.map((v: { version: string; aliases: string[] }) => [v.version, v.aliases])).toEqual([['1.0.0', ['production', 'staging']], ['1.1.0', []]]);
    expect(ok('registry', 'show', 'weather', '--registry', reg)).toMatch(/production\s+->\s+1\.0\.0/);
    const history = JSON.parse(ok('registry', 'history', 'weather', '--registry', reg, '--format', 'json'));
    expect(history.map((e: { action: string; alias: string | null; from: string | null; to: string }) => `${e.action} ${e.alias ?? ''} ${e.from ?? '-'} ${e.to}`)).toEqual([
      'publish  - 1.0.0', 'publish  - 1.1.0', 'promote staging - 1.0.0', 'promote production - 1.1.0', 'promote production 1.1.0 1.0.0',
    ]);
    expect(history[3].approval).toEqual({ reviewer: 'alice', comment: 'ship it', environment: null });
    expect(ok('registry', 'history', 'weather', '--registry', reg)).toMatch(/approved by alice: ship it/);
  });

  it('refuses an alias that mlops.yaml does not declare unless --create-alias, and moves one the model already has', async () => {
    // In process (the spawned CLI above costs seconds per call): the same runCli the bundle runs.
    const promote = async (...args: string[]) => {
      const r = { out: '', err: '' };
      const io: CliIo = { stdout: (x) => void (r.out += x), stderr: (x) => void (r.err += x), env: {} };
      return { code: await runCli(['promote', '--model', 'weather', '--registry', join(t, 'registry'), ...args], { name: 'mlops', version: '0', summary: '', commands: [promoteCommand] }, io), ...r };
    };
    const state = () => readFileSync(join(t, 'registry/state/weather.json'), 'utf8');
    const before = state();
    const typo = await promote('--version', '1.0.0', '--alias', 'prodution', '--config', join(t, 'mlops.yaml'));
    expect(typo.code).toBe(2);
    expect(typo.err).toBe(
      'mlops: alias "prodution" is not a declared alias (staging, production) and weather has no such alias yet (did you mean "production"? to create it, add it to promote.aliases in mlops.yaml or pass --create-alias)\n',
    );
    expect(state()).toBe(before);
    expect((await promote('--version', '1.0.0', '--alias', 'canary', '--create-alias')).out).toContain('weather@canary: (new) -> 1.0.0');
    // An alias the model has may move without the flag.
    expect((await promote('--version', '1.1.0', '--alias', 'canary')).out).toContain('weather@canary: 1.0.0 -> 1.1.0');
    // Declared in mlops.yaml: promote.aliases replaces the defaults.
    const config = join(t, 'aliases.yaml');
    writeFileSync(config, 'version: 1\npromote:\n  aliases: [shadow]\n');
    expect((await promote('--version', '1.0.0', '--alias', 'shadow', '--config', config)).out).toContain('weather@shadow: (new) -> 1.0.0');
    const qa = await promote('--version', '1.0.0', '--alias', 'qa', '--config', config);
    expect(qa.code).toBe(2);
    expect(qa.err).toMatch(/^mlops: alias "qa" is not a declared alias \(shadow\) and weather has no such alias yet \(to create it/);
  });

  it('exits 1 on a tampered asset and 2 on bad input', () => {
    const reg = join(t, 'registry');
    const archive = join(reg, 'model/weather/v1.1.0/model.tar.gz');
    const bytes = readFileSync(archive);
    bytes[100] ^= 0x01;
    writeFileSync(archive, bytes);
    const tampered = mlops('promote', '--model', 'weather', '--version', '1.1.0', '--alias', 'staging', '--registry', reg);
    expect(tampered.code).toBe(1);
    expect(tampered.err).toMatch(/^mlops: model\/weather\/v1\.1\.0: asset model\.tar\.gz has SHA-256 .* not promoting/);
    const hostile = mlops('promote', '--model', '../../etc', '--version', '1.0.0', '--alias', 'staging', '--registry', reg);
    expect(hostile.code).toBe(2);
    expect(hostile.err).toMatch(/mlops: model name "\.\.\/\.\.\/etc" is not allowed/);
    expect(mlops('publish', '--model', 'weather', '--files', join(t, 'model'), '--evaluation', join(t, 'missing.json'), '--registry', reg).code).toBe(2);
    expect(mlops('publish', '--model', 'weather', '--version', '1.0.0', '--bump', 'patch', '--files', 'x', '--evaluation', 'y').code).toBe(2);
    expect(mlops('registry', 'show', 'nope', '--registry', reg).err).toMatch(/model "nope" is not in the registry/);
  });
});
