/**
 * What GITHUB_TOKEN must be allowed for each of our actions and reusable workflows: the one table
 * `mlops doctor` checks a repository's workflows against, and the metadata tests check our own
 * workflows (and this table) against. docs/doctor.md prints it; each action's README says the same
 * in its `token` input.
 *
 * An entry depends on how the step is called, because some permissions serve optional features
 * (compare's check run, publish-model's provenance, drift-check's PR without its own token). Each
 * need comes with a condition on the call's inputs, evaluated three-valued: `yes` (the literal
 * values, or the defaults, turn the feature on), `no`, or `maybe` (an expression decides at run
 * time). A missing `yes` permission is an error; a missing `maybe` one a warning.
 *
 *   step or reusable workflow          needs
 *   actions/compare                    pull-requests: write (comment), checks: write (check-run),
 *                                      actions: read (baseline base-branch), contents: read (baseline production)
 *   actions/rank-candidates            pull-requests: write (comment), actions: read (baseline base-branch),
 *                                      contents: read (baseline production)
 *   actions/publish-model              contents: write; pull-requests: read (bump from the merged PR's label);
 *                                      id-token: write + attestations: write (attest); packages: write (oci on ghcr.io)
 *   actions/promote-model              contents: write, actions: read, deployments: write (deployment)
 *   actions/drift-check                contents: read; contents: write + pull-requests: write (the
 *                                      retraining PR, unless pr-token is given or pull-request is false)
 *   actions/validate-data, train, evaluate, explain   nothing
 *   mlops-pr-report.yml                contents: read
 *   mlops-pr-comment.yml               actions: read, checks: write, contents: read, pull-requests: write
 *   mlops-candidates.yml               actions: read, contents: read, pull-requests: write
 *   mlops-release.yml                  contents: write, pull-requests: read; + id-token, attestations write (attest)
 *   mlops-promote.yml                  actions: read, contents: write, deployments: write
 *   mlops-drift-check.yml              contents: read; contents + pull-requests write unless app-id
 *                                      or the pr-token secret is given (or pull-request is false)
 */
import { isExpression, type Permissions } from './workflow.js';

export type Level = 'read' | 'write';
export type Tri = 'yes' | 'no' | 'maybe';

/** Every scope a permissions block can name (GitHub's workflow syntax). */
export const ALL_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

const LEVELS: Record<string, number> = { none: 0, read: 1, write: 2 };

/**
 * The access a permissions block gives one scope: 0 none, 1 read, 2 write; undefined when there is
 * no block (the token gets the repository's default, which a file cannot tell).
 */
export function access(p: Permissions | undefined, scope: string): number | undefined {
  if (p === undefined) return undefined;
  if (typeof p === 'string') return p === 'write-all' ? 2 : p === 'read-all' ? (scope === 'id-token' ? 0 : 1) : 0;
  return LEVELS[String(p[scope] ?? 'none')] ?? 0;
}

export const levelName = (n: number | undefined): string => (n === undefined ? 'the default' : n >= 2 ? 'write' : n === 1 ? 'read' : 'none');

export interface Need {
  scope: string;
  level: Level;
  /** What the step does with it. */
  why: string;
  /** yes: needed; maybe: needed when an expression turns the feature on. */
  when: Exclude<Tri, 'no'>;
}

/** How a step or reusable workflow is called: its inputs (with: or defaults) and, for a workflow, its secrets. */
export interface CallArgs {
  /** The value given under with:, else the declared default, else undefined. */
  value(name: string): unknown;
  /** The secret passed under secrets: (undefined when not passed; `secrets: inherit` passes none of ours). */
  secret(name: string): unknown;
}

/** The input's value is `expected` (true/false compare as words). */
export function equals(v: unknown, expected: string): Tri {
  if (isExpression(v) || (typeof v === 'string' && v.includes('${{'))) return 'maybe';
  return String(v ?? '').trim().toLowerCase() === expected ? 'yes' : 'no';
}
/** The input is empty or not given. */
export function empty(v: unknown): Tri {
  if (isExpression(v)) return 'maybe';
  return v === undefined || v === null || String(v).trim() === '' ? 'yes' : 'no';
}
/** The input or secret is given (an expression counts: the workflow means to pass something). */
export const given = (v: unknown): Tri => (v === undefined || v === null || String(v).trim() === '' ? 'no' : 'yes');
export const not = (t: Tri): Tri => (t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'maybe');
export function all(...ts: Tri[]): Tri {
  if (ts.includes('no')) return 'no';
  return ts.includes('maybe') ? 'maybe' : 'yes';
}

/** The OCI repository is on ghcr.io, where the workflow's token (packages) is the credential. */
export function onGhcr(v: unknown): Tri {
  if (isExpression(v) || (typeof v === 'string' && v.includes('${{'))) return 'maybe';
  return String(v ?? '').trim().toLowerCase().startsWith('ghcr.io/') ? 'yes' : 'no';
}

function need(scope: string, level: Level, why: string, when: Tri = 'yes'): Need[] {
  return when === 'no' ? [] : [{ scope, level, why, when }];
}

const retrainingPr = (a: CallArgs, ownToken: Tri): Need[] => {
  const when = all(equals(a.value('pull-request'), 'true'), not(ownToken));
  return [...need('contents', 'write', 'the retraining branch', when), ...need('pull-requests', 'write', 'the retraining PR', when)];
};

