/**
 * Writing a pack directory atomically. The files are written into a fresh
 * temporary directory beside the target and flushed; then, under a lock, the old
 * pack is moved aside, the new one renamed into place and the old one removed.
 * A run that dies before the swap leaves the previous pack as it was; leftovers of
 * dead runs are cleaned up (and a pack moved aside by a run that died mid-swap is
 * put back) by the next run.
 */
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { makeDirectories, randomHex, UserError } from '@otvet/core';
import { packMessages } from './messages.js';

export interface WriteOptions extends LockOptions {
  /** Called after each file has been written into the temporary directory (tests use it to interrupt a run). */
  afterFile?: (name: string) => void;
}

/** A lock file without a readable owner older than this was left by a process that died while taking it. */
const STALE_EMPTY_LOCK_MS = 5000;
/** How long a run waits for a lock held by a live process (the swap it guards takes milliseconds). */
export const DEFAULT_LOCK_TIMEOUT_MS = 5000;

const pause = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeDurably(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** `.NAME.KIND-PID-…` leftovers of this pack in `dist`. */
function leftovers(dist: string, dirName: string, kind: 'tmp' | 'old'): { path: string; pid: number }[] {
  const prefix = `.${dirName}.${kind}-`;
  return readdirSync(dist)
    .filter((n) => n.startsWith(prefix))
    .map((n) => ({ path: join(dist, n), pid: Number(n.slice(prefix.length).split('-')[0]) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Who holds a lock. A PID alone is not enough: in a container otvet is often PID 1 in every
 * run, so a lock left by a killed run names a PID that is alive again. `start` pins the
 * process: the boot, the PID namespace and the process's start time (clock ticks since
 * boot, /proc/<pid>/stat), or null where there is no /proc.
 */
export interface LockOwner {
  pid: number;
  host: string;
  start: string | null;
  token: string;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** `<boot id>/<pid namespace>` of this machine, or undefined without /proc. */
function machine(): string | undefined {
  const boot = readText('/proc/sys/kernel/random/boot_id');
  let ns: string | undefined;
  try {
    ns = readlinkSync('/proc/self/ns/pid');
  } catch {
    ns = undefined;
  }
  return boot && ns ? `${boot}/${ns}` : undefined;
}

/** The start identity of a process on this machine, or null (no /proc, or no such process). */
export function processStart(pid: number): string | null {
  const where = machine();
  const stat = readText(`/proc/${pid}/stat`);
  if (!where || !stat) return null;
  // Fields after the command name (which may hold spaces and parentheses); starttime is field 22.
  const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  return ticks ? `${where}/${ticks}` : null;
}

function parseOwner(text: string): LockOwner | undefined {
  // Locks of earlier versions hold a PID only.
  if (/^\d+$/.test(text)) return { pid: Number(text), host: hostname(), start: null, token: '' };
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isInteger(o.pid) && typeof o.host === 'string' && typeof o.token === 'string' && (o.start === null || typeof o.start === 'string')) return o as LockOwner;
  } catch {
    // being written, or garbage
  }
  return undefined;
}

/** Whether the owner of a lock is still running: `unknown` when it cannot be told from here. */
export function ownerState(owner: LockOwner): 'alive' | 'dead' | 'unknown' {
  if (owner.host !== hostname()) return 'unknown';
  const mine = processStart(process.pid);
  if (owner.start !== null && mine !== null) {
    const [boot, ns] = owner.start.split('/');
    const [myBoot, myNs] = mine.split('/');
    if (boot !== myBoot) return 'dead'; // the machine has rebooted since
    if (ns !== myNs) return 'unknown'; // another container with the same host name
    return processStart(owner.pid) === owner.start ? 'alive' : 'dead';
  }
  // No start time to compare: a lock naming this very process is from an earlier run that had its PID.
  if (owner.pid === process.pid) return 'dead';
  return alive(owner.pid) ? 'alive' : 'dead';
}

export interface LockOptions {
  /** Give up after this long (default DEFAULT_LOCK_TIMEOUT_MS). */
  timeoutMs?: number;
  /** How a path is shown in messages. */
  show?: (abs: string) => string;
}

/** Move a stale lock out of the way, unless another run did so and took the lock meanwhile. */
function takeOver(lock: string, stale: string, token: string): void {
  const aside = `${lock}.stale-${token}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // gone already
  }
  if (readText(aside) !== stale) {
    // We moved a fresh lock of another run: put it back (fails only if a third run took the lock meanwhile).
    try {
      linkSync(aside, lock);
    } catch {
      // leave the third run's lock
    }
  }
  rmSync(aside, { force: true });
}

function withLock<T>(dist: string, dirName: string, options: LockOptions, action: () => T): T {
  const lock = join(dist, `.${dirName}.lock`);
  const me: LockOwner = { pid: process.pid, host: hostname(), start: processStart(process.pid), token: randomHex(8) };
  const mine = JSON.stringify(me);
  const timeout = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, mine);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = readText(lock);
    if (text === undefined) continue; // released meanwhile
    const owner = parseOwner(text);
    let age = 0;
    try {
      age = Date.now() - statSync(lock).mtimeMs;
    } catch {
      continue;
    }
    const state = owner ? ownerState(owner) : age > STALE_EMPTY_LOCK_MS ? 'dead' : 'unknown';
    if (state === 'dead') {
      takeOver(lock, text, me.token);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UserError(packMessages['lock-held'], {
        file: (options.show ?? ((p: string) => p))(lock),
        seconds: Math.round(timeout / 100) / 10,
        pid: owner?.pid ?? '?',
        host: owner?.host || '?',
      });
    }
    pause(20);
  }
  try {
    return action();
  } finally {
    if (readText(lock) === mine) rmSync(lock, { force: true });
  }
}

/** Clean up after runs that died: drop their temporary directories, restore a pack they had moved aside. */
function recover(dist: string, dirName: string): void {
  const target = join(dist, dirName);
  // Under the lock no live run is mid-swap, and this run has made nothing yet: leftovers
  // named with this PID are from an earlier run that had it (a container's PID 1).
  const running = (pid: number): boolean => pid !== process.pid && alive(pid);
  for (const old of leftovers(dist, dirName, 'old')) {
    if (running(old.pid)) continue;
    const moved = join(old.path, 'pack');
    if (!existsSync(target) && existsSync(moved)) renameSync(moved, target);
    rmSync(old.path, { recursive: true, force: true });
  }
  for (const tmp of leftovers(dist, dirName, 'tmp')) if (!running(tmp.pid)) rmSync(tmp.path, { recursive: true, force: true });
}

/** Write `files` as `dist/dirName/` atomically; returns the directory's path. */
export function writePackDir(dist: string, dirName: string, files: Map<string, Uint8Array>, options: WriteOptions = {}): string {
  makeDirectories(dist);
  const target = join(dist, dirName);
  withLock(dist, dirName, options, () => recover(dist, dirName));
  const tmp = mkdtempSync(join(dist, `.${dirName}.tmp-${process.pid}-`));
  try {
    chmodSync(tmp, 0o755);
    for (const name of [...files.keys()].sort()) {
      writeDurably(join(tmp, name), files.get(name)!);
      options.afterFile?.(name);
    }
    withLock(dist, dirName, options, () => {
      if (existsSync(target)) {
        const old = mkdtempSync(join(dist, `.${dirName}.old-${process.pid}-`));
        renameSync(target, join(old, 'pack'));
        renameSync(tmp, target);
        rmSync(old, { recursive: true, force: true });
      } else renameSync(tmp, target);
    });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return target;
}

/**
 * A file-system error of writePackDir as one line for the user (exit 2): which directory,
 * which file, what to do. `show` turns an absolute path into the path the user sees.
 * Errors that are not file-system errors are returned unchanged.
 */
export function packWriteError(error: unknown, dist: string, show: (abs: string) => string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code !== 'string' || typeof e.syscall !== 'string') return error;
  const data = { path: show(dist), file: show(typeof e.path === 'string' ? e.path : dist), code: e.code };
  switch (e.code) {
    case 'ENOTDIR':
    case 'EEXIST': {
      // The first part of the path that exists and is not a directory.
      let file = dist;
      for (let up = dist; ; up = dirname(up)) {
        try {
          if (!statSync(up).isDirectory()) file = up;
        } catch {
          // not there (yet)
        }
        if (dirname(up) === up) break;
      }
      return new UserError(packMessages['write-not-dir'], { ...data, file: show(file) });
    }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UserError(packMessages['write-denied'], data);
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError(packMessages['write-full'], data);
    default:
      return new UserError(packMessages['write-failed'], data);
  }
}
