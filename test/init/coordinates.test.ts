/**
 * Where teams get mlops-actions from has one source, package.json (its `repository`, and the major
 * of its `version` as the tag release-actions.yml moves): every `uses:` of ours that this repository
 * ships, the schema URLs and the custom-step scaffold's dependency say the same, and
 * `mlops init --uses OWNER/REPO@REF` / `mlops new-action --uses` point all of them elsewhere.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newActionCommand } from '../../shared/cli/commands/new-action.js';
import { LIBRARY_SPEC } from '../../shared/custom-step/scaffold.js';
import { CONFIG_SCHEMA_URL, CONTRACT_SCHEMA_URL, STARTER_WORKFLOWS, workflowTarget } from '../../shared/init/starter-files.js';
import { runCli, type CliIo } from '../../shared/runtime/cli.js';
import { majorTagOf, parseCoordinates, publishedCoordinates, repositoryOf } from '../../shared/runtime/published-coordinates.js';
import { repoRoot } from '../support/run-action.js';
import { actionlint, mlops, scratchRepo, WEATHER_DATA } from './support.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };
/** `uses:` values naming a repository called mlops-actions (ours, whoever's fork) or our path layout. */
const OURS = /^\s*(?:- )?uses:\s*([^\s#]+\/(?:actions\/[^@\s/]+|\.github\/workflows\/mlops-[^@\s/]+\.yml)@[^\s#]+)/gm;
const usesIn = (text: string) => [...text.matchAll(OURS)].map((m) => m[1]!);

const yamlFiles = (folder: string) =>
  readdirSync(join(repoRoot, folder))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `${folder}/${f}`);

describe('package.json is the one source of the coordinates', () => {
  const c = publishedCoordinates();

  it('names the repository and a major version tag', () => {
    expect(c).toEqual({ repository: 'mlops-actions/mlops-actions', ref: `v${pkg.version.split('.')[0]}` });
    expect(c.ref).toBe('v1');
  });

  it.each([...yamlFiles('.github/workflows'), ...yamlFiles('workflows'), ...yamlFiles('action-templates/workflows')].map((f) => [f]))(
    '%s calls our actions and workflows at exactly those coordinates',
    (file) => {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      for (const uses of usesIn(text)) expect(uses, `${file}: ${uses}`).toMatch(new RegExp(`^${c.repository}/.+@${c.ref}$`));
    },
  );

  it('gives the schema URLs and the scaffold dependency the same coordinates', () => {
    expect(CONFIG_SCHEMA_URL).toBe(`https://raw.githubusercontent.com/${c.repository}/${c.ref}/schemas/mlops-config.schema.json`);
    expect(CONTRACT_SCHEMA_URL).toBe(`https://raw.githubusercontent.com/${c.repository}/${c.ref}/schemas/contract.schema.json`);
    expect(readFileSync(join(repoRoot, 'action-templates/mlops.yaml'), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`);
    expect(LIBRARY_SPEC).toBe(`github:${c.repository}#${c.ref}`);
  });

  it('is what the release workflow tags: vX.Y.Z pushes start it, and it moves the major tag', () => {
    const wf = parse(readFileSync(join(repoRoot, '.github/workflows/release-actions.yml'), 'utf8')) as { on: { push: { tags: string[] } } };
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(readFileSync(join(repoRoot, '.github/workflows/release-actions.yml'), 'utf8')).toContain('scripts/release.sh "$VERSION"');
  });

  it.each([
    ['github:acme/ml-actions', 'acme/ml-actions'],
    ['acme/ml-actions', 'acme/ml-actions'],
    [{ type: 'git', url: 'git+https://github.com/acme/ml-actions.git' }, 'acme/ml-actions'],
    [{ url: 'https://github.com/acme/ml.actions' }, 'acme/ml.actions'],
    ['git@github.com:acme/ml-actions.git', 'acme/ml-actions'],
    ['https://gitlab.com/acme/ml-actions', undefined],
    ['acme', undefined],
    [undefined, undefined],
  ])('reads the repository field %j as %s', (field, expected) => {
    expect(repositoryOf(field)).toBe(expected);
  });

  it.each([
    ['1.0.0', 'v1'],
    ['12.3.4-rc.1', 'v12'],
    ['1.0', undefined],
  ])('takes the major tag of version %s as %s', (version, expected) => {
    expect(majorTagOf(version)).toBe(expected);
  });

  it.each(['my-org/mlops-actions@v1', 'my-org/mlops-actions@v1.2.0', 'a/b@0123456789abcdef0123456789abcdef01234567', 'a/b@release/2026-12'])('takes --uses %s', (text) => {
    const parsed = parseCoordinates(text);
    expect(`${parsed.repository}@${parsed.ref}`).toBe(text);
  });

  it.each(['my-org/mlops-actions', 'my-org@v1', 'my-org/mlops-actions/x@v1', '-x/y@v1', 'a/b@', 'a/b@v1..2', 'a/b@v1 ', 'a/b@${{ github.sha }}'])('refuses --uses %j', (text) => {
    expect(() => parseCoordinates(text)).toThrow(/is not OWNER\/REPO@REF/);
  });
});

describe('mlops init --uses points every file it writes elsewhere', async () => {
  const dir = scratchRepo({ 'data/train.csv': { copy: WEATHER_DATA }, 'train.py': 'print(1)\n' });
  dirs.push(dir);
  const run = await mlops(['init', '--model', 'churn', '--data', 'data/train.csv', '--train', 'python train.py', '--task', 'binary', '--label', 'label', '--score', 'score', '--uses', 'acme/ml-actions@v1.4.2', '--dir', dir]);

  it.each(STARTER_WORKFLOWS.map((n) => [n]))('%s: every uses: at acme/ml-actions@v1.4.2, and it passes actionlint', async (name) => {
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(dir, workflowTarget(name)), 'utf8');
    const uses = usesIn(text);
    expect(uses).toEqual([`acme/ml-actions/.github/workflows/mlops-${name}.yml@v1.4.2`]);
    expect(text).not.toContain('mlops-actions/mlops-actions');
    expect(await actionlint(text, workflowTarget(name))).toEqual([]);
  });

  it('points the schema URLs of mlops.yaml and the contract there too', () => {
    expect(readFileSync(join(dir, 'mlops.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/ml-actions/v1.4.2/schemas/mlops-config.schema.json');
    const contract = readFileSync(join(dir, 'contracts/train.yaml'), 'utf8');
    expect(contract.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/ml-actions/v1.4.2/schemas/contract.schema.json');
    expect(contract).not.toContain('mlops-actions/mlops-actions');
  });
});

describe('mlops new-action --uses', () => {
  it('makes the scaffold depend on the library at the coordinates given', async () => {
    const dir = scratchRepo();
    dirs.push(dir);
    let out = '';
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), env: {} };
    const code = await runCli(['new-action', 'metric-floor', '--uses', 'acme/ml-actions@v1.4.2', '--dir', dir], { name: 'mlops', version: 'test', summary: 'test', commands: [newActionCommand] }, io);
    expect(code, out).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'actions/metric-floor/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies['mlops-actions']).toBe('github:acme/ml-actions#v1.4.2');
    expect(out).toContain('github:acme/ml-actions#v1.4.2');
  });
});
