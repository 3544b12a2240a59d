/** `--fix` and `--fix-dry-run`: fix, re-lint, repeat; write atomically or print a diff. */
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyFixes, lintTexts, type LintOptions, type LintResult, type SourceText } from '@otvet/core';

/** How many lint → fix rounds at most (a fix may uncover or enable another). */
export const MAX_PASSES = 5;

export interface FixRun {
  result: LintResult;
  /** Files whose text changed, with the original text. */
  changed: { source: SourceText; original: string }[];
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
  let result = lintTexts(current, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changedThisPass = false;
    current = current.map((source) => {
      if (options.focus && !options.focus(source.path)) return source;
      const file = result.files.find((f) => f.path === source.path);
      const fixes = file?.messages.flatMap((m) => (m.fix ? [m.fix] : [])) ?? [];
      if (!file || fixes.length === 0) return source;
      const outcome = applyFixes(file.file, fixes);
      if (outcome.applied.length === 0) return source;
      fixed += outcome.applied.length;
      changedThisPass = true;
      return { ...source, text: outcome.text };
    });
    if (!changedThisPass) break;
    result = lintTexts(current, options);
  }
  const changed = current.filter((s) => s.text !== originals.get(s.path)).map((s) => ({ source: s, original: originals.get(s.path)! }));
  return { result, changed, fixed };
}

/** Write a file atomically: a temporary file beside it, then rename over it. */
export function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.otvet-${process.pid}.tmp`);
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

/** A unified diff of every changed file. */
export function formatDiff(changed: FixRun['changed']): string {
  return changed
    .map(({ source, original }) => createTwoFilesPatch(`a/${source.path}`, `b/${source.path}`, original, source.text, '', '', { context: 2 }))
    .join('');
}
