/**
 * The permissions table (shared/doctor/permissions.ts) against what it describes: the permissions
 * our reusable workflows' jobs ask for, what the steps inside them need, and what our starter
 * workflows grant. A table that drifted from the workflows would make doctor wrong in both
 * directions, so these tie it to them; the conditions are checked case by case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { callArgsOf, ownTargetOf } from '../../shared/doctor/own-calls.js';
import { ownFilesAt } from '../../shared/doctor/own-files.js';
import { access, neededPermissions, unmetNeeds, REQUIRED_PERMISSIONS, type CallArgs, type Need } from '../../shared/doctor/permissions.js';
import { workflowCallOf, type Workflow } from '../../shared/doctor/workflow.js';
import { repoRoot } from '../support/run-action.js';

const own = ownFilesAt(repoRoot);
const LEVEL = { read: 1, write: 2 } as const;
const reusable = readdirSync(join(repoRoot, '.github/workflows'))
  .filter((f) => f.startsWith('mlops-'))
  .map((f) => `.github/workflows/${f}`)
  .sort();
const steps = readdirSync(join(repoRoot, 'actions')).filter((s) => own.action(s) !== undefined).sort();

/** The call of a reusable workflow with nothing but its defaults (and no secrets). */
function defaults(path: string): CallArgs {
  return callArgsOf({}, workflowCallOf(own.workflow(path))?.inputs);
}

/** scope -> the highest level needed for sure. */
function certain(needs: Need[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of needs) if (n.when === 'yes') out[n.scope] = Math.max(out[n.scope] ?? 0, LEVEL[n.level]);
  return out;
}

describe('the permissions table', () => {
  it('has an entry for every action and every reusable workflow we ship', () => {
    expect(Object.keys(REQUIRED_PERMISSIONS).sort()).toEqual(expect.arrayContaining([...steps.map((s) => `actions/${s}`), ...reusable]));
    expect(reusable).toContain('.github/workflows/mlops-promote.yml');
  });

  it.each(reusable)('%s: the table covers every permission its jobs ask for', (path) => {
    const wf = own.workflow(path)!;
    const table = certain(neededPermissions(path, defaults(path)));
    for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
      const asked = job.permissions ?? wf.permissions;
      if (asked === undefined || typeof asked === 'string') continue;
      for (const scope of Object.keys(asked)) expect(table[scope] ?? 0, `${path} jobs.${jobId} asks for ${scope}: ${asked[scope]}`).toBeGreaterThanOrEqual(access(asked, scope)!);
    }
  });

  it.each(reusable)('%s: the table covers what the steps inside it need, called with its defaults', (path) => {
    const wf = own.workflow(path)!;
    const call = workflowCallOf(wf)!;
    const table = certain(neededPermissions(path, defaults(path)));
    for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        const t = ownTargetOf(step.uses);
        if (!t?.step) continue;
        // `${{ inputs.X }}` is what the caller gives, here the default; other expressions stay expressions.
        const given = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([k, v]) => {
            const m = typeof v === 'string' ? /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(v) : null;
            return [k, m ? (call.inputs?.[m[1]!]?.default ?? '') : v];
          }),
        );
        const inner = certain(neededPermissions(t.target, callArgsOf(given, own.action(t.step)!.inputs)));
        for (const [scope, level] of Object.entries(inner)) expect(table[scope] ?? 0, `${path} jobs.${jobId} ${t.step} needs ${scope} at ${level}`).toBeGreaterThanOrEqual(level);
      }
    }
  });

  it('our starter workflows grant exactly what the table asks of them, no more', () => {
    const checked: string[] = [];
    for (const file of readdirSync(join(repoRoot, 'workflows')).filter((f) => f.endsWith('.yml'))) {
      const wf = parse(readFileSync(join(repoRoot, 'workflows', file), 'utf8')) as Workflow;
      for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
        const t = ownTargetOf(job.uses);
        if (!t) continue;
        const needs = neededPermissions(t.target, callArgsOf(job.with, workflowCallOf(own.workflow(t.target))?.inputs, job.secrets));
        const granted = job.permissions ?? wf.permissions;
        expect(unmetNeeds(needs, granted), `${file} jobs.${jobId}`).toEqual([]);
        // Least privilege: every scope granted is one the table names.
        for (const scope of Object.keys(typeof granted === 'object' ? granted : {})) expect(needs.map((n) => n.scope), `${file} jobs.${jobId} grants ${scope}`).toContain(scope);
        checked.push(file);
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['drift-check.yml', 'pr-comment.yml', 'pr-report.yml', 'promote.yml', 'release.yml']));
  });
});

