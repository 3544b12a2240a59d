/**
 * Writing a pack directory atomically. The files are written into a fresh
 * temporary directory beside the target and flushed; then, under a lock, the old
 * pack is moved aside, the new one renamed into place and the old one removed.
 * A run that dies before the swap leaves the previous pack as it was; leftovers of
 * dead runs are cleaned up (and a pack moved aside by a run that died mid-swap is
 * put back) by the next run.
 */
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '@otvet/core';
import { packMessages } from './messages.js';

export interface WriteOptions {
  /** Called after each file has been written into the temporary directory (tests use it to interrupt a run). */
  afterFile?: (name: string) => void;
}

/** An empty lock file older than this is left over by a process that died while taking it. */
const STALE_EMPTY_LOCK_MS = 5000;

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

function withLock<T>(dist: string, dirName: string, action: () => T): T {
  const lock = join(dist, `.${dirName}.lock`);
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = NaN;
      let age = 0;
      try {
        holder = Number(readFileSync(lock, 'utf8') || NaN);
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        // released meanwhile
      }
      // A lock of a dead process is taken over, and so is one that stayed empty (its
      // owner died between creating and writing it); otherwise wait.
      const dead = Number.isInteger(holder) && holder > 0 ? !alive(holder) : age > STALE_EMPTY_LOCK_MS;
      if (dead) rmSync(lock, { force: true });
      else pause(10);
    }
  }
  try {
    return action();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Clean up after runs that died: drop their temporary directories, restore a pack they had moved aside. */
function recover(dist: string, dirName: string): void {
  const target = join(dist, dirName);
  for (const old of leftovers(dist, dirName, 'old')) {
    if (alive(old.pid)) continue;
    const moved = join(old.path, 'pack');
    if (!existsSync(target) && existsSync(moved)) renameSync(moved, target);
    rmSync(old.path, { recursive: true, force: true });
  }
  for (const tmp of leftovers(dist, dirName, 'tmp')) if (!alive(tmp.pid)) rmSync(tmp.path, { recursive: true, force: true });
}

/** Write `files` as `dist/dirName/` atomically; returns the directory's path. */
export function writePackDir(dist: string, dirName: string, files: Map<string, Uint8Array>, options: WriteOptions = {}): string {
  mkdirSync(dist, { recursive: true });
  const target = join(dist, dirName);
  withLock(dist, dirName, () => recover(dist, dirName));
  const tmp = mkdtempSync(join(dist, `.${dirName}.tmp-${process.pid}-`));
  try {
    chmodSync(tmp, 0o755);
    for (const name of [...files.keys()].sort()) {
      writeDurably(join(tmp, name), files.get(name)!);
      options.afterFile?.(name);
    }
    withLock(dist, dirName, () => {
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
