/**
 * The scheduled drift-check workflows: the properties that would regress without anyone noticing,
 * because a drift check with too broad a token, a retraining PR opened with the wrong token (so no
 * PR workflow runs on it) or a source secret that never reaches the step still runs green on a quiet
 * day. Schema, actionlint, and whether every call of our actions and reusable workflows uses
 * declared inputs (and grants what the called jobs ask for) are checked for all workflows in
 * test/actions/metadata.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-action.js';

type Step = { id?: string; name?: string; uses?: string; run?: string; shell?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = {
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, string> | 'inherit';
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown[]> };
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  outputs?: Record<string, string>;
  steps?: Step[];
};
type Input = { type?: string; required?: boolean; default?: unknown };
type Workflow = {
  on: {
    workflow_call?: {
      inputs?: Record<string, Input>;
      secrets?: Record<string, { required?: boolean }>;
      outputs?: Record<string, { value?: string }>;
    };
    workflow_dispatch?: { inputs?: Record<string, Input> } | null;
    schedule?: Array<{ cron: string }>;
  };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};

const load = (file: string) => parse(readFileSync(join(repoRoot, file), 'utf8')) as Workflow;
const reusable = load('.github/workflows/mlops-drift-check.yml');
const copy = load('workflows/drift-check.yml');
const action = parse(readFileSync(join(repoRoot, 'actions/drift-check/action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

/** The step of a job that uses `uses` (ignoring the ref); fails the test when there is not exactly one. */
function step(job: Job, uses: string): Step {
  const found = (job.steps ?? []).filter((s) => s.uses?.split('@')[0] === uses);
  expect(found, `steps using ${uses}`).toHaveLength(1);
  return found[0];
}
const indexOf = (job: Job, uses: string) => (job.steps ?? []).findIndex((s) => s.uses?.split('@')[0] === uses);

const DRIFT_CHECK = 'mlops-actions/mlops-actions/actions/drift-check';
const APP_TOKEN = 'actions/create-github-app-token';

