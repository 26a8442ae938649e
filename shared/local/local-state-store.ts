/**
 * The local StateStore: registry state in `<registry>/state/` (default `.mlops/registry/state/`).
 *
 *   <model>.json          the state document (its revision is the SHA-256 of the file's bytes)
 *   <model>.audit.jsonl   the append-only audit log (a torn last line is cut and noted before
 *                         appending: shared/runtime/jsonl-append.ts)
 *   <model>.lock          held while a write is checked and applied (created with O_EXCL)
 *   <model>.pending       redo journal of a write being applied
 *
 * Compare-and-swap across processes: a writer takes the lock (open with O_CREAT|O_EXCL, which is
 * atomic on local file systems), checks that the document is still at the expected revision, and
 * only then writes. The document and the audit lines change together through a redo journal: the
 * write commits when `<model>.pending` (new document, audit lines, the log's length before) has been
 * renamed into place; it is then applied (log truncated to that length and appended, document
 * renamed into place) and removed. A crash in between is rolled forward by the next writer, and
 * readers already see the committed value, so nobody sees the document without its audit lines.
 * A lock older than `staleLockMs` (its holder crashed), or one whose holder on this host no
 * longer runs, is broken.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, readdir, rename, rm, stat, truncate } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../runtime/atomic-write.js';
import { repairNoteLine, tornTailOfFile } from '../runtime/jsonl-append.js';
import { processIsAlive } from '../runtime/stale-temps.js';
import type { StateStore, Versioned } from '../ports/registry-stores.js';
import { ConflictError } from '../registry/errors.js';
import { validateModelName } from '../registry/tag.js';

interface Pending {
  value: unknown;
  auditLines: string[];
  /** Length in bytes of the audit log before this write. */
  auditSize: number;
  message: string;
}

export interface LocalStateStoreOptions {
  /** Give up waiting for the lock after this long (default 30 s). */
  lockTimeoutMs?: number;
  /** A lock file older than this is left from a crash and is broken (default 60 s). */
  staleLockMs?: number;
}

const serialize = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** True when the lock token was written on this host by a process that no longer runs (SIGKILL, a crash). */
function holderIsGone(token: string | undefined): boolean {
  const [host, pid] = (token ?? '').split(' ');
  // A lock just created may not have its token yet; one from another host is judged by age only.
  return host === hostname() && /^\d+$/.test(pid ?? '') && !processIsAlive(Number(pid));
}

export class LocalStateStore implements StateStore {
  readonly dir: string;
  private readonly lockTimeoutMs: number;
  private readonly staleLockMs: number;

  /** `registry` is the registry folder; state lives in its `state/` subfolder. */
  constructor(registry: string, options: LocalStateStoreOptions = {}) {
    this.dir = join(registry, 'state');
    this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
    this.staleLockMs = options.staleLockMs ?? 60_000;
  }

  private path(model: string, ext: string): string {
    return join(this.dir, `${validateModelName(model)}${ext}`);
  }

  private async pending(model: string): Promise<Pending | undefined> {
    const text = await readOptional(this.path(model, '.pending'));
    return text === undefined ? undefined : (JSON.parse(text) as Pending);
  }

  async read(model: string): Promise<Versioned<unknown> | undefined> {
    const pending = await this.pending(model);
    // A committed write not yet applied: its value is the current one.
    const text = pending ? serialize(pending.value) : await readOptional(this.path(model, '.json'));
    if (text === undefined) return undefined;
    return { value: JSON.parse(text) as unknown, revision: sha256(text) };
  }

  async audit(model: string): Promise<string[]> {
    const pending = await this.pending(model);
    let text = (await readOptional(this.path(model, '.audit.jsonl'))) ?? '';
    if (pending) text = Buffer.from(text).subarray(0, pending.auditSize).toString('utf8') + pending.auditLines.map((l) => `${l}\n`).join('');
    return text.split('\n').filter((l) => l.trim() !== '');
  }

  async models(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const out = new Set<string>();
    for (const n of names) {
      const m = /^([a-z][a-z0-9-]*)\.(json|pending)$/.exec(n);
      if (m) out.add(m[1]!);
    }
    return [...out].sort();
  }

  async write(model: string, value: unknown, auditLines: string[], expectedRevision: string | undefined, message: string): Promise<boolean> {
    for (const line of auditLines) if (line.includes('\n')) throw new Error('audit lines must be single-line JSON');
    await mkdir(this.dir, { recursive: true });
    const unlock = await this.lock(model);
    try {
      await this.rollForward(model);
      const current = await this.read(model);
      if (current?.revision !== expectedRevision) return false;
      const log = this.path(model, '.audit.jsonl');
      // A partial last line (the log was truncated or a foreign writer died) is cut, and a note
      // keeping its bytes goes in first, inside the same journal: never append to a partial line.
      const torn = await tornTailOfFile(log);
      const auditSize = torn ? torn.keep : await stat(log).then((s) => s.size, () => 0);
      const lines = torn ? [repairNoteLine(torn, new Date()), ...auditLines] : auditLines;
      const pending: Pending = { value, auditLines: lines, auditSize, message };
      await writeFileAtomic(this.path(model, '.pending'), JSON.stringify(pending));
      await this.rollForward(model);
      return true;
    } finally {
      await unlock();
    }
  }

  /** Applies a committed write (idempotent: the log is cut back to its length before the write first). */
  private async rollForward(model: string): Promise<void> {
    const pending = await this.pending(model);
    if (!pending) return;
    const log = this.path(model, '.audit.jsonl');
    const size = await stat(log).then((s) => s.size, () => 0);
    if (size > pending.auditSize) await truncate(log, pending.auditSize);
    const fh = await open(log, 'a');
    try {
      await fh.writeFile(pending.auditLines.map((l) => `${l}\n`).join(''));
      await fh.sync();
    } finally {
      await fh.close();
    }
    await writeFileAtomic(this.path(model, '.json'), serialize(pending.value));
    await rm(this.path(model, '.pending'), { force: true });
  }

  private async lock(model: string): Promise<() => Promise<void>> {
    const path = this.path(model, '.lock');
    // Host and pid let the next writer on this host break the lock of a killed holder at once.
    const token = `${hostname()} ${process.pid} ${randomBytes(8).toString('hex')}`;
    const start = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        const fh = await open(path, 'wx');
        try {
          await fh.writeFile(token);
        } finally {
          await fh.close();
        }
        return async () => {
          // Only remove our own lock (a stale-lock breaker may have replaced it).
          if ((await readOptional(path)) === token) await rm(path, { force: true });
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
      const judged = await readOptional(path);
      if (age > this.staleLockMs || holderIsGone(judged)) {
        // Rename first so that two breakers cannot both remove a fresh lock; a lock that changed
        // since we judged it (another breaker already took over) is put back.
        const aside = `${path}.stale-${randomBytes(6).toString('hex')}`;
        if (await rename(path, aside).then(() => true, () => false)) {
          if ((await readOptional(aside)) !== judged) await link(aside, path).catch(() => undefined);
          await rm(aside, { force: true });
        }
        continue;
      }
      if (Date.now() - start > this.lockTimeoutMs) {
        throw new ConflictError(`registry state of model "${model}" stayed locked for ${Math.round(this.lockTimeoutMs / 1000)} s`, {
          location: { file: path },
          hint: 'another mlops command is writing it; if none is running, delete the lock file',
        });
      }
      await sleep(2 + Math.random() * Math.min(50, 2 ** attempt));
    }
  }
}