describe('what a call needs depends on its inputs', () => {
  const args = (given: Record<string, unknown>, secrets?: Record<string, unknown>, step?: string): CallArgs =>
    step ? callArgsOf(given, own.action(step)!.inputs) : callArgsOf(given, workflowCallOf(own.workflow('.github/workflows/mlops-drift-check.yml'))?.inputs, secrets);
  const scopes = (needs: Need[]) => needs.map((n) => `${n.scope}: ${n.level}${n.when === 'maybe' ? ' (maybe)' : ''}`).sort();

  it('compare: the comment, the check run and the baseline each need their own', () => {
    expect(scopes(neededPermissions('actions/compare', args({}, undefined, 'compare')))).toEqual(['actions: read', 'checks: write', 'pull-requests: write']);
    expect(scopes(neededPermissions('actions/compare', args({ 'check-run': 'false', comment: false, baseline: 'production' }, undefined, 'compare')))).toEqual(['contents: read']);
    expect(scopes(neededPermissions('actions/compare', args({ 'check-run': '${{ inputs.gate }}', baseline: 'none' }, undefined, 'compare')))).toEqual(['checks: write (maybe)', 'pull-requests: write']);
  });

  it('publish-model: labels only without a bump, provenance only with attest', () => {
    expect(scopes(neededPermissions('actions/publish-model', args({ bump: 'minor' }, undefined, 'publish-model')))).toEqual(['contents: write']);
    expect(scopes(neededPermissions('actions/publish-model', args({ attest: 'true' }, undefined, 'publish-model')))).toEqual(['attestations: write', 'contents: write', 'id-token: write', 'pull-requests: read']);
  });

  it('publish-model: packages: write only when oci pushes to ghcr.io', () => {
    expect(scopes(neededPermissions('actions/publish-model', args({ bump: 'minor', oci: 'ghcr.io/acme/models/churn' }, undefined, 'publish-model')))).toEqual(['contents: write', 'packages: write']);
    expect(scopes(neededPermissions('actions/publish-model', args({ bump: 'minor', oci: 'registry.acme.com/models/churn' }, undefined, 'publish-model')))).toEqual(['contents: write']);
    expect(scopes(neededPermissions('actions/publish-model', args({ bump: 'minor', oci: '${{ vars.OCI_REPO }}' }, undefined, 'publish-model')))).toEqual(['contents: write', 'packages: write (maybe)']);
  });

  it('drift-check: the retraining PR needs write access unless another token writes it', () => {
    const path = '.github/workflows/mlops-drift-check.yml';
    expect(scopes(neededPermissions(path, args({})))).toEqual(['contents: write', 'pull-requests: write']);
    expect(scopes(neededPermissions(path, args({ 'app-id': '${{ vars.MLOPS_APP_ID }}' })))).toEqual(['contents: read']);
    expect(scopes(neededPermissions(path, args({}, { 'pr-token': '${{ secrets.PAT }}' })))).toEqual(['contents: read']);
    expect(scopes(neededPermissions(path, args({ 'pull-request': false })))).toEqual(['contents: read']);
    expect(scopes(neededPermissions(path, args({ 'pull-request': "${{ github.event_name == 'schedule' }}" })))).toEqual(['contents: read', 'contents: write (maybe)', 'pull-requests: write (maybe)']);
    expect(scopes(neededPermissions('actions/drift-check', args({ 'pr-token': '${{ steps.app.outputs.token }}' }, undefined, 'drift-check')))).toEqual(['contents: read']);
  });

  it('an unmet need is reported once per scope: the certain one first', () => {
    const needs = neededPermissions('.github/workflows/mlops-drift-check.yml', args({ 'pull-request': '${{ inputs.pr }}' }));
    expect(unmetNeeds(needs, {}).map((n) => `${n.scope}: ${n.level} ${n.when}`)).toEqual(['contents: read yes', 'pull-requests: write maybe']);
    expect(unmetNeeds(needs, { contents: 'read' }).map((n) => `${n.scope}: ${n.level} ${n.when}`)).toEqual(['contents: write maybe', 'pull-requests: write maybe']);
    expect(unmetNeeds(needs, 'write-all')).toEqual([]);
    expect(unmetNeeds(needs, 'read-all').map((n) => n.scope)).toEqual(['contents', 'pull-requests']);
    // No block at all: the repository's default decides; doctor says so separately.
    expect(unmetNeeds(needs, undefined)).toEqual([]);
  });
});
