/**
 * GitHub Actions workflow files as `mlops doctor` and the metadata tests read them: the few parts
 * we check (jobs, steps, uses/with/secrets/env, permissions, environment, triggers), parsed with
 * their positions so every problem is reported at file:line:column.
 */
import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { childPair, rangeStart } from '../runtime/yaml-source.js';
import type { SourceLocation } from '../runtime/errors.js';

export type Permissions = Record<string, string> | 'read-all' | 'write-all';
export type WorkflowInput = { description?: string; required?: boolean; default?: unknown; type?: string; options?: unknown[] };
export type WorkflowStep = { id?: string; name?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
export type WorkflowJob = {
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  steps?: WorkflowStep[];
  outputs?: Record<string, string>;
  permissions?: Permissions;
  environment?: string | { name?: string; url?: string };
  env?: Record<string, unknown>;
  strategy?: { matrix?: Record<string, unknown> | string };
};
export type WorkflowCall = {
  inputs?: Record<string, WorkflowInput>;
  outputs?: Record<string, { value?: string }>;
  secrets?: Record<string, { description?: string; required?: boolean }>;
};
export type Workflow = {
  name?: string;
  permissions?: Permissions;
  env?: Record<string, unknown>;
  on?: { workflow_call?: WorkflowCall | null; workflow_dispatch?: { inputs?: Record<string, WorkflowInput> } | null; [event: string]: unknown } | string | string[];
  jobs?: Record<string, WorkflowJob>;
};

export type KeyPath = ReadonlyArray<string | number>;

/** `on.workflow_call` of a reusable workflow, or undefined. */
export function workflowCallOf(wf: Workflow | undefined): WorkflowCall | undefined {
  const on = wf?.on;
  if (typeof on === 'string') return on === 'workflow_call' ? {} : undefined;
  if (Array.isArray(on)) return on.includes('workflow_call') ? {} : undefined;
  if (on && typeof on === 'object' && 'workflow_call' in on) return on.workflow_call ?? {};
  return undefined;
}

/** The events a workflow runs on. */
export function eventsOf(wf: Workflow): string[] {
  const on = wf.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

/** A value that is one whole `${{ ... }}` expression. */
export const isExpression = (v: unknown): boolean => typeof v === 'string' && /^\s*\$\{\{[\s\S]*\}\}\s*$/.test(v);

/** Every string anywhere in a value (for scanning a job for `steps.X.outputs.Y`). */
export const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

/** One string value in the file, where it starts, and the line each of its own lines is on. */
export interface ScalarAt {
  value: string;
  path: KeyPath;
  location: SourceLocation;
  /** The source line of character `index` of the value (block scalars span several lines). */
  lineOf(index: number): number;
}

/** A parsed workflow that can say where a key path is. */
export class WorkflowSource {
  private constructor(
    readonly file: string,
    readonly workflow: Workflow,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /**
   * Parses workflow YAML; `file` (relative to the repository) names it in locations. A syntax error
   * is returned as `{ error }` at its place rather than thrown, so one broken file is one problem.
   */
  static parse(text: string, file: string): WorkflowSource | { error: { what: string; location: SourceLocation } } {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      const { line, col } = lines.linePos(err.pos[0]);
      return { error: { what: `invalid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, location: { file, line, column: col } } };
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      return { error: { what: `cannot read the YAML: ${(e as Error).message}`, location: { file } } };
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { error: { what: 'not a workflow: the file is not a mapping with on: and jobs:', location: { file, line: 1, column: 1 } } };
    }
    return new WorkflowSource(file, data as Workflow, doc, lines);
  }

  /** Where the key at `path` is written (its closest existing ancestor when it is not). */
  locate(path: KeyPath): SourceLocation {
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const seg of path) {
      const next = childPair(node, seg);
      if (!next) break;
      node = next.value;
      offset = rangeStart(next.key) ?? rangeStart(next.value) ?? offset;
    }
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  /** Every string scalar of the file with its key path and place (comments are not scalars). */
  scalars(): ScalarAt[] {
    const out: ScalarAt[] = [];
    visit(this.doc, {
      Scalar: (key, node, ancestors) => {
        if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
        const chain: unknown[] = [...ancestors.slice(1), node];
        const path: Array<string | number> = [];
        for (let i = 0; i < chain.length - 1; i++) {
          const a = chain[i];
          if (isPair(a)) path.push(isScalar(a.key) ? String(a.key.value) : String(a.key));
          else if (isSeq(a)) path.push(a.items.indexOf(chain[i + 1] as never));
        }
        const start = this.lines.linePos(node.range[0]);
        const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
        const value = node.value;
        out.push({
          value,
          path,
          location: { file: this.file, line: start.line, column: start.col },
          // A block scalar's text starts on the line after its `|` or `>` indicator.
          lineOf: (index) => (block ? start.line + 1 + countNewlines(value, index) : start.line),
        });
      },
    });
    return out;
  }
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end && i < s.length; i++) if (s[i] === '\n') n++;
  return n;
}

