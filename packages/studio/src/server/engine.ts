/**
 * What the studio's server needs of the linter: the same config loading, lint, fix checks and safe
 * writes as `otvet lint --fix`, the gate and build of `otvet pack`, and the glossary of `otvet
 * glossary`. `createEngine` (host.ts) makes it from the functions the CLI's `studio` command hands
 * over; tests may give another. The server is built as a file of its own that the CLI loads only
 * for `otvet studio`, and takes the engine from the CLI instead of bundling a second copy.
 */
import type * as Core from '@otvet/core';
import type { Lang, LintOptions, LintResult, LoadedConfig, SourceText } from '@otvet/core';
import type { Blocker, GlossaryOverview, PackBuild, TermInput } from '../api-types.js';

/** A pack ready to lint: the config's template files, read (some replaced by unsaved texts). */
export interface StudioProject {
  loaded: LoadedConfig;
  /** The directory the sources' paths are relative to (the config's). */
  root: string;
  sources: SourceText[];
  lintOptions: LintOptions;
}

/** Why a save left the file as it was (the reasons of `--fix`'s safe write). */
export type WriteRefusal =
  | { reason: 'changed' }
  | { reason: 'read-only'; mode: string }
  | { reason: 'hard-link'; links: number }
  | { reason: 'io'; code: string; dir: string };

export interface StudioEngine {
  /** The pack of the config, with `overrides` (absolute path → bytes) read instead of those files. */
  prepare(overrides: ReadonlyMap<string, Buffer>, lang: Lang): Promise<StudioProject>;
  /** Lint the whole pack (pack-wide rules included). */
  lint(project: StudioProject): LintResult;
  /** `--fix`'s write: atomic, never over a file that is no longer `expected` (BOM included). */
  writeFixed(path: string, content: string, expected: string): WriteRefusal | undefined;
  /** A rule's one-line description. */
  describeRule(project: StudioProject, id: string, lang: Lang): string | undefined;
  /** A user error (bad config, unreadable file) in `lang`; undefined for anything else. */
  userError(error: unknown, lang: Lang): string | undefined;
  /** What keeps the pack from being built: the gate of `otvet pack`, in `lang`. */
  preflight(project: StudioProject, result: LintResult, lang: Lang): Blocker[];
  /** Run `otvet pack` (with `--zip` if asked), then `otvet verify` on what it wrote; `zipPath` is the zip's absolute path. */
  buildPack(zip: boolean, lang: Lang): Promise<PackBuild & { zipPath?: string }>;
  /** The glossary of the config (`otvet glossary check`'s problems; with `query`, the entries it names). */
  glossary(lang: Lang, query?: string): Promise<GlossaryOverview>;
  /** What adding `entry` would break: the schema and `otvet glossary check`'s checks, in `lang`. */
  checkTerm(entry: TermInput, lang: Lang): Promise<string[]>;
  /** `otvet glossary add`: append `entry` to the glossary file `file` (default: the first), keeping its formatting. */
  addTerm(entry: TermInput, file: string | undefined, lang: Lang): Promise<{ ok: boolean; message: string }>;
  core: Pick<typeof Core, 'applyFixes' | 'parseTemplateFile' | 'parseTemplateDocument' | 'isSafeEdit' | 'sourceRange' | 'parsePlaceholders' | 'renderText' | 'argumentNames'>;
}