describe('mlops-drift-check.yml (reusable)', () => {
  const job = reusable.jobs.drift;
  const call = reusable.on.workflow_call;

  it('is one job that leaves the permissions to the caller, so an App-token caller can grant contents: read only', () => {
    expect(Object.keys(reusable.jobs)).toEqual(['drift']);
    // Either level would cap the caller's grant: GITHUB_TOKEN callers need write, App callers read.
    expect(reusable).not.toHaveProperty('permissions');
    expect(job).not.toHaveProperty('permissions');
  });

  it('checks one model at a time and never cancels a check in progress', () => {
    expect(job.concurrency).toEqual({ group: 'mlops-drift-${{ inputs.model }}', 'cancel-in-progress': false });
  });

  it('checks out without keeping credentials and runs no repository code', () => {
    expect(step(job, 'actions/checkout').with?.['persist-credentials']).toBe(false);
    const runs = (job.steps ?? []).filter((s) => s.run !== undefined);
    expect(runs.map((s) => s.name)).toEqual(["Set the sources' secrets"]);
    // Values reach scripts through env only: an expression in a script's text is pasted into it.
    for (const s of runs) expect(s.run).not.toContain('${{');
  });

  it('takes the model, config, reference, alias, current, PR switches and the token choice, and secrets that are all optional', () => {
    const inputs = call?.inputs ?? {};
    expect(Object.keys(inputs).sort()).toEqual(['alias', 'app-id', 'config', 'current', 'fail-on-drift', 'model', 'on-recovery', 'pull-request', 'reference', 'runs-on']);
    expect(inputs.model).toMatchObject({ type: 'string', required: true });
    expect(inputs['pull-request']).toMatchObject({ type: 'boolean', default: true });
    expect(inputs['fail-on-drift']).toMatchObject({ type: 'boolean', default: false });
    expect(inputs['app-id']).toMatchObject({ type: 'string', default: '' });
    expect(Object.keys(call?.secrets ?? {}).sort()).toEqual(['app-private-key', 'pr-token', 'source-secrets']);
    for (const [name, secret] of Object.entries(call?.secrets ?? {})) expect(secret.required, name).toBe(false);
  });

  it('passes every input but app-id and runs-on to drift-check unchanged', () => {
    const given = step(job, DRIFT_CHECK).with ?? {};
    for (const name of Object.keys(call?.inputs ?? {}).filter((n) => n !== 'app-id' && n !== 'runs-on')) {
      expect(name in action.inputs, `${name} is an input of drift-check`).toBe(true);
      expect(given[name], name).toBe(`\${{ inputs.${name} }}`);
    }
  });

  it('mints a GitHub App token only when app-id is given: this repository, contents and pull-requests write, nothing else', () => {
    const app = step(job, APP_TOKEN);
    expect(app.uses).toBe(`${APP_TOKEN}@v2`);
    expect(app.if).toBe("inputs.app-id != ''");
    expect(app.with).toEqual({
      'app-id': '${{ inputs.app-id }}',
      'private-key': '${{ secrets.app-private-key }}',
      'permission-contents': 'write',
      'permission-pull-requests': 'write',
    });
    // No owner or repositories: the token reaches the current repository only.
    // Minted after the checkout and just before the check, so its hour is spent on the check.
    expect(indexOf(job, APP_TOKEN)).toBeGreaterThan(indexOf(job, 'actions/checkout'));
    expect(indexOf(job, APP_TOKEN)).toBeLessThan(indexOf(job, DRIFT_CHECK));
  });

  it('opens the PR with the App token when minted, else the PAT, else leaves drift-check its default (token)', () => {
    const app = step(job, APP_TOKEN);
    const given = step(job, DRIFT_CHECK).with ?? {};
    expect(given['pr-token']).toBe(`\${{ steps.${app.id}.outputs.token || secrets.pr-token }}`);
    // The registry is read with the job's own token, never with the App's or the person's.
    expect(given.token).toBe('${{ github.token }}');
  });

  it('sets the sources\' secrets before drift-check, from the source-secrets secret', () => {
    const secrets = (job.steps ?? []).findIndex((s) => s.name === "Set the sources' secrets");
    expect(secrets).toBeGreaterThan(indexOf(job, APP_TOKEN));
    expect(secrets).toBeLessThan(indexOf(job, DRIFT_CHECK));
    expect(job.steps?.[secrets]?.env).toEqual({ SOURCE_SECRETS: '${{ secrets.source-secrets }}' });
    expect(job.steps?.[secrets]?.shell).toBe('bash');
  });

  it('uploads the report drift-check writes, even when the check fails', () => {
    const upload = step(job, 'actions/upload-artifact');
    expect(upload.if).toBe('always()');
    expect(upload.with?.name).toBe('mlops-drift-${{ inputs.model }}');
    const out = String(step(job, DRIFT_CHECK).with?.out);
    const uploaded = String(upload.with?.path).replace(/\/$/, '');
    expect(posix.dirname(out)).toBe(uploaded);
    expect(indexOf(job, 'actions/upload-artifact')).toBeGreaterThan(indexOf(job, DRIFT_CHECK));
  });

  it('outputs the drift-check step\'s decision and PR', () => {
    const outputs = call?.outputs ?? {};
    expect(step(job, DRIFT_CHECK).id).toBe('drift');
    expect(Object.keys(outputs).sort()).toEqual(['decision', 'drifted', 'operation', 'pr-number', 'pr-url', 'share']);
    for (const name of Object.keys(outputs)) {
      expect(name in action.outputs, `${name} is an output of drift-check`).toBe(true);
      expect(outputs[name]?.value).toBe(`\${{ jobs.drift.outputs.${name} }}`);
      expect(job.outputs?.[name]).toBe(`\${{ steps.drift.outputs.${name} }}`);
    }
  });
});

