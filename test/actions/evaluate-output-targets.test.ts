/**
 * The evaluate bundle never replaces what is at `out` (issue 13, item 1; the runner-face twin of
 * test/runtime/output-targets.test.ts): a link is written through, a FIFO in place, a folder
 * refused with exit 2 and one annotation. (The report's own /dev/full case runs in-process there:
 * a stale bundle run as root would replace the device node.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/run-action.js';

const metrics = { 'metrics.json': JSON.stringify({ accuracy: 0.9 }) };

describe('evaluate action: out is a link, a FIFO or a folder', () => {
  it('writes through a link and into a FIFO, and refuses a folder', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'mlops-eval-out-'));
    mkdirSync(join(ws, 'real'));
    symlinkSync('real/eval.json', join(ws, 'link.json'));
    const linked = await runAction('evaluate', { workspace: ws, files: metrics, inputs: { import: 'metrics.json', out: 'link.json' } });
    expect(linked.exitCode, linked.stdout).toBe(0);
    expect(lstatSync(join(ws, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(ws, 'real/eval.json'), 'utf8')).schema).toBe('mlops-actions/evaluation@1');

    const fifoWs = await mkdtemp(join(tmpdir(), 'mlops-eval-fifo-'));
    if (spawnSync('mkfifo', [join(fifoWs, 'out.json')]).status === 0) {
      const reader = spawn('cat', [join(fifoWs, 'out.json')]);
      let got = '';
      reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
      const closed = new Promise((r) => reader.on('close', r));
      const piped = await runAction('evaluate', { workspace: fifoWs, files: metrics, inputs: { import: 'metrics.json', out: 'out.json' } });
      await closed;
      expect(piped.exitCode, piped.stdout).toBe(0);
      expect(JSON.parse(got).metrics.accuracy.value).toBe(0.9);
      expect(lstatSync(join(fifoWs, 'out.json')).isFIFO()).toBe(true);
    } else console.log('skipped the FIFO case: mkfifo is not available');

    const folderWs = await mkdtemp(join(tmpdir(), 'mlops-eval-dir-'));
    mkdirSync(join(folderWs, 'out.json'));
    const refused = await runAction('evaluate', { workspace: folderWs, files: metrics, inputs: { import: 'metrics.json', out: 'out.json' } });
    expect(refused.exitCode).toBe(2);
    expect(refused.annotations.map((a) => a.message).join('\n')).toMatch(/cannot write out\.json: it is a folder/);
    expect(refused.stdout).not.toMatch(/\n\s+at /);
  }, 60_000);
});
