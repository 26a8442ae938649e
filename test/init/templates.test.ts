/**
 * action-templates/ is the one source of the starter workflows: workflows/ (what people copy, and
 * what test/workflows and test/actions/metadata.test.ts check) must be exactly what `mlops init`
 * writes for the example project documented in action-templates/README.md. Edit the template, then
 * regenerate workflows/ with that command (see the README); this test says which file differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { templatePlaceholders } from '../../shared/init/render-template.js';
import { CONFIG_SCHEMA_URL, CONFIG_TEMPLATE, CONTRACT_SCHEMA_URL, MAJOR_VERSION, STARTER_WORKFLOWS, templatesDir, workflowTarget, workflowTemplate } from '../../shared/init/starter-files.js';
import { repoRoot } from '../support/run-action.js';
import { mlops, scratchRepo, WEATHER_DATA } from './support.js';

/** The example project's command line, as action-templates/README.md shows it (after `mlops`). */
const EXAMPLE_ARGS = [
  'init', '--model', 'churn', '--data', 'data/train.csv', '--train', 'python train.py', '--task', 'binary',
  '--label', 'label', '--score', 'score', '--slice', 'segment', '--params', 'params.yaml', '--model-files', 'out/model.pkl',
];
const EXAMPLE_COMMAND = 'mlops init --model churn --data data/train.csv --train "python train.py" --task binary --label label --score score --slice segment --params params.yaml --model-files out/model.pkl';

const readme = readFileSync(join(repoRoot, 'action-templates/README.md'), 'utf8');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Workflows in workflows/ that init does not write. */
const OPT_IN_WORKFLOWS = ['candidates.yml'];

describe('action-templates/', () => {
  it('is the folder init renders from, with a template for every starter workflow and nothing else', () => {
    expect(templatesDir()).toBe(join(repoRoot, 'action-templates'));
    const templates = readdirSync(join(repoRoot, 'action-templates/workflows')).sort();
    expect(templates).toEqual(STARTER_WORKFLOWS.map((n) => `${n}.yml`).sort());
    // candidates.yml is opt-in and not a starter: its candidate list is each team's own, so it is
    // copied and edited by hand (docs/scale-out.md), never rendered.
    expect(readdirSync(join(repoRoot, 'workflows')).sort()).toEqual([...templates, ...OPT_IN_WORKFLOWS].sort());
  });

  it('renders workflows/ byte for byte for the example project in its README', async () => {
    expect(readme).toContain(EXAMPLE_COMMAND);
    expect(['mlops', ...EXAMPLE_ARGS.map((a) => (a.includes(' ') ? `"${a}"` : a))].join(' ')).toBe(EXAMPLE_COMMAND);
    // The example repository: its data, the script the command names and the params file.
    const dir = scratchRepo({ 'data/train.csv': { copy: WEATHER_DATA }, 'train.py': 'print("train")\n', 'params.yaml': 'C: 1.0\n' });
    dirs.push(dir);
    const r = await mlops([...EXAMPLE_ARGS, '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    for (const name of STARTER_WORKFLOWS) {
      const rendered = readFileSync(join(dir, workflowTarget(name)), 'utf8');
      const shipped = readFileSync(join(repoRoot, 'workflows', `${name}.yml`), 'utf8');
      expect(rendered, `workflows/${name}.yml differs from what action-templates/${workflowTemplate(name)} renders for the example`).toBe(shipped);
    }
  });

  it('documents every placeholder the templates use in its README', () => {
    const used = new Set<string>();
    for (const t of [CONFIG_TEMPLATE, ...STARTER_WORKFLOWS.map(workflowTemplate)]) {
      for (const name of templatePlaceholders(readFileSync(join(repoRoot, 'action-templates', t), 'utf8'))) used.add(name);
    }
    expect(used.size).toBeGreaterThan(10);
    const undocumented = [...used].filter((name) => !readme.includes(`\`{{${name}}}\``) && !readme.includes(`\`{{${name}?}}\``));
    expect(undocumented).toEqual([]);
  });

  it('points mlops.yaml and the contract at the published JSON Schemas of the major version', () => {
    const config = readFileSync(join(repoRoot, 'action-templates', CONFIG_TEMPLATE), 'utf8');
    expect(config.split('\n')[0]).toBe(`# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`);
    for (const url of [CONFIG_SCHEMA_URL, CONTRACT_SCHEMA_URL]) {
      const m = /^https:\/\/raw\.githubusercontent\.com\/mlops-actions\/mlops-actions\/(v\d+)\/(schemas\/.+)$/.exec(url);
      expect(m?.[1]).toBe(MAJOR_VERSION);
      // The file exists at that path in this repository, so the tag will have it.
      expect(existsSync(join(repoRoot, m![2]!)), m![2]).toBe(true);
    }
  });

  it('pins every call of our actions and reusable workflows to the major version', () => {
    for (const name of STARTER_WORKFLOWS) {
      const text = readFileSync(join(repoRoot, 'action-templates', workflowTemplate(name)), 'utf8');
      const refs = [...text.matchAll(/uses: (mlops-actions\/mlops-actions\/\S+)/g)].map((m) => m[1]!);
      expect(refs.length, name).toBeGreaterThan(0);
      for (const ref of refs) expect(ref.endsWith(`@${MAJOR_VERSION}`), ref).toBe(true);
    }
  });
});
