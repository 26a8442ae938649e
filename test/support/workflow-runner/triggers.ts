/**
 * Whether an event starts a workflow: its `on:` names the event, and the event passes the filters
 * our workflows use (pull_request types and branches, push branches and paths, schedule crons,
 * workflow_run workflows/types/branches, workflow_dispatch of that file). Filters we do not model
 * (tags, *-ignore, negated or bracketed patterns) throw.
 */
import { UnsupportedExpression } from './expressions.js';
import type { RunEvent } from './events.js';
import type { LoadedWorkflow } from './workflow-file.js';

/** GitHub's filter patterns: `*` (no `/`), `**` (anything); other special characters are refused. */
export function filterPattern(pattern: string, where: string): RegExp {
  if (/^!|[?+[\]]/.test(pattern)) throw new UnsupportedExpression(`${where}: the filter pattern ${JSON.stringify(pattern)} (only * and ** are supported)`);
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.startsWith('**', i)) { re += '.*'; i++; }
    else if (pattern[i] === '*') re += '[^/]*';
    else re += pattern[i]!.replace(/[.^$|(){}\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const matchesAny = (value: string, patterns: unknown, where: string) => (patterns as string[]).some((p) => filterPattern(String(p), where).test(value));

const KNOWN_FILTERS: Record<string, string[]> = {
  pull_request: ['types', 'branches', 'paths'],
  push: ['branches', 'paths'],
  workflow_run: ['workflows', 'types', 'branches'],
  workflow_dispatch: ['inputs'],
  workflow_call: ['inputs', 'secrets', 'outputs'],
};

export function triggers(wf: LoadedWorkflow, event: RunEvent): boolean {
  const on = wf.spec.on;
  if (!(event.name in on)) return false;
  const where = `${wf.path} on.${event.name}`;
  const filters = (on[event.name] ?? {}) as Record<string, unknown>;
  if (event.name !== 'schedule') {
    for (const k of Object.keys(filters)) if (!KNOWN_FILTERS[event.name]?.includes(k)) throw new UnsupportedExpression(`${where}.${k} is not supported by test/support/workflow-runner`);
  }
  const p = event.payload;
  switch (event.name) {
    case 'pull_request': {
      const types = (filters.types as string[] | undefined) ?? ['opened', 'synchronize', 'reopened'];
      if (!types.includes(p.action)) return false;
      if (filters.branches && !matchesAny(p.pull_request.base.ref, filters.branches, where)) return false;
      return !filters.paths || (event.changedFiles ?? []).some((f) => matchesAny(f, filters.paths, where));
    }
    case 'push': {
      if (!event.ref.startsWith('refs/heads/')) throw new UnsupportedExpression(`${where}: a push of ${event.ref} (only branches are supported)`);
      if (filters.branches && !matchesAny(event.ref.slice('refs/heads/'.length), filters.branches, where)) return false;
      return !filters.paths || (event.changedFiles ?? []).some((f) => matchesAny(f, filters.paths, where));
    }
    case 'schedule':
      return (on.schedule as Array<{ cron: string }>).some((s) => s.cron === p.schedule);
    case 'workflow_dispatch':
      return event.workflow === wf.path;
    case 'workflow_run': {
      if (!(filters.workflows as string[] | undefined)?.includes(p.workflow_run.name)) return false;
      if (!((filters.types as string[] | undefined) ?? ['completed', 'requested']).includes(p.action)) return false;
      return !filters.branches || matchesAny(p.workflow_run.head_branch, filters.branches, where);
    }
    default:
      throw new UnsupportedExpression(`${where}: the event ${event.name} is not supported by test/support/workflow-runner`);
  }
}
