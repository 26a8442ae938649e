/**
 * What a SIGKILLed writer leaves beside an output (issue 13, item 11): the temp file of an atomic
 * write. The next write of the same output removes it when its writer is proven gone (the pid in
 * the name is not running on this host: the name's host tag is ours), or, without that proof (an
 * older name, another host or container), once it is over an hour old. A live writer's temp, the
 * temps of other outputs and anything not named like ours stay.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputTempPath, sweepOutputTemps, writeFileAtomic } from '../../shared/runtime/atomic-write.js';
import { hostTag, sweepStaleTemps } from '../../shared/runtime/stale-temps.js';
import { tempDir } from '../registry/fixtures.js';

const HOUR = 60 * 60 * 1000;
const deadPid = () => spawnSync('true').pid!;

function leave(dir: string, name: string, ageMs = 0): string {
  writeFileSync(join(dir, name), 'half a file');
  if (ageMs > 0) {
    const t = new Date(Date.now() - ageMs);
    utimesSync(join(dir, name), t, t);
  }
  return name;
}

describe('the next write of an output sweeps what a killed writer left beside it', () => {
  it('removes a dead writer\'s temp of this output at once, and keeps a live writer\'s and other outputs\'', async () => {
    const dir = await tempDir('mlops-output-temps-');
    const dead = deadPid();
    const other = 'ab12cd34' === hostTag() ? 'ab12cd35' : 'ab12cd34';
    const dead1 = leave(dir, `.profile.json.${dead}.${hostTag()}.0123456789ab.tmp`);
    const live = leave(dir, `.profile.json.${process.ppid}.${hostTag()}.0123456789ab.tmp`, 2 * HOUR);
    const elsewhereFresh = leave(dir, `.profile.json.${dead}.${other}.0123456789ab.tmp`);
    const elsewhereOld = leave(dir, `.profile.json.${dead}.${other}.ba9876543210.tmp`, 2 * HOUR);
    // Names written before the host tag (and validate's key files): judged by age, then by pid.
    const untaggedFresh = leave(dir, `.profile.json.${dead}.0123456789ab.tmp`);
    const untaggedOld = leave(dir, `.profile.json.${dead}.ba9876543210.tmp`, 2 * HOUR);
    // Another output whose name starts like this one's, and a user's own dot file.
    const otherOutput = leave(dir, `.profile.json.bak.${dead}.${hostTag()}.0123456789ab.tmp`);
    const users = leave(dir, '.profile.json.notes.tmp', 2 * HOUR);

    await writeFileAtomic(join(dir, 'profile.json'), '{"rows":1}\n');

    expect(await readFile(join(dir, 'profile.json'), 'utf8')).toBe('{"rows":1}\n');
    expect(readdirSync(dir).sort()).toEqual(['profile.json', live, elsewhereFresh, untaggedFresh, otherOutput, users].sort());
    expect(readdirSync(dir)).not.toContain(dead1);
    expect(readdirSync(dir)).not.toContain(elsewhereOld);
    expect(readdirSync(dir)).not.toContain(untaggedOld);
  });

  it('names its own temps so that the sweep can judge them: pid, this host\'s tag', async () => {
    const dir = await tempDir('mlops-output-temps-');
    const path = join(dir, 'report.md');
    const mine = outputTempPath(path);
    expect(mine.startsWith(join(dir, `.report.md.${process.pid}.${hostTag()}.`))).toBe(true);
    writeFileSync(mine, 'being written');
    // This process is alive: its temp is never swept, however old.
    utimesSync(mine, new Date(Date.now() - 2 * HOUR), new Date(Date.now() - 2 * HOUR));
    expect(await sweepOutputTemps(path)).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('sweepStaleTemps with a host tag', () => {
  it('takes a dead pid as proof only when the name carries this host\'s tag', async () => {
    const dir = await tempDir('mlops-sweep-host-');
    const dead = deadPid();
    leave(dir, `x-${dead}-${hostTag()}`);
    leave(dir, `x-${dead}-00000000`);
    const removed = await sweepStaleTemps(dir, {
      match: (n) => n.startsWith('x-'),
      pidOf: (n) => Number(n.split('-')[1]),
      hostOf: (n) => n.split('-')[2],
    });
    expect(removed).toEqual([join(dir, `x-${dead}-${hostTag()}`)]);
    expect(readdirSync(dir)).toEqual([`x-${dead}-00000000`]);
  });
});
