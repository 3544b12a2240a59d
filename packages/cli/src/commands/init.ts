/**
 * `otvet init`: a config, one example template, a glossary and a git hook, each
 * written only when it does not exist yet. The scaffold lints clean.
 */
import { chmodSync, existsSync, openSync, closeSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { makeDirectories, UserError, type Lang } from '@otvet/core';
import { cliMessages } from '../i18n.js';
import type { Io } from '../io.js';
import { say } from './messages.js';

/** A pack name from the directory's name: lower case, letters, digits and “-”. */
export function packNameFor(dir: string): string {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|-+$/g, '');
  return name || 'my-shop';
}

/** The JSON Schema of each scaffolded YAML file, by its name in the package's `schema/`. */
const SCHEMAS: Record<string, string> = {
  'otvet.config.yaml': 'otvet.config.schema.json',
  'templates/example.yaml': 'templates.schema.json',
  'glossary/terms.yaml': 'glossary.schema.json',
};

/**
 * The `schema/` directory of an otvet package installed for the project: `node_modules/otvet/schema`
 * in `cwd` or the nearest directory above it that has one (as Node.js resolves packages, so a
 * workspace's root install counts), if any.
 */
export function installedSchemas(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const schemas = join(dir, 'node_modules', 'otvet', 'schema');
    if (existsSync(join(schemas, 'templates.schema.json'))) return schemas;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The files of a new project. With `schemas` (an installed package's `schema/` directory), each
 * YAML file starts with a `# yaml-language-server: $schema=…` line, relative to the file, that
 * gives editors completion and checks; without it (otvet not installed in the project) no such
 * line is written, since it would point at nothing.
 * @param cwd the project's directory (absolute), to make the schema paths relative
 */
export function scaffoldFiles(name: string, cwd?: string, schemas?: string, lang?: Lang): [path: string, content: string, mode?: number][] {
  const files = scaffold(name, lang);
  if (!schemas || !cwd) return files;
  return files.map(([path, content, mode]) => {
    const schema = SCHEMAS[path];
    if (!schema) return [path, content, mode];
    const target = relative(dirname(join(cwd, path)), join(schemas, schema)).split(sep).join('/');
    return [path, `# yaml-language-server: $schema=${target}\n${content}`, mode];
  });
}

function scaffold(name: string, lang?: Lang): [path: string, content: string, mode?: number][] {
  // `init --lang zh`: the project's language, for everyone who runs otvet here (the hook included).
  const langLine = lang ? `lang: ${lang}                            # otvet's messages: zh, en or ru (--lang and OTVET_LANG come first)\n` : '';
  return [
    [
      'otvet.config.yaml',
      `# otvet: lint, score and pack Russian reply templates (otvet --help; otvet's README).
source: zh                          # the language templates are written in first (zh or en)
target: ru                          # the language buyers read
${langLine}templates: ["templates/**/*.yaml"]
glossary: ["glossary/**/*.yaml"]
thresholds: { revise: 0.03, reject: 0.05 }
maxLength: 1000                     # Ozon chat: plain text, 1–1000 characters
extends: recommended
pack: { name: ${name}, version: 0.1.0 }
`,
    ],
    [
      'templates/example.yaml',
      `# One reply template per list item; “otvet lint” checks them, “otvet pack” publishes them.
templates:
  - id: order-shipped
    title: Заказ отправлен
    tags: [delivery]
    placeholders:
      order_number: { example: "0123456789-0001" }
      days: { type: number, example: 3 }
    text:
      zh: 您好！您的订单 {order_number} 已发货，预计 {days} 天内送达。
      ru: >-
        Здравствуйте! Заказ {order_number} отправлен и будет доставлен в течение
        {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}}.
`,
    ],
    [
      'glossary/terms.yaml',
      `# The term base: approved Russian terms for source words, and wrong variants to avoid.
terms:
  - id: tracking-number
    zh: [物流单号, 运单号]
    ru: [трек-номер]
    forbidden: [номер логистики]
    en: tracking number
  - id: qin
    zh: [亲]
    translate: false
    note: Taobao's “dear”; start with «Здравствуйте!» instead.
`,
    ],
    [
      '.githooks/pre-commit',
      `#!/bin/sh
# otvet: lint the staged template files before each commit, with the whole pack as
# context (duplicate ids, the pack's «Вы» style). Enable: git config core.hooksPath .githooks
# --context keeps a cache in .otvet-cache/ (git ignores it): only the files that changed since the
# last run are linted again.
if command -v otvet >/dev/null 2>&1; then OTVET=otvet
elif [ -x node_modules/.bin/otvet ]; then OTVET=node_modules/.bin/otvet
else echo "otvet is not installed: the pre-commit hook cannot lint the templates." >&2; exit 1
fi
git diff --cached --name-only --diff-filter=ACMR -z -- '*.yaml' '*.yml' | xargs -0 -r "$OTVET" lint --context --
`,
      0o755,
    ],
  ];
}

/** Create a file only if it does not exist (exclusive create: never overwrites, even in a race). */
function createNew(path: string, content: string, mode: number): boolean {
  if (existsSync(path)) return false;
  makeDirectories(dirname(path));
  let fd: number;
  try {
    fd = openSync(path, 'wx', mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  chmodSync(path, mode);
  return true;
}

/**
 * The first directory on the way to `path` (relative, POSIX) that exists as something other
 * than a directory (a file `templates` where `templates/` should be), if any.
 */
function blockedBy(cwd: string, path: string): string | undefined {
  const parts = path.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    let isDirectory: boolean;
    try {
      isDirectory = statSync(join(cwd, dir)).isDirectory();
    } catch {
      return undefined;
    }
    if (!isDirectory) return dir;
  }
  return undefined;
}

/** @param projectLang the language `--lang` asked for, written to the config (`lang:`) */
export function runInit(io: Io, lang: Lang, projectLang?: Lang): number {
  const lines: string[] = [];
  const files = scaffoldFiles(packNameFor(io.cwd), io.cwd, installedSchemas(io.cwd), projectLang);
  // Check every path first: nothing is written when one of them cannot be.
  for (const [path] of files) {
    const blocker = blockedBy(io.cwd, path);
    if (blocker) throw new UserError(cliMessages['init-not-directory'], { path: blocker, file: path });
  }
  for (const [path, content, mode] of files) {
    const created = createNew(join(io.cwd, path), content, mode ?? 0o644);
    lines.push(say(lang, created ? 'init-created' : 'init-kept', { path }));
  }
  lines.push('', say(lang, 'init-next'));
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