/** The table. Keys: `actions/<step>` and `.github/workflows/<file>`, as they follow `owner/mlops-actions/`. */
export const REQUIRED_PERMISSIONS: Record<string, (a: CallArgs) => Need[]> = {
  'actions/validate-data': () => [],
  'actions/train': () => [],
  'actions/evaluate': () => [],
  'actions/explain': () => [],
  'actions/compare': (a) => [
    ...need('pull-requests', 'write', 'the sticky PR comment', equals(a.value('comment'), 'true')),
    ...need('checks', 'write', 'the check run', equals(a.value('check-run'), 'true')),
    ...need('actions', 'read', "the base branch's evaluation artifact (baseline: base-branch)", equals(a.value('baseline'), 'base-branch')),
    ...need('contents', 'read', "the registry's releases (baseline: production)", equals(a.value('baseline'), 'production')),
  ],
  'actions/rank-candidates': (a) => [
    ...need('pull-requests', 'write', 'the sticky PR comment with the ranking', equals(a.value('comment'), 'true')),
    ...need('actions', 'read', "the base branch's evaluation artifact (baseline: base-branch)", equals(a.value('baseline'), 'base-branch')),
    ...need('contents', 'read', "the registry's releases (baseline: production)", equals(a.value('baseline'), 'production')),
  ],
  'actions/publish-model': (a) => [
    ...need('contents', 'write', 'the release and the registry branch'),
    ...need('pull-requests', 'read', "the merged PR's model:* label (no bump, version or labels given)", all(empty(a.value('bump')), empty(a.value('version')), empty(a.value('labels')))),
    ...need('id-token', 'write', 'signing provenance (attest)', equals(a.value('attest'), 'true')),
    ...need('attestations', 'write', 'storing the attestation (attest)', equals(a.value('attest'), 'true')),
    ...need('packages', 'write', 'pushing the model to ghcr.io (oci)', onGhcr(a.value('oci'))),
  ],
  'actions/promote-model': (a) => [
    ...need('contents', 'write', 'the registry branch (alias and audit log)'),
    ...need('actions', 'read', "this run's environment approvals, for the audit log"),
    ...need('deployments', 'write', "the Deployment of the version's tag", equals(a.value('deployment'), 'true')),
  ],
  'actions/drift-check': (a) => [...need('contents', 'read', "the registry (the production version's profile)"), ...retrainingPr(a, given(a.value('pr-token')))],
  '.github/workflows/mlops-pr-report.yml': () => need('contents', 'read', 'the checkout'),
  '.github/workflows/mlops-pr-comment.yml': () => [
    ...need('actions', 'read', "the PR run's and the base branch's evaluation artifacts"),
    ...need('checks', 'write', 'the check run'),
    ...need('contents', 'read', 'mlops.yaml from the default branch'),
    ...need('pull-requests', 'write', 'the sticky PR comment'),
  ],
  '.github/workflows/mlops-candidates.yml': () => [
    ...need('actions', 'read', "the base branch's evaluation artifact"),
    ...need('contents', 'read', 'the checkout and mlops.yaml'),
    ...need('pull-requests', 'write', 'the ranking comment'),
  ],
  '.github/workflows/mlops-release.yml': (a) => [
    ...need('contents', 'write', 'the release and the registry branch'),
    ...need('pull-requests', 'read', "the merged PR's model:* label (no bump or version given)", all(empty(a.value('bump')), empty(a.value('version')))),
    ...need('id-token', 'write', 'signing provenance (attest)', equals(a.value('attest'), 'true')),
    ...need('attestations', 'write', 'storing the attestation (attest)', equals(a.value('attest'), 'true')),
  ],
  '.github/workflows/mlops-promote.yml': () => [
    ...need('actions', 'read', "this run's environment approvals, for the audit log"),
    ...need('contents', 'write', 'the registry branch (alias and audit log)'),
    ...need('deployments', 'write', "the Deployment of the version's tag"),
  ],
  '.github/workflows/mlops-drift-check.yml': (a) => [
    ...need('contents', 'read', 'the checkout and the registry'),
    // With a GitHub App (app-id) or a PAT (pr-token) the PR is written with that token instead.
    ...retrainingPr(a, given(a.value('app-id')) === 'yes' || given(a.secret('pr-token')) === 'yes' ? 'yes' : 'no'),
  ],
};

/**
 * What a call of `target` needs. A scope may appear twice: what is needed for sure (contents: read)
 * and more that an expression may turn on (contents: write for the retraining PR).
 */
export function neededPermissions(target: string, args: CallArgs): Need[] {
  const entry = REQUIRED_PERMISSIONS[target];
  if (!entry) return [];
  const out: Need[] = [];
  for (const n of entry(args)) {
    const same = out.findIndex((o) => o.scope === n.scope && o.when === n.when);
    if (same < 0) out.push(n);
    else if (LEVELS[n.level]! > LEVELS[out[same]!.level]!) out[same] = n;
  }
  // A `maybe` need no stronger than a `yes` one on the same scope adds nothing.
  return out.filter((n) => n.when === 'yes' || !out.some((o) => o.scope === n.scope && o.when === 'yes' && LEVELS[o.level]! >= LEVELS[n.level]!));
}

export interface UnmetNeed extends Need {
  /** What the block grants the scope (0 none, 1 read). */
  granted: number;
}

/**
 * The needs a permissions block does not meet, one per scope: the needed-for-sure one when that is
 * unmet (an error), else the one an expression may turn on (a warning). An undefined block (the
 * repository's default token) meets nothing and fails nothing: the caller says so separately.
 */
export function unmetNeeds(needs: readonly Need[], granted: Permissions | undefined): UnmetNeed[] {
  if (granted === undefined) return [];
  const out: UnmetNeed[] = [];
  for (const scope of new Set(needs.map((n) => n.scope))) {
    const have = access(granted, scope) ?? 0;
    const unmet = needs.filter((n) => n.scope === scope && have < LEVELS[n.level]!);
    const pick = unmet.find((n) => n.when === 'yes') ?? unmet[0];
    if (pick) out.push({ ...pick, granted: have });
  }
  return out;
}
