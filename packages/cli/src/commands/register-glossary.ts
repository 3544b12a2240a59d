/** The `otvet glossary` command tree; each action loads ./glossary.js only when it runs. */
import { InvalidArgumentError, type Command } from 'commander';
import type { Lang, LoadedConfig } from '@otvet/core';
import type { AddOptions } from './glossary.js';
import type { Io } from '../io.js';

interface Options {
  lang?: string;
  config?: string;
}

export interface GlossaryCommandContext {
  io: Io;
  common: (cmd: Command) => Command;
  /** Choose the language and load the config for a command's options. */
  prepare: (options: Options) => { lang: Lang; loaded: LoadedConfig };
  setExit: (code: number) => void;
}

const parseTop = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
};

export function registerGlossary(program: Command, { io, common, prepare, setExit }: GlossaryCommandContext): void {
  const glossary = program.command('glossary').description('check, search, edit, import and export the glossary (config `glossary:`)');
  type Commands = typeof import('./glossary.js');
  const run = async (options: Options, f: (c: Commands, lang: Lang, loaded: LoadedConfig) => Promise<number>): Promise<void> => {
    const { lang, loaded } = prepare(options);
    setExit(await f(await import('./glossary.js'), lang, loaded));
  };
  common(glossary.command('check').description('validate the glossary files (exit 1 on problems)')).action((options: Options) => run(options, (c, lang, loaded) => c.glossaryCheck(io, lang, loaded)));
  common(glossary.command('find').description('look up a Chinese, Russian (any inflection) or English term').argument('<text...>', 'text to look up'))
    .action((text: string[], options: Options) => run(options, (c, lang, loaded) => c.glossaryFind(io, lang, loaded, text.join(' '))));
  common(
    glossary
      .command('add')
      .description('append an entry to a glossary file, keeping its comments and formatting')
      .requiredOption('--id <id>', 'entry id (kebab-case)')
      .option('--zh <variants>', 'Chinese variants, separated by | or ,')
      .option('--ru <terms>', 'approved Russian terms, best first')
      .option('--forbidden <terms>', 'forbidden Russian variants')
      .option('--en <terms>', 'English terms')
      .option('--no-translate', 'the source word is not rendered at all (translate: false)')
      .option('--status <status>', 'approved, draft or deprecated')
      .option('--domain <domain>', 'subject area')
      .option('--note <note>', 'a note for translators')
      .option('--file <file>', 'glossary file to add to (default: the first one)'),
  ).action((options: Options & AddOptions) => run(options, (c, lang, loaded) => c.glossaryAdd(io, lang, loaded, options)));
  common(
    glossary
      .command('import')
      .description('import entries from CSV (with a header), XLSX (the same columns, first sheet) or TBX; known ids are updated')
      .argument('<file>', 'a .csv, .xlsx or .tbx file')
      .option('--format <format>', 'csv, xlsx or tbx (default: from the extension)')
      .option('--file <file>', 'glossary file for new entries (default: the first one)'),
  ).action((file: string, options: Options & { format?: string; file?: string }) => run(options, (c, lang, loaded) => c.glossaryImport(io, lang, loaded, file, options)));
  common(
    glossary
      .command('export')
      .description('export the glossary as TBX-Basic, CSV (UTF-8 with BOM) or XLSX')
      .option('-f, --format <format>', 'tbx, csv or xlsx (default: from the --out file’s extension, else tbx)')
      .option('-o, --out <file>', 'write to a file instead of stdout (xlsx needs a file)'),
  ).action((options: Options & { format?: string; out?: string }) => run(options, (c, lang, loaded) => c.glossaryExport(io, lang, loaded, options)));
  common(
    glossary
      .command('stats')
      .description('entries by status, unused terms, frequent source words the glossary lacks')
      .option('--top <n>', 'how many missing source words to list', parseTop, 20),
  ).action((options: Options & { top: number }) => run(options, (c, lang, loaded) => c.glossaryStats(io, lang, loaded, { top: options.top })));
}
