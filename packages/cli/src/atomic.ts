/** Atomic writes: a temporary file beside the target, then a rename over it. */
import { randomHex } from '@otvet/core';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Write a file atomically: a temporary file beside it, then rename over it. */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  const tmp = tempPath(path);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(tmp, content, mode === undefined ? {} : { mode });
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    throw error;
  }
}

/** The longest file name most file systems take, in bytes (NAME_MAX). */
export const NAME_MAX = 255;

/**
 * A temporary file name beside `path` that fits in {@link NAME_MAX} bytes: `.<name>.otvet-<pid>-<random>.tmp`,
 * with `<name>` shortened (on a character boundary) when the file's own name is already long.
 */
export function tempPath(path: string): string {
  const suffix = `.otvet-${process.pid}-${randomHex(4)}.tmp`;
  const room = NAME_MAX - 1 - Buffer.byteLength(suffix);
  let name = '';
  let bytes = 0;
  for (const char of basename(path)) {
    const size = Buffer.byteLength(char);
    if (bytes + size > room) break;
    name += char;
    bytes += size;
  }
  return join(dirname(path), `.${name}${suffix}`);
}

