/**
 * The release and promotion workflows: the properties that would regress without anyone noticing,
 * because a workflow with too broad a token, a missing approval gate or a report published from the
 * wrong path still runs green. Schema, actionlint, and whether every call of our actions and
 * reusable workflows uses declared inputs (and grants what the called jobs ask for) are checked for
 * all workflows in test/actions/metadata.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-action.js';

type Step = { id?: string; uses?: string; with?: Record<string, unknown> };
type Job = {
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  permissions?: Record<string, string>;
  environment?: string | { name?: string; url?: string };
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  outputs?: Record<string, string>;
  steps?: Step[];
};
type Input = { type?: string; required?: boolean; default?: unknown; options?: unknown[] };
type Workflow = {
  on: {
    workflow_call?: { inputs?: Record<string, Input>; outputs?: Record<string, { value?: string }> };
    workflow_dispatch?: { inputs?: Record<string, Input> };
    push?: { branches?: string[]; paths?: string[] };
  };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};

const load = (file: string) => parse(readFileSync(join(repoRoot, file), 'utf8')) as Workflow;
const release = load('.github/workflows/mlops-release.yml');
const promote = load('.github/workflows/mlops-promote.yml');
const releaseCopy = load('workflows/release.yml');
const promoteCopy = load('workflows/promote.yml');

/** The step of a job that uses `uses` (ignoring the ref); fails the test when there is not exactly one. */
function step(job: Job, uses: string): Step {
  const found = (job.steps ?? []).filter((s) => s.uses?.split('@')[0] === uses);
  expect(found, `steps using ${uses}`).toHaveLength(1);
  return found[0];
}
const steps = (job: Job, uses: string) => (job.steps ?? []).filter((s) => s.uses?.split('@')[0] === uses);

const publishPermissions = { contents: 'write', 'pull-requests': 'read' };
const promotePermissions = { actions: 'read', contents: 'write', deployments: 'write' };

