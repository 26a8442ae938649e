/**
 * Appending to a JSON Lines file whose last line may be torn (a writer killed mid-line, a disk
 * that filled, a file truncated by hand). Appending after a partial line glues the next entry to
 * it and both are lost to every reader. So before appending we look at the tail: when the file
 * does not end in a newline, the partial line is cut and a repair note is appended first, which
 * keeps the cut bytes (base64: they may not even be UTF-8) and says where and when they were cut.
 * Readers skip repair notes (isRepairNote) when they read entries.
 *
 * Every JSONL we append to goes through here: the local registry's audit log (inside its redo
 * journal, shared/local/local-state-store.ts), the registry branch's audit log on GitHub
 * (shared/github/github-state-store.ts), and plain files (appendJsonLines).
 */
import { open } from 'node:fs/promises';

export const JSONL_REPAIR_SCHEMA = 'mlops-actions/jsonl-repair@1';

/** A partial last line: the file's first `keep` bytes are whole lines, `cut` is the rest. */
export interface TornTail {
  keep: number;
  cut: Buffer;
}

/** The torn tail of JSON Lines `content`, or undefined when it ends in a newline (or is empty). */
export function tornTailOf(content: Buffer): TornTail | undefined {
  if (content.length === 0 || content[content.length - 1] === 0x0a) return undefined;
  const keep = content.lastIndexOf(0x0a) + 1;
  return { keep, cut: Buffer.from(content.subarray(keep)) };
}

/** The line recording a cut: what was cut (base64), how many bytes, from which byte offset, when. */
export function repairNoteLine(torn: TornTail, at: Date): string {
  return JSON.stringify({
    schema: JSONL_REPAIR_SCHEMA,
    at: at.toISOString(),
    note: `a partial last line (${torn.cut.length} bytes from byte ${torn.keep}, no newline) was cut before appending; its bytes are kept here`,
    offset: torn.keep,
    bytes: torn.cut.length,
    cut_base64: torn.cut.toString('base64'),
  });
}

/** True for a line repairNoteLine wrote (readers skip it when reading entries). */
export function isRepairNote(line: string): boolean {
  if (!line.includes(JSONL_REPAIR_SCHEMA)) return false;
  try {
    return (JSON.parse(line) as { schema?: unknown }).schema === JSONL_REPAIR_SCHEMA;
  } catch {
    return false;
  }
}

/** What to append after `content`: keep its first `keep` bytes, then `lines` (a repair note first when the tail was torn). */
export function appendPlanOf(content: Buffer, lines: readonly string[], now: Date = new Date()): { keep: number; lines: string[]; torn?: TornTail } {
  for (const line of lines) if (line.includes('\n')) throw new Error('JSON Lines entries must be single-line');
  const torn = tornTailOf(content);
  if (!torn) return { keep: content.length, lines: [...lines] };
  return { keep: torn.keep, lines: [repairNoteLine(torn, now), ...lines], torn };
}

/** `previous` text with `lines` appended (a torn tail cut and noted first): for stores that rewrite the whole file. */
export function appendedJsonlText(previous: string, lines: readonly string[], now: Date = new Date()): string {
  const bytes = Buffer.from(previous, 'utf8');
  const plan = appendPlanOf(bytes, lines, now);
  return bytes.subarray(0, plan.keep).toString('utf8') + plan.lines.map((l) => `${l}\n`).join('');
}

const TAIL_CHUNK = 64 * 1024;

/** The torn tail of the JSON Lines file at `path` (read backwards from the end), or undefined. */
export async function tornTailOfFile(path: string): Promise<TornTail | undefined> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const size = (await fh.stat()).size;
    const chunks: Buffer[] = [];
    for (let end = size; end > 0; ) {
      const start = Math.max(0, end - TAIL_CHUNK);
      const buf = Buffer.alloc(end - start);
      await fh.read(buf, 0, buf.length, start);
      if (end === size && buf[buf.length - 1] === 0x0a) return undefined;
      chunks.unshift(buf);
      const nl = buf.lastIndexOf(0x0a);
      if (nl >= 0) {
        const tail = Buffer.concat(chunks).subarray(nl + 1);
        return { keep: start + nl + 1, cut: Buffer.from(tail) };
      }
      end = start;
    }
    return size === 0 ? undefined : { keep: 0, cut: Buffer.concat(chunks) };
  } finally {
    await fh.close();
  }
}

/**
 * Appends `lines` to the JSON Lines file at `path` (created if missing), cutting and noting a torn
 * tail first. For files with a single writer at a time (the caller holds the lock).
 */
export async function appendJsonLines(path: string, lines: readonly string[], now: Date = new Date()): Promise<{ torn?: TornTail }> {
  const torn = await tornTailOfFile(path);
  const all = torn ? [repairNoteLine(torn, now), ...lines] : [...lines];
  for (const line of all) if (line.includes('\n')) throw new Error('JSON Lines entries must be single-line');
  const fh = await open(path, torn ? 'r+' : 'a');
  try {
    if (torn) {
      await fh.truncate(torn.keep);
      await fh.write(all.map((l) => `${l}\n`).join(''), torn.keep);
    } else {
      await fh.appendFile(all.map((l) => `${l}\n`).join(''));
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  return torn ? { torn } : {};
}
