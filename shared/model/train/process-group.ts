/**
 * Stopping the training command with everything it started. The command runs in its own process
 * group (spawned detached on POSIX), so one signal reaches the shell, the interpreter and the
 * data-loader workers alike; a signal to the command's pid alone leaves its children running, and
 * one of them rewrote out/model.bin after mlops had exited (issue 13, item 5).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** The command's process group exists only on POSIX; on Windows the child is signalled alone. */
export const OWN_PROCESS_GROUP = process.platform !== 'win32';

/** Sends `signal` to the child's whole process group (its pid is the group id); quiet if it is gone. */
export function signalCommandGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  if (!OWN_PROCESS_GROUP) {
    child.kill(signal);
    return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

/**
 * Whether any live process is left in group `pgid`. A zombie counts as gone: in a container whose
 * PID 1 does not reap orphans (this happens: a plain `node` or a custom init as PID 1), orphaned
 * members stay zombies forever, and kill(-pgid, 0) keeps succeeding on them.
 */
export function processGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  return liveMembersOnLinux(pgid) > 0;
}

/** Counts group members that are not zombies, from /proc/<pid>/stat (proc(5): state, ppid, pgrp after the comm). */
function liveMembersOnLinux(pgid: number): number {
  let live = 0;
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return 1; // no /proc to look in: trust kill(2), and let the caller's deadline bound the wait
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'latin1');
    } catch {
      continue; // exited while we looked
    }
    // The comm field is in parentheses and may itself hold spaces and parentheses: split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') live++;
  }
  return live;
}