describe('mlops-release.yml (reusable)', () => {
  const { build, publish } = release.jobs;

  it('has a read-only build job and a publish job after it, and nothing else', () => {
    expect(Object.keys(release.jobs).sort()).toEqual(['build', 'publish']);
    expect(build.permissions).toEqual({ contents: 'read' });
    expect([publish.needs].flat()).toEqual(['build']);
  });

  it('leaves the publish job exactly the caller\'s grant, so attest can work when the caller grants id-token', () => {
    // A permissions block at either level would cap what the caller grants; GitHub refuses the
    // run when a called job asks for more than the caller grants, so it cannot ask for id-token.
    expect(release).not.toHaveProperty('permissions');
    expect(publish).not.toHaveProperty('permissions');
  });

  it('trains without a token that could push: the checkout does not keep credentials', () => {
    expect(step(build, 'actions/checkout').with?.['persist-credentials']).toBe(false);
    expect(step(publish, 'actions/checkout').with?.['persist-credentials']).toBe(false);
    // Nothing in publish runs repository code: no run steps, no training.
    expect((publish.steps ?? []).filter((s) => !s.uses)).toEqual([]);
    expect(steps(publish, 'mlops-actions/mlops-actions/actions/train')).toEqual([]);
  });

  it('publishes the very profile, run record and evaluation the build job wrote', () => {
    const uploads = steps(build, 'actions/upload-artifact');
    const downloads = steps(publish, 'actions/download-artifact');
    const reportsUpload = uploads.find((u) => String(u.with?.name).endsWith('-reports'));
    const reportsDownload = downloads.find((d) => d.with?.name === reportsUpload?.with?.name);
    expect(reportsDownload, 'the publish job downloads the reports artifact by its name').toBeDefined();
    const uploadedFrom = String(reportsUpload?.with?.path).replace(/\/$/, '');
    const downloadedTo = String(reportsDownload?.with?.path);
    const written = {
      profile: step(build, 'mlops-actions/mlops-actions/actions/validate-data').with?.['profile-out'],
      run: step(build, 'mlops-actions/mlops-actions/actions/train').with?.['run-out'],
      evaluation: step(build, 'mlops-actions/mlops-actions/actions/evaluate').with?.out,
    };
    const published = step(publish, 'mlops-actions/mlops-actions/actions/publish-model').with ?? {};
    for (const [input, path] of Object.entries(written)) {
      expect(String(path).startsWith(`${uploadedFrom}/`), `${input}: ${path} is inside the uploaded ${uploadedFrom}/`).toBe(true);
      expect(published[input], `publish-model ${input}`).toBe(posix.join(downloadedTo, posix.relative(uploadedFrom, String(path))));
    }
  });

  it('publishes the model files the build job uploaded, with the release artifact on', () => {
    const modelUpload = steps(build, 'actions/upload-artifact').find((u) => u.with?.path === '${{ inputs.model-files }}');
    expect(modelUpload, 'the model-files input is uploaded').toBeDefined();
    expect(modelUpload?.with?.['include-hidden-files']).toBe(true);
    const modelDownload = steps(publish, 'actions/download-artifact').find((d) => d.with?.name === modelUpload?.with?.name);
    const published = step(publish, 'mlops-actions/mlops-actions/actions/publish-model').with ?? {};
    expect(published.files).toBe(modelDownload?.with?.path);
    expect(published.artifact).toBe('true');
  });

  it('passes the bump and attest inputs through, attest off by default', () => {
    const published = step(publish, 'mlops-actions/mlops-actions/actions/publish-model').with ?? {};
    expect(published.bump).toBe('${{ inputs.bump }}');
    expect(published.attest).toBe('${{ inputs.attest }}');
    expect(release.on.workflow_call?.inputs?.attest).toMatchObject({ type: 'boolean', default: false });
    expect(release.on.workflow_call?.inputs?.bump).toMatchObject({ default: '' });
  });

  it('serialises publishes per model without cancelling one in progress', () => {
    expect(publish.concurrency?.group).toContain('${{ inputs.model }}');
    expect(publish.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('outputs the version, tag and release URL of the publish step', () => {
    const outputs = release.on.workflow_call?.outputs ?? {};
    for (const name of ['version', 'tag', 'release-url']) {
      expect(outputs[name]?.value).toBe(`\${{ jobs.publish.outputs.${name} }}`);
      expect(publish.outputs?.[name]).toBe(`\${{ steps.publish.outputs.${name} }}`);
    }
    expect(step(publish, 'mlops-actions/mlops-actions/actions/publish-model').id).toBe('publish');
  });
});

describe('mlops-promote.yml (reusable)', () => {
  const job = promote.jobs.promote;

  it('is one job with exactly contents write, deployments write and actions read', () => {
    expect(Object.keys(promote.jobs)).toEqual(['promote']);
    expect(promote.permissions).toEqual({});
    expect(job.permissions).toEqual(promotePermissions);
  });

  it('runs in the environment (so its required reviewers gate it) that promote-model records', () => {
    expect(typeof job.environment).toBe('object');
    const environment = job.environment as { name?: string; url?: string };
    expect(environment.name).toBe('${{ inputs.environment || inputs.alias }}');
    expect(environment.url).toContain('inputs.environment-url');
    expect(step(job, 'mlops-actions/mlops-actions/actions/promote-model').with?.environment).toBe(environment.name);
  });

  it('requires an approval unless the caller says otherwise', () => {
    expect(promote.on.workflow_call?.inputs?.['require-approval']).toMatchObject({ type: 'boolean', default: true });
    expect(step(job, 'mlops-actions/mlops-actions/actions/promote-model').with?.['require-approval']).toBe('${{ inputs.require-approval }}');
  });

  it('promotes latest by default and serialises moves of one alias of one model', () => {
    expect(promote.on.workflow_call?.inputs?.version?.default).toBe('latest');
    expect(job.concurrency?.group).toContain('${{ inputs.model }}');
    expect(job.concurrency?.group).toContain('${{ inputs.alias }}');
    expect(job.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('checks out and runs nothing from the repository', () => {
    expect((job.steps ?? []).map((s) => s.uses?.split('@')[0])).toEqual(['mlops-actions/mlops-actions/actions/promote-model']);
  });
});

describe('workflows/release.yml (the user copy)', () => {
  const job = releaseCopy.jobs.release;

  it('calls the reusable release @v1 granting exactly contents write and pull-requests read', () => {
    expect(job.uses).toBe('mlops-actions/mlops-actions/.github/workflows/mlops-release.yml@v1');
    expect(releaseCopy.permissions).toEqual({});
    expect(job.permissions).toEqual(publishPermissions);
    expect(job.with?.attest ?? false).toBe(false);
  });

  it('runs on pushes to main whose paths cover every training input, the data and its contract', () => {
    expect(releaseCopy.on.push?.branches).toEqual(['main']);
    const paths = releaseCopy.on.push?.paths ?? [];
    const covered = (glob: string) => paths.some((p) => p === glob || (p.endsWith('/**') && glob.startsWith(p.slice(0, -2))));
    const inputs = String(job.with?.['train-inputs']).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(inputs.length).toBeGreaterThan(0);
    const needed = [...inputs, String(job.with?.data), String(job.with?.contract)];
    expect(needed.filter((g) => !covered(g)), `not in on.push.paths ${JSON.stringify(paths)}`).toEqual([]);
  });

  it('trains the way the PR report does, so they share run cache entries', () => {
    const report = load('workflows/pr-report.yml').jobs.report.with ?? {};
    for (const key of ['model', 'command', 'params-file', 'train-inputs', 'train-outputs']) expect(job.with?.[key], key).toEqual(report[key]);
  });
});

describe('workflows/promote.yml (the user copy)', () => {
  const job = promoteCopy.jobs.promote;

  it('calls the reusable promote @v1 granting exactly what the promote job asks for', () => {
    expect(job.uses).toBe('mlops-actions/mlops-actions/.github/workflows/mlops-promote.yml@v1');
    expect(promoteCopy.permissions).toEqual({});
    expect(job.permissions).toEqual(promotePermissions);
  });

  it('is started by hand with the model, the version (latest by default) and staging or production', () => {
    const inputs = promoteCopy.on.workflow_dispatch?.inputs ?? {};
    expect(Object.keys(promoteCopy.on)).toEqual(['workflow_dispatch']);
    expect(inputs.alias).toMatchObject({ type: 'choice', options: ['staging', 'production'] });
    expect(inputs.version?.default).toBe('latest');
    for (const name of ['model', 'version', 'alias']) expect(job.with?.[name]).toBe(`\${{ inputs.${name} }}`);
  });

  it('requires an approval for production', () => {
    expect(job.with?.['require-approval']).toBe("${{ inputs.alias == 'production' }}");
  });
});
