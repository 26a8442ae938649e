/**
 * Temp files do not outlive an interrupted run (issue 13, item 11): on SIGINT/SIGTERM the paths a
 * step registered are removed and the signal is raised again (the shell sees 130/143); what a
 * SIGKILL left is swept by the next run once its writer is proven gone (its pid dead on this host,
 * or, with no such proof, older than an hour and its pid not running here), and nothing else is
 * touched: fresh entries of unknown writers, a live writer's, other names, links.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostTag, sweepStaleTemps } from '../../shared/runtime/stale-temps.js';
import { tempDir, workspace } from '../registry/fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const HOUR = 60 * 60 * 1000;
const deadPid = () => spawnSync('true').pid!;

/** `dir`'s entries, each folder with its files, so that a failure shows what was left. */
const listing = (dir: string) => readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/ [${readdirSync(join(dir, e.name)).join(', ')}]` : e.name));

function backdate(path: string, ms = 2 * HOUR): void {
  const t = new Date(Date.now() - ms);
  utimesSync(path, t, t);
}

/** Starts `args`, waits until `ready()` is true (polled), sends `signal`, and returns how it ended. */
function interrupt(args: string[], signal: NodeJS.Signals, ready: (stdout: string) => boolean, env = process.env) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (!sent && ready(stdout)) {
        sent = true;
        child.kill(signal);
      }
    }, 5);
    child.on('error', fail);
    child.on('close', (code, sig) => {
      clearInterval(poll);
      done({ code, signal: sig, stdout, stderr });
    });
  });
}

describe('sweepStaleTemps', () => {
  it('removes only stale entries with our prefix whose writer is gone', async () => {
    const dir = await tempDir('mlops-sweep-');
    const dead = deadPid();
    const make = (name: string, age?: number) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'part'), 'x');
      if (age !== undefined) {
        backdate(join(dir, name, 'part'), age);
        backdate(join(dir, name), age);
      }
    };
    make(`mlops-publish-${dead}-old`, 2 * HOUR);
    make(`mlops-publish-${dead}-fresh`);
    make(`mlops-publish-${process.pid}-live`, 2 * HOUR);
    make('someone-elses-old', 2 * HOUR);
    symlinkSync('/', join(dir, `mlops-publish-${dead}-link`));
    const removed = await sweepStaleTemps(dir, { match: (n) => n.startsWith('mlops-publish-'), pidOf: (n) => Number(n.split('-')[2]) });
    expect(removed).toEqual([join(dir, `mlops-publish-${dead}-old`)]);
    expect(readdirSync(dir).sort()).toEqual([`mlops-publish-${dead}-fresh`, `mlops-publish-${dead}-link`, `mlops-publish-${process.pid}-live`, 'someone-elses-old'].sort());
  });
});

describe('an interrupted run', () => {
  it('removes its registered temps on SIGINT and SIGTERM and ends by that signal; the run cache sweeps stale entries on start', async () => {
    const script = join(root, 'test/faults/fixtures/hold-temps.ts');
    const run = async (signal: NodeJS.Signals, mode: string) => {
      const dir = await tempDir('mlops-interrupt-');
      const cache = join(dir, 'cache');
      mkdirSync(cache);
      const dead = deadPid();
      mkdirSync(join(cache, `.tmp-stale-${dead}-0badf00d`));
      backdate(join(cache, `.tmp-stale-${dead}-0badf00d`));
      mkdirSync(join(cache, `.tmp-fresh-${dead}-0badf00d`));
      mkdirSync(join(cache, 'entry-key'));
      const r = await interrupt(['--import', 'tsx', script, dir, mode], signal, (out) => out.includes('ready'));
      return { r, dir, cache, entries: readdirSync(cache).sort() };
    };
    const [int, term, other] = await Promise.all([run('SIGINT', 'alone'), run('SIGTERM', 'alone'), run('SIGINT', 'with-listener')]);
    expect(int.r.signal, int.r.stderr).toBe('SIGINT');
    expect(term.r.signal, term.r.stderr).toBe('SIGTERM');
    for (const x of [int, term, other]) {
      expect(existsSync(join(x.dir, 'work'))).toBe(false);
      // This run's entry and the stale one are gone; a fresh one (maybe a live writer elsewhere) and real entries stay.
      expect(x.entries.filter((n) => !n.startsWith('.tmp-fresh-'))).toEqual(['entry-key']);
      expect(x.entries.filter((n) => n.startsWith('.tmp-fresh-'))).toHaveLength(1);
    }
    expect(other.r.code).toBe(130);
    expect(other.r.stdout).toContain('cleaned before the other listener');
  }, 30_000);

  it('mlops train sweeps on start the run cache\'s temp entries whose writer is gone, and keeps a live or unproven one', async () => {
    const dir = await tempDir('mlops-train-sweep-');
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    const dead = deadPid();
    mkdirSync(join(cache, `.tmp-stale-${dead}-0badf00d`));
    backdate(join(cache, `.tmp-stale-${dead}-0badf00d`));
    mkdirSync(join(cache, `.tmp-fresh-${dead}-0badf00d`));
    // Tagged with this host: a dead writer's entry goes at once, a live one's (this test's) stays.
    mkdirSync(join(cache, `.tmp-dead-${dead}-${hostTag()}-0badf00d`));
    mkdirSync(join(cache, `.tmp-live-${process.pid}-${hostTag()}-0badf00d`));
    backdate(join(cache, `.tmp-live-${process.pid}-${hostTag()}-0badf00d`));
    const r = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), 'train', '--model', 'sweep', '--cache-dir', cache, '--outputs', 'out.txt', '--', process.execPath, '-e', "require('fs').writeFileSync('out.txt', 'x')"], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const entries = readdirSync(cache);
    expect(entries).not.toContain(`.tmp-stale-${dead}-0badf00d`);
    expect(entries).toContain(`.tmp-fresh-${dead}-0badf00d`);
    expect(entries).not.toContain(`.tmp-dead-${dead}-${hostTag()}-0badf00d`);
    expect(entries).toContain(`.tmp-live-${process.pid}-${hostTag()}-0badf00d`);
    expect(entries.filter((n) => !n.startsWith('.'))).toHaveLength(1);
  });

  it('publish: SIGINT mid-archive leaves no work folder, and a SIGKILLed run\'s folder is swept by the next publish', async () => {
    const cli = join(root, 'dist/cli/index.js');
    const w = await workspace({ 'model.bin': randomBytes(12 * 1024 * 1024).toString('base64') });
    const tmp = join(w.dir, 'tmp');
    mkdirSync(tmp);
    const env = { ...process.env, TMPDIR: tmp, GITHUB_ACTIONS: '', GITHUB_RUN_ID: '' };
    const args = [cli, 'publish', '--model', 'm', '--files', w.files, '--evaluation', w.evaluation, '--registry', w.registry];
    const working = () => readdirSync(tmp).some((n) => n.startsWith('mlops-publish-'));
    const r = await interrupt(args, 'SIGINT', working, env);
    expect(r.signal, `publish ended ${r.code} before the signal: ${r.stderr}`).toBe('SIGINT');
    expect(listing(tmp), 'left after SIGINT').toEqual([]);
    expect(existsSync(join(w.registry, 'state/m.json'))).toBe(false);

    const killed = await interrupt(args, 'SIGKILL', working, env);
    expect(killed.signal).toBe('SIGKILL');
    const left = readdirSync(tmp);
    expect(left).toHaveLength(1);
    for (const f of readdirSync(join(tmp, left[0]!))) backdate(join(tmp, left[0]!, f));
    backdate(join(tmp, left[0]!));
    const next = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
    expect(next.status, next.stderr).toBe(0);
    expect(listing(tmp), 'left after the next publish').toEqual([]);
  }, 60_000);
});
