/** `otvet pack`: lint, refuse or build the approved pack, optionally report what changed since an older one. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { localize, UserError, type Lang } from '@otvet/core';
import {
  buildPack, collectTemplates, diffPacks, findBlockers, formatChangesMarkdown, formatChangesText, readPackTemplates, writePackDir,
  type ChangeLabels, type InputFile, type PublishedTemplate,
} from '@otvet/pack';
import { basePackLabel, packMessages, packWriteError } from '@otvet/pack';
import { displayPath } from '../files.js';
import { formatRate, plural, t } from '../i18n.js';
import { lintProject, prepareLint } from '../lint-project.js';
import type { Io } from '../io.js';
import { commandMessages, say } from './messages.js';
import { escapeControls, escapeLines } from '../reporters/escape.js';

export interface PackOptions {
  config?: string;
  allowRevise?: boolean;
  zip?: boolean;
  /** Add templates.xlsx. */
  xlsx?: boolean;
  since?: string;
  sinceFormat: string;
  outDir?: string;
}

const SINCE_FORMATS = ['text', 'markdown'];
/** 2099-12-31 23:59:59 UTC, the last time a zip entry can carry. */
const MAX_EPOCH = 4102444799;

/** SOURCE_DATE_EPOCH (reproducible builds): whole seconds, or unset. */
function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (/^-\d+$/.test(value)) throw new UserError(packMessages['epoch-range'], { value });
  if (!/^\d+$/.test(value)) throw new UserError(commandMessages['bad-epoch'], { value });
  // The zip library writes DOS dates, 1980 to 2099 (earlier times are stored as 1980-01-01).
  const seconds = Number(value);
  if (!(seconds <= MAX_EPOCH)) throw new UserError(packMessages['epoch-range'], { value });
  return seconds;
}

/** OTVET_LOCK_TIMEOUT: seconds to wait for the output directory’s lock (default 5). */
function lockTimeout(env: NodeJS.ProcessEnv): { timeoutMs?: number } {
  const value = env.OTVET_LOCK_TIMEOUT;
  if (value === undefined || value === '') return {};
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UserError(packMessages['bad-lock-timeout'], { value });
  return { timeoutMs: Number(value) * 1000 };
}

/**
 * Test hook: with OTVET_PACK_HOLD=<file>, the writer stops after its first file,
 * creates <file> and waits to be killed (the kill test interrupts a pack mid-write).
 */
function holdHook(env: NodeJS.ProcessEnv): ((name: string) => void) | undefined {
  const marker = env.OTVET_PACK_HOLD;
  if (!marker) return undefined;
  return () => {
    writeFileSync(marker, String(process.pid));
    const cell = new Int32Array(new SharedArrayBuffer(4));
    for (;;) Atomics.wait(cell, 0, 0, 60_000);
  };
}

