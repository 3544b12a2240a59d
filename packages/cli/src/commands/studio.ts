/**
 * `otvet studio`: the local web workspace (packages/studio). The server's code is a file of its
 * own beside the bundle (dist/otvet-studio.cjs, see scripts/build.mjs), loaded only here. It gets
 * this CLI's own functions from {@link studioHost} (config loading, lint, `--fix`'s checks and safe
 * write, `otvet pack`, `otvet verify`, `otvet glossary add`), so the studio lints, saves and packs
 * exactly as the commands do; what puts them together is in the studio's file, not in the bundle.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { applyFixes, argumentNames, isSafeEdit, localize, parsePlaceholders, parseTemplateDocument, parseTemplateFile, renderText, sourceRange, UserError, UserErrors, type Lang } from '@otvet/core';
import { GlossaryIndex, glossaryMessages, loadGlossary, STATUSES, toRawTerm, validateEntries, validateGlossary } from '@otvet/glossary';
import { basePackLabel, collectTemplates, diffPacks, findBlockers, formatChangesMarkdown, readPackTemplates } from '@otvet/pack';
import { createEngine, serveUntilStopped, type Studio, type StudioEngine, type StudioHost } from '@otvet/studio/server';
import { readSources } from '../files.js';
import { writeFixed } from '../fix.js';
import { formatRate, pluralMessages, t } from '../i18n.js';
import type { Io } from '../io.js';
import { lintProject } from '../lint-project.js';
import { prepareProjects } from '../projects.js';
import { formatUserError } from '../reporters/escape.js';
import { glossaryAdd, glossaryCoverage, glossaryExport, glossaryImport, statsHeadings } from './glossary.js';
import { say } from './messages.js';
import { runPack } from './pack.js';
import { runVerify } from './verify.js';

export interface StudioCommandOptions {
  port?: string;
  open?: boolean;
  config?: string;
}

/** This CLI's functions for the studio, for the project of `config` (or the nearest one to `cwd`). */
export function studioHost(cwd: string, config: string | undefined): StudioHost {
  return {
    cwd, config, prepareProjects, lintProject, writeFixed, formatUserError, formatRate, glob, readSources, runPack, runVerify, glossaryAdd, glossaryImport, glossaryExport, glossaryCoverage,
    verdictLabel: (lang, verdict) => t(lang, `short-${verdict}`),
    sharedTexts: (lang) => ({
      verdicts: { pass: t(lang, 'short-pass'), revise: t(lang, 'short-revise'), reject: t(lang, 'short-reject'), unchecked: t(lang, 'short-unchecked') },
      plurals: { 'count-templates': pluralMessages['count-templates'][lang], 'count-errors': pluralMessages['count-errors'][lang], 'count-warnings': pluralMessages['count-warnings'][lang], 'count-entries': pluralMessages['count-entries'][lang] },
      stats: { status: statsHeadings.status[lang], unused: statsHeadings.unused[lang], missing: statsHeadings.missing[lang] },
      changes: { added: say(lang, 'changes-added'), removed: say(lang, 'changes-removed'), changed: say(lang, 'changes-changed'), none: say(lang, 'changes-none') },
    }),
    changesHeading: (lang, old, unchanged) => say(lang, 'changes-heading', { old, unchanged }),
    core: { applyFixes, parseTemplateFile, parseTemplateDocument, isSafeEdit, sourceRange, parsePlaceholders, renderText, argumentNames, localize, UserError, UserErrors },
    glossary: { GlossaryIndex, glossaryMessages, loadGlossary, STATUSES, toRawTerm, validateEntries, validateGlossary },
    pack: { findBlockers, collectTemplates, diffPacks, readPackTemplates, formatChangesMarkdown, basePackLabel },
  };
}

/** The studio's engine over this CLI (tests use it in-process). */
export const studioEngine = (cwd: string, config: string | undefined): StudioEngine => createEngine(studioHost(cwd, config));

/** The built front end: beside the bundle (dist/studio), or from the sources the built one. */
export function studioAssets(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'studio'), join(here, '..', '..', 'dist', 'studio')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0]!;
}

const PORT_IN_USE = {
  en: 'Port {port} is already in use: choose another with --port, or --port 0 for a free one.',
  zh: '端口 {port} 已被占用：请用 --port 指定其他端口，或用 --port 0 自动选择空闲端口。',
  ru: 'Порт {port} уже занят: укажите другой в --port или --port 0 для свободного.',
};

/** Start the studio; resolves once it has stopped (SIGINT or SIGTERM), with the exit code. */
export async function runStudio(options: StudioCommandOptions, port: number, io: Io, lang: Lang, started?: (studio: Studio) => void): Promise<number> {
  const engine = studioEngine(io.cwd, options.config);
  // The config is read now: a broken one is reported here, not in the browser.
  await engine.prepare(new Map(), lang);
  try {
    await serveUntilStopped({ engine, port, lang, assets: studioAssets(), stdout: io.stdout, ...(options.open ? { open: true } : {}), ...(started ? { started } : {}) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UserError(PORT_IN_USE, { port });
    throw error;
  }
  return 0;
}
