/** `--fix` and `--fix-dry-run`: fix, re-lint, repeat; write safely (see {@link writeFixed}) or print a diff. */
import * as fs from 'node:fs';
import { dirname } from 'node:path';
import { tempPath } from './atomic.js';
import { createTwoFilesPatch } from 'diff';
export { NAME_MAX, tempPath, writeAtomic } from './atomic.js';
import { applyFixes, lintTexts, MemoryLintCache, TemplateMemo, type FixResult, type LintOptions, type LintResult, type SourceText } from '@otvet/core';

/** How many lint → fix rounds at most (a fix may uncover or enable another). */
export const MAX_PASSES = 5;

export interface FixRun {
  result: LintResult;
  /** Files whose text changed, with the original text and the number of fixes applied to each. */
  changed: { source: SourceText; original: string; fixed: number }[];
  /** Number of fixes applied over all passes. */
  fixed: number;
}

/**
 * Fix, re-lint, repeat. Only the files of `options.focus` are fixed when it is set (`lint
 * --context --fix` fixes the given files and lints them with the others as they are).
 */
export function fixSources(sources: SourceText[], options: LintOptions): FixRun {
  const originals = new Map(sources.map((s) => [s.path, s.text]));
  let current = sources;
  let fixed = 0;
  const perFile = new Map<string, number>();
  // Each pass after the first lints only what the fixes changed: the files a round left as they
  // were come from the cache, and in a changed file the templates whose texts (and the pack-wide
  // state before them) are the same get the same reports without running the rules.
  // The documents that applying the fixes parsed (to check them) are those the next pass reads.
  const documents = new Map<string, { text: string; verified: NonNullable<FixResult['verified']> }>();
  const passOptions: LintOptions = {
    ...options,
    cache: new MemoryLintCache(),
    memo: new TemplateMemo(),
    documents: (path, text) => {
      const kept = documents.get(path);
      // Each document is read once, by the pass after the fixes; it lives on in that pass's file.
      documents.delete(path);
      return kept?.text === text ? kept.verified : undefined;
    },
  };
  let result = lintTexts(current, passOptions);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changedThisPass = false;
    const byPath = new Map(result.files.map((f) => [f.path, f]));
    current = current.map((source) => {
      if (options.focus && !options.focus(source.path)) return source;
      const file = byPath.get(source.path);
      const fixes = file?.messages.flatMap((m) => (m.fix ? [m.fix] : [])) ?? [];
      // A file from the cache is as it was in the round before, when its fixes (if any) did not apply.
      if (!file || file.cached || fixes.length === 0) return source;
      const outcome = applyFixes(file.file, fixes);
      if (outcome.applied.length === 0) return source;
      fixed += outcome.applied.length;
      perFile.set(source.path, (perFile.get(source.path) ?? 0) + outcome.applied.length);
      if (outcome.verified) documents.set(source.path, { text: outcome.text, verified: outcome.verified });
      // The next pass reads the new text: the old document is garbage from here on.
      delete file.file.doc;
      changedThisPass = true;
      return { ...source, text: outcome.text };
    });
    if (!changedThisPass) break;
    result = lintTexts(current, passOptions);
  }
  const changed = current.filter((s) => s.text !== originals.get(s.path)).map((s) => ({ source: s, original: originals.get(s.path)!, fixed: perFile.get(s.path) ?? 0 }));
  return { result, changed, fixed };
}

/** The file-system calls {@link writeFixed} makes (tests pass a copy that fails where they want). */
export type FixFs = Pick<
  typeof fs,
  'realpathSync' | 'statSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'fchmodSync' | 'fchownSync' | 'closeSync' | 'readFileSync' | 'renameSync' | 'unlinkSync'
>;

/** Why {@link writeFixed} left a file as it was. */
export type WriteRefusal =
  /** The file is no longer what was read (edited, replaced or deleted meanwhile). */
  | { reason: 'changed' }
  /** The owner has no write permission (the mode, not whether we could write anyway, as root). */
  | { reason: 'read-only'; mode: string }
  /** More than one hard link: a rename would split them. */
  | { reason: 'hard-link'; links: number }
  /** A file-system error (EACCES, EROFS, ENOSPC, ENAMETOOLONG, …) in the file's (real) directory `dir`. */
  | { reason: 'io'; code: string; dir: string };