describe("mlops-drift-check.yml: the sources' secrets step", () => {
  const script = String((reusable.jobs.drift.steps ?? []).find((s) => s.name === "Set the sources' secrets")?.run);

  /** Runs the step's script the way the runner does for `shell: bash`. */
  function runScript(secrets: string | undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'drift-secrets-'));
    const file = join(dir, 'step.sh');
    const githubEnv = join(dir, 'github_env');
    writeFileSync(file, script);
    writeFileSync(githubEnv, '');
    const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_ENV: githubEnv };
    if (secrets !== undefined) env.SOURCE_SECRETS = secrets;
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { env, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, env: readFileSync(githubEnv, 'utf8') };
  }

  it('sets each NAME=value line, masked, skipping blank lines and comments', () => {
    const r = runScript('PROD_API_TOKEN=s3cr=t\n\n# the Prometheus one\r\nPROM_TOKEN=Bearer abc\r\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.env).toBe('PROD_API_TOKEN=s3cr=t\nPROM_TOKEN=Bearer abc\n');
    expect(r.stdout).toContain('::add-mask::s3cr=t\n');
    expect(r.stdout).toContain('::add-mask::Bearer abc\n');
  });

  it('does nothing when the secret is not passed', () => {
    for (const secrets of [undefined, '']) {
      const r = runScript(secrets);
      expect(r.status, r.stderr).toBe(0);
      expect(r.env).toBe('');
      expect(r.stdout).toBe('');
    }
  });

  it('warns about an empty value (an unset secret) and does not set it', () => {
    const r = runScript('PROD_API_TOKEN=\nOTHER=x');
    expect(r.status, r.stderr).toBe(0);
    expect(r.env).toBe('OTHER=x\n');
    expect(r.stdout).toContain('::warning title=source-secrets::PROD_API_TOKEN is empty');
  });

  it.each([
    ['a line without =', 'ok=1\nhunter2-the-secret'],
    ['a name that is not an environment variable', '1TOKEN=hunter2-the-secret'],
    ['a name with a space', 'PROD TOKEN=hunter2-the-secret'],
    ['a name the runner reserves', 'GITHUB_TOKEN=hunter2-the-secret'],
    ['NODE_OPTIONS', 'NODE_OPTIONS=hunter2-the-secret'],
    ['PATH', 'PATH=hunter2-the-secret'],
  ])('fails on %s, naming the line but never printing it, and sets nothing', (_what, secrets) => {
    const r = runScript(secrets);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=source-secrets::line \d+/m);
    expect(r.stdout + r.stderr).not.toContain('hunter2');
    // Not even the good lines before the bad one.
    expect(r.env).toBe('');
  });
});

describe('workflows/drift-check.yml (the user copy)', () => {
  const job = copy.jobs.drift;
  const declared = reusable.on.workflow_call;

  it('runs daily off the hour, and by hand', () => {
    expect(Object.keys(copy.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(copy.on.schedule).toEqual([{ cron: '17 6 * * *' }]);
    const [minute] = copy.on.schedule![0]!.cron.split(' ');
    expect(Number(minute)).not.toBe(0);
  });

  it('calls the reusable drift check @v1 with no workflow-wide token and contents: read for the job', () => {
    expect(job.uses).toBe('mlops-actions/mlops-actions/.github/workflows/mlops-drift-check.yml@v1');
    expect(copy.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'read' });
  });

  it('opens the PR with a GitHub App, since it grants no write access of its own', () => {
    // Without pull-requests: write the job's GITHUB_TOKEN cannot open the PR: the App must.
    expect(job.permissions?.['pull-requests']).toBeUndefined();
    expect(job.with?.['app-id']).toBe('${{ vars.MLOPS_APP_ID }}');
    expect(job.secrets).toEqual({ 'app-private-key': '${{ secrets.MLOPS_APP_PRIVATE_KEY }}' });
  });

  it('passes only inputs and secrets the reusable workflow declares', () => {
    for (const key of Object.keys(job.with ?? {})) expect(declared?.inputs, `with.${key}`).toHaveProperty([key]);
    expect(job.secrets).not.toBe('inherit');
    for (const key of Object.keys(job.secrets ?? {})) expect(declared?.secrets, `secrets.${key}`).toHaveProperty([key]);
  });

  it('checks each model of its matrix in a job of its own, one failing not stopping the others', () => {
    expect(job.with?.model).toBe('${{ matrix.model }}');
    expect(job.strategy?.matrix?.model).toEqual(['churn']);
    expect(job.strategy?.['fail-fast']).toBe(false);
  });

  it('always acts on the PR when scheduled, and as ticked when run by hand', () => {
    const dispatch = copy.on.workflow_dispatch?.inputs ?? {};
    expect(dispatch['pull-request']).toMatchObject({ type: 'boolean', default: true });
    expect(job.with?.['pull-request']).toBe("${{ github.event_name == 'schedule' || inputs.pull-request }}");
  });
});
