/** Creating a directory and its missing parents, without Node.js's `mkdirSync(…, { recursive: true })`. */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Make `path` a directory, creating the missing directories above it one at a time (as
 * `mkdir -p`). Node.js 20's recursive `mkdirSync` never returns on a file system that answers
 * ENOENT to creating any child (`/proc/…`, `/sys/…`); one level at a time, that is an error
 * like any other. Throws the file system's error (`ENOENT`, `EACCES`, `EROFS`, `ENOSPC`…), or
 * `ENOTDIR` where a file stands in the way; an existing directory is fine.
 */
export function makeDirectories(path: string): void {
  const missing: string[] = [];
  for (let dir = resolve(path); ; ) {
    let isDirectory: boolean | undefined;
    try {
      isDirectory = statSync(dir).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // As Node.js's own errors: code, syscall and path.
    if (isDirectory === false) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', errno: -20, syscall: 'mkdir', path: dir });
    if (isDirectory) break;
    missing.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      // Made meanwhile by another process: fine, if it is a directory.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw error;
    }
  }
}
