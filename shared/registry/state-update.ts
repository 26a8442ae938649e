/**
 * Reading and changing a model's registry state through the StateStore's compare-and-swap.
 *
 * A change is a function of the current state (re-applied from scratch after every lost race, so a
 * concurrent change is never overwritten). After a lost race we wait a random time with capped
 * exponential growth ("full jitter", AWS Architecture Blog, "Exponential Backoff And Jitter",
 * 2015) so contenders spread out instead of colliding again in lockstep.
 */
import { InputError } from '../runtime/errors.js';
import type { StateStore } from '../ports/registry-stores.js';
import { ConflictError } from './errors.js';
import { isRepairNote } from '../runtime/jsonl-append.js';
import { auditEntrySchema, emptyState, registryStateSchema, type AuditEntry, type RegistryState } from '../formats/state-format.js';

export interface RetryPolicy {
  /** Tries in all (default 20). */
  attempts: number;
  /** First backoff ceiling in ms (default 25); doubles per lost race up to maxDelayMs (default 1000). */
  baseDelayMs: number;
  maxDelayMs: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 20, baseDelayMs: 25, maxDelayMs: 1000 };

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function checkState(model: string, value: unknown): RegistryState {
  const parsed = registryStateSchema.safeParse(value);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new InputError(`registry state of model "${model}" is not valid ${registryStateSchema.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
      hint: 'the state document was edited by hand or by a newer version; restore it from the audit log or history',
    });
  }
  if (parsed.data.model !== model) throw new InputError(`registry state for "${model}" names model "${parsed.data.model}"`, { hint: 'the state document was copied from another model' });
  return parsed.data;
}

/** The model's state, or undefined when nothing was ever recorded for it. */
export async function readState(store: StateStore, model: string): Promise<{ state: RegistryState; revision?: string } | undefined> {
  let doc: Awaited<ReturnType<StateStore['read']>>;
  try {
    doc = await store.read(model);
  } catch (e) {
    // A state file cut short or overwritten by hand is bad input, not a bug in the store.
    if (!(e instanceof SyntaxError)) throw e;
    throw new InputError(`registry state of model "${model}" is not JSON: ${e.message.split('\n')[0]}`, {
      hint: 'the state document was cut short or edited by hand; restore it from version control or rebuild it from the audit log',
      cause: e,
    });
  }
  if (!doc) return undefined;
  return { state: checkState(model, doc.value), revision: doc.revision };
}

/** The model's audit log, oldest first. */
export async function readAudit(store: StateStore, model: string): Promise<AuditEntry[]> {
  const lines = await store.audit(model);
  const entries: AuditEntry[] = [];
  lines.forEach((line, i) => {
    // Notes of a cut torn line (shared/runtime/jsonl-append.ts) are not entries.
    if (isRepairNote(line)) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new InputError(`audit log of model "${model}", line ${i + 1}, is not JSON`, {
        hint: i === lines.length - 1
          ? 'the last line is cut short (the log was truncated or a write died): the next publish or promote cuts it and keeps its bytes in a repair note'
          : 'the log was edited by hand; restore it from a backup or the registry branch history',
      });
    }
    const parsed = auditEntrySchema.safeParse(json);
    if (!parsed.success) throw new InputError(`audit log of model "${model}", line ${i + 1}: ${parsed.error.issues[0]!.message}`);
    entries.push(parsed.data);
  });
  return entries;
}

/** What a change produces: the new state and the audit entries to append; `undefined` = nothing to change. */
export type StateChange<R> = (current: RegistryState | undefined) => { state: RegistryState; audit: AuditEntry[]; result: R } | { unchanged: R };

/**
 * Applies `change` with compare-and-swap: read, apply, write only if nobody wrote in between; on a
 * lost race read again and re-apply. Throws ConflictError after `policy.attempts` lost races.
 */
export async function updateState<R>(store: StateStore, model: string, change: StateChange<R>, message: string, policy: Partial<RetryPolicy> = {}): Promise<{ result: R; changed: boolean; attempts: number }> {
  const p = { ...DEFAULT_RETRY, ...policy };
  const random = p.random ?? Math.random;
  const sleep = p.sleep ?? sleepMs;
  for (let attempt = 1; attempt <= p.attempts; attempt++) {
    const current = await readState(store, model);
    const outcome = change(current ? structuredClone(current.state) : undefined);
    if ('unchanged' in outcome) return { result: outcome.unchanged, changed: false, attempts: attempt };
    const value = registryStateSchema.parse(outcome.state);
    const lines = outcome.audit.map((e) => JSON.stringify(auditEntrySchema.parse(e)));
    if (await store.write(model, value, lines, current?.revision, message)) return { result: outcome.result, changed: true, attempts: attempt };
    if (attempt < p.attempts) await sleep(random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1)));
  }
  throw new ConflictError(`registry state of model "${model}" kept changing under us: gave up after ${p.attempts} attempts`, {
    hint: 'other publishes or promotions of this model are running at the same moment; run this one again',
  });
}

export { emptyState };
