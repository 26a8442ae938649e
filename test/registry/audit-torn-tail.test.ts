/**
 * A torn last line of a JSON Lines log never swallows the next entry (issue 13, item 4): the
 * reproduction (truncate the audit log by 20 bytes, promote, `registry history`) and the helper
 * every JSONL append goes through (shared/runtime/jsonl-append.ts): the partial line is cut, a
 * repair note keeps its bytes, and readers skip the note.
 */
import { spawnSync } from 'node:child_process';
import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { readAudit } from '../../shared/registry/state-update.js';
import { appendJsonLines, appendedJsonlText, isRepairNote, JSONL_REPAIR_SCHEMA, tornTailOfFile } from '../../shared/runtime/jsonl-append.js';
import { localEnv, tempDir, workspace } from './fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const at = new Date('2026-01-02T03:04:05.000Z');

describe('a torn audit log', () => {
  it('is cut and noted by the next promote, and `registry history` reads every entry', async () => {
    const w = await workspace();
    for (const n of [1, 2]) {
      await writeFile(join(w.files, 'model.json'), `{"w":[${n}]}\n`);
      await publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir }, w.ports);
    }
    const log = join(w.registry, 'state/weather.audit.jsonl');
    const whole = await readFile(log);
    await truncate(log, whole.length - 20);
    const cut = whole.subarray(whole.lastIndexOf(0x0a, whole.length - 2) + 1, whole.length - 20);

    // Before any write, the reader says what is wrong and what will fix it.
    await expect(readAudit(w.ports.state, 'weather')).rejects.toThrow(/line 2, is not JSON \(the last line is cut short .* the next publish or promote cuts it/);

    await promoteModel({ model: 'weather', version: '1.0.0', alias: 'staging', env: localEnv, cwd: w.dir }, w.ports);
    const lines = (await readFile(log, 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    const note = JSON.parse(lines[1]!);
    expect(note).toMatchObject({ schema: JSONL_REPAIR_SCHEMA, offset: whole.lastIndexOf(0x0a, whole.length - 2) + 1, bytes: cut.length });
    expect(Buffer.from(note.cut_base64, 'base64')).toEqual(cut);
    expect((await readAudit(w.ports.state, 'weather')).map((e) => `${e.action} ${e.to}`)).toEqual(['publish 1.0.0', 'promote 1.0.0']);

    const r = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), 'registry', 'history', 'weather', '--registry', w.registry], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/promote/);
  });
});

describe('appendJsonLines', () => {
  it('appends after whole lines, and cuts a partial line into a note before appending', async () => {
    const path = join(await tempDir(), 'log.jsonl');
    await appendJsonLines(path, ['{"a":1}'], at);
    expect(await tornTailOfFile(path)).toBeUndefined();
    await writeFile(path, '{"b":', { flag: 'a' });
    expect(await tornTailOfFile(path)).toEqual({ keep: 8, cut: Buffer.from('{"b":') });
    const { torn } = await appendJsonLines(path, ['{"c":3}'], at);
    expect(torn?.cut.toString()).toBe('{"b":');
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('{"a":1}');
    expect(isRepairNote(lines[1]!)).toBe(true);
    expect(JSON.parse(lines[1]!)).toMatchObject({ at: at.toISOString(), offset: 8, bytes: 5, cut_base64: Buffer.from('{"b":').toString('base64') });
    expect(lines.slice(2)).toEqual(['{"c":3}', '']);
  });

  it('finds a torn tail longer than one read chunk, and one in a file without any newline', async () => {
    const path = join(await tempDir(), 'log.jsonl');
    await writeFile(path, `{"a":1}\n${'x'.repeat(200_000)}`);
    expect((await tornTailOfFile(path))?.keep).toBe(8);
    await writeFile(path, 'x'.repeat(70_000));
    expect(await tornTailOfFile(path)).toMatchObject({ keep: 0 });
    await appendJsonLines(path, ['{"c":3}'], at);
    expect((await stat(path)).size).toBeLessThan(100_000 + 200);
  });

  it('rewrites whole-file stores (the registry branch) the same way', () => {
    expect(appendedJsonlText('', ['{"a":1}'], at)).toBe('{"a":1}\n');
    expect(appendedJsonlText('{"a":1}\n', ['{"b":2}'], at)).toBe('{"a":1}\n{"b":2}\n');
    const text = appendedJsonlText('{"a":1}\n{"torn', ['{"b":2}'], at).split('\n');
    expect(text[0]).toBe('{"a":1}');
    expect(isRepairNote(text[1]!)).toBe(true);
    expect(text.slice(2)).toEqual(['{"b":2}', '']);
    expect(isRepairNote('{"schema":"mlops-actions/registry-audit@1"}')).toBe(false);
  });
});
