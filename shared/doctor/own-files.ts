/**
 * Our own actions' metadata and reusable workflows, read from the mlops-actions package (or this
 * repository in tests), to check a workflow's calls of them: the inputs they declare, their
 * defaults, and the permissions their jobs ask for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Workflow } from './workflow.js';

export type ActionInput = { description?: string; required?: boolean; default?: unknown };
export type ActionMeta = { inputs?: Record<string, ActionInput>; outputs?: Record<string, unknown> };

export interface OwnFiles {
  /** Our action's metadata by step name (`compare`), or undefined when there is no such action. */
  action(step: string): ActionMeta | undefined;
  /** Our reusable workflow by its path (`.github/workflows/mlops-release.yml`), or undefined. */
  workflow(path: string): Workflow | undefined;
}

/** Readers over the package (or repository) at `root`; each file is read once. */
export function ownFilesAt(root: string): OwnFiles {
  const cache = new Map<string, unknown>();
  const read = (rel: string): unknown => {
    if (!cache.has(rel)) {
      const file = join(root, rel);
      cache.set(rel, existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined);
    }
    return cache.get(rel);
  };
  return {
    // A step name is one path segment: `../x` is never ours.
    action: (step) => (/^[a-z][a-z0-9-]*$/.test(step) ? (read(`actions/${step}/action.yml`) as ActionMeta | undefined) : undefined),
    workflow: (path) => (/^\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml$/.test(path) ? (read(path) as Workflow | undefined) : undefined),
  };
}