export interface WriteFixedOptions {
  fs?: FixFs;
  /** Called after the temporary file is complete, just before the file is checked and replaced. */
  beforeCommit?: () => void;
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Write the fixed text of a file that was read as `expected` (BOM included), unless that would
 * lose something: through a symbolic link to the real file, keeping its mode, owner and group
 * (as far as we may), never over an edit made since it was read, never to a read-only or
 * hard-linked file. The new text goes to a temporary file beside the real one, which is then
 * renamed over it; just before the rename the file is compared byte for byte with what was read.
 * Returns why nothing was written, or undefined when the file was replaced. Never throws for a
 * file-system error: nothing is written then either.
 */
export function writeFixed(path: string, content: string, expected: string, options: WriteFixedOptions = {}): WriteRefusal | undefined {
  const io = options.fs ?? fs;
  const original = Buffer.from(expected, 'utf8');
  let real: string;
  let stat: fs.Stats;
  try {
    real = io.realpathSync(path);
    stat = io.statSync(real);
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' ? { reason: 'changed' } : { reason: 'io', code, dir: dirname(path) };
  }
  if ((stat.mode & 0o200) === 0) return { reason: 'read-only', mode: (stat.mode & 0o7777).toString(8).padStart(4, '0') };
  if (stat.nlink > 1) return { reason: 'hard-link', links: stat.nlink };
  if (!stat.isFile() || stat.size !== original.length) return { reason: 'changed' };
  const tmp = tempPath(real);
  let fd: number | undefined;
  let committing = false;
  try {
    // `wx`: never through something already there under that name.
    fd = io.openSync(tmp, 'wx', 0o600);
    const bytes = Buffer.from(content, 'utf8');
    for (let at = 0; at < bytes.length; ) at += io.writeSync(fd, bytes, at, bytes.length - at);
    io.fsyncSync(fd);
    // Owner first: chown clears the set-user-ID and set-group-ID bits that chmod then restores.
    if (isRoot()) io.fchownSync(fd, stat.uid, stat.gid);
    else if (typeof process.getgid === 'function' && stat.gid !== process.getgid()) {
      try {
        io.fchownSync(fd, -1, stat.gid);
      } catch {
        // not a member of the file's group: the group becomes ours, as with any editor
      }
    }
    io.fchmodSync(fd, stat.mode & 0o7777);
    io.closeSync(fd);
    fd = undefined;
    options.beforeCommit?.();
    // The check and the rename are as close together as they can be: an edit saved between
    // them is still lost (no portable file-system call compares and replaces at once).
    committing = true;
    const now = io.statSync(real);
    if (now.ino !== stat.ino || now.size !== original.length || !original.equals(io.readFileSync(real))) {
      removeQuietly(io, tmp);
      return { reason: 'changed' };
    }
    io.renameSync(tmp, real);
    return undefined;
  } catch (error) {
    if (fd !== undefined) {
      try {
        io.closeSync(fd);
      } catch {
        // already closed
      }
    }
    removeQuietly(io, tmp);
    const code = errorCode(error);
    // Gone between the check and here: deleted (or moved) meanwhile.
    return committing && code === 'ENOENT' ? { reason: 'changed' } : { reason: 'io', code, dir: dirname(real) };
  }
}

function errorCode(error: unknown): string {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : String(error instanceof Error ? error.message : error);
}

function removeQuietly(io: FixFs, path: string): void {
  try {
    io.unlinkSync(path);
  } catch {
    // never created, or already gone
  }
}

/** A unified diff of every changed file. */
export function formatDiff(changed: FixRun['changed']): string {
  return changed
    .map(({ source, original }) => createTwoFilesPatch(`a/${source.path}`, `b/${source.path}`, original, source.text, '', '', { context: 2 }))
    .join('');
}