export async function runPack(options: PackOptions, io: Io, lang: Lang): Promise<number> {
  if (!SINCE_FORMATS.includes(options.sinceFormat)) {
    throw new UserError({ en: t('en', 'bad-format', { value: options.sinceFormat, allowed: SINCE_FORMATS.join(', ') }), zh: t('zh', 'bad-format', { value: options.sinceFormat, allowed: SINCE_FORMATS.join(', ') }), ru: t('ru', 'bad-format', { value: options.sinceFormat, allowed: SINCE_FORMATS.join(', ') }) });
  }
  const epoch = sourceDateEpoch(io.env);
  const project = await prepareLint(io.cwd, [], options.config === undefined ? {} : { config: options.config }, lang);
  const { loaded } = project;
  const { config } = loaded;
  const configPath = loaded.path ? displayPath(loaded.path, io.cwd) : 'otvet.config.yaml';
  const name = config.pack?.name;
  const version = config.pack?.version;
  if (!name || !version) throw new UserError(commandMessages['pack-config'], { path: configPath });
  // The config schema allows only names and versions that are safe in a directory name.
  // The old pack is read first: it may be the very directory this run replaces.
  let old: PublishedTemplate[] | undefined;
  if (options.since) old = readPackTemplates(resolve(io.cwd, options.since), options.since);

  const result = lintProject(project);
  const blockers = findBlockers(result, config, {
    allowRevise: options.allowRevise ?? false,
    verdictLabel: (v) => t(lang, `short-${v}`),
    rateLabel: formatRate,
  });
  if (blockers.length) {
    const lines = [say(lang, 'pack-refused', { count: blockers.length }), ...blockers.map((b) => `  ${escapeControls(localize(b.message, lang, b.data))}`), say(lang, 'pack-refused-hint')];
    io.stderr(lines.join('\n') + '\n');
    return 1;
  }

  const templates = collectTemplates(result, config);
  const read = (abs: string): InputFile => ({ path: displayPath(abs, loaded.root), bytes: readFileSync(abs) });
  const inputs = project.sources.map((s) => read(resolve(io.cwd, s.path)));
  const glossaryFiles = config.glossary.length ? await glob(config.glossary, { cwd: loaded.root, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }) : [];
  const verdicts = { pass: 0, revise: 0, reject: 0 };
  // The gate let no unchecked template through.
  for (const f of result.files) for (const x of f.templates) if (x.verdict !== 'unchecked') verdicts[x.verdict]++;
  let xlsx: Uint8Array | undefined;
  if (options.xlsx) {
    // The spreadsheet code is loaded for --xlsx only (in the built CLI, dist/otvet-xlsx.cjs).
    const { templatesXlsx } = await import('@otvet/pack/xlsx');
    xlsx = await templatesXlsx(templates, {
      source: config.source, target: config.target, lang, verdictLabel: (v) => t(lang, `short-${v}`),
      // Relative to the project, as the manifest's inputs: the same sheet from any working directory.
      file: (template) => displayPath(resolve(io.cwd, template.path), loaded.root),
      ...(epoch === undefined ? {} : { sourceDateEpoch: epoch }),
    });
  }
  const files = buildPack({
    name, version, source: config.source, target: config.target, maxLength: config.maxLength, thresholds: config.thresholds,
    templates, inputs, glossary: glossaryFiles.map(read), summary: result.summary, verdicts, zip: options.zip ?? false,
    ...(xlsx ? { xlsx } : {}),
    ...(epoch === undefined ? {} : { sourceDateEpoch: epoch }),
  });
  const dist = options.outDir ? resolve(io.cwd, options.outDir) : join(loaded.root, 'dist');
  const hold = holdHook(io.env);
  let written: string;
  try {
    const show = (abs: string): string => displayPath(abs, io.cwd);
    written = writePackDir(dist, `${name}-${version}`, files, { show, ...lockTimeout(io.env), ...(hold ? { afterFile: hold } : {}) });
  } catch (error) {
    throw packWriteError(error, dist, (abs) => displayPath(abs, io.cwd));
  }
  io.stderr(say(lang, 'pack-written', { path: displayPath(written, io.cwd), templates: plural(lang, 'count-templates', templates.length), files: plural(lang, 'count-files', files.size), rate: formatRate(result.summary.errorRate) }) + '\n');

  if (old && options.since) {
    const changes = diffPacks(old, templates);
    const labels: ChangeLabels = {
      // Relative to the project (or the file name): a summary meant for publishing shows no absolute path.
      heading: say(lang, 'changes-heading', { old: basePackLabel(resolve(io.cwd, options.since), loaded.root), unchanged: changes.unchanged }),
      added: say(lang, 'changes-added'),
      removed: say(lang, 'changes-removed'),
      changed: say(lang, 'changes-changed'),
      none: say(lang, 'changes-none'),
    };
    // Titles and texts of the templates: nothing a terminal acts on (reporters/escape.ts).
    io.stdout(escapeLines(options.sinceFormat === 'markdown' ? formatChangesMarkdown(changes, labels) : formatChangesText(changes, labels)));
  }
  return 0;
}
