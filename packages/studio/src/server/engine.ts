/**
 * What the studio's server needs of the linter: the same config loading, lint, fix checks and safe
 * writes as `otvet lint --fix`, the gate and build of `otvet pack`, and the glossary of `otvet
 * glossary`. `createEngine` (host.ts) makes it from the functions the CLI's `studio` command hands
 * over; tests may give another. The server is built as a file of its own that the CLI loads only
 * for `otvet studio`, and takes the engine from the CLI instead of bundling a second copy.
 */
import type * as Core from '@otvet/core';
import type { Lang, LintOptions, LintResult, LoadedConfig, SourceText } from '@otvet/core';
import type { Blocker, GlossaryOverview, GlossaryStats, GlossaryWriteResponse, PackBuild, PackDiff, SharedTexts, TemplateRef, TermInput } from '../api-types.js';

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
  /** What adding `entry` (or putting it in place of the entry `replacing`) would break: the schema and `otvet glossary check`'s checks, in `lang`. */
  checkTerm(entry: TermInput, lang: Lang, replacing?: string): Promise<string[]>;
  /** The entry `id` set to `entry` (or removed, without one) in its file, kept as it is elsewhere; refused when that file is no longer `base`. */
  writeTerm(id: string, entry: TermInput | undefined, base: string, lang: Lang): Promise<GlossaryWriteResponse>;
  /** `otvet glossary import` of an uploaded file (its format by its name's extension). */
  importTerms(name: string, bytes: Buffer, file: string | undefined, lang: Lang): Promise<GlossaryWriteResponse>;
  /** `otvet glossary export` in `format`, as a file to download. */
  exportTerms(format: string, lang: Lang): Promise<{ bytes: Buffer; name: string; type: string } | { message: string }>;
  /** `otvet glossary stats`, and the templates that use each term; undefined while the glossary has problems. */
  coverage(lang: Lang): Promise<{ stats: GlossaryStats; uses: Record<string, TemplateRef[]> } | undefined>;
  /** What changed since the last pack built (`otvet pack --since`), for the pack as linted. */
  packDiff(project: StudioProject, result: LintResult, lang: Lang): Promise<PackDiff>;
  /** The CLI's own words for what the studio shows as the CLI does. */
  sharedTexts(lang: Lang): SharedTexts;
  /** `otvet glossary add`: append `entry` to the glossary file `file` (default: the first), keeping its formatting. */
  addTerm(entry: TermInput, file: string | undefined, lang: Lang): Promise<{ ok: boolean; message: string }>;
  core: Pick<typeof Core, 'applyFixes' | 'parseTemplateFile' | 'parseTemplateDocument' | 'isSafeEdit' | 'sourceRange' | 'parsePlaceholders' | 'renderText' | 'argumentNames'>;
}
