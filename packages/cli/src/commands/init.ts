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
export function scaffoldFiles(name: string, cwd?: string, schemas?: string, lang?: Lang, say: Lang = 'en'): [path: string, content: string, mode?: number][] {
  const files = scaffold(name, lang, say);
  if (!schemas || !cwd) return files;
  return files.map(([path, content, mode]) => {
    const schema = SCHEMAS[path];
    if (!schema) return [path, content, mode];
    const target = relative(dirname(join(cwd, path)), join(schemas, schema)).split(sep).join('/');
    return [path, `# yaml-language-server: $schema=${target}\n${content}`, mode];
  });
}

/** The comments of the files `init` writes, in the language `init` runs in. */
const COMMENTS = {
  config: { en: "otvet: lint, score and pack Russian reply templates (otvet --help; otvet's README).", zh: 'otvet：检查、评分并发布俄语回复模板（otvet --help；otvet 的 README）。', ru: 'otvet: проверка, оценка и сборка русских шаблонов ответов (otvet --help; README otvet).' },
  source: { en: 'the language templates are written in first (zh or en)', zh: '模板最初用哪种语言写（zh 或 en）', ru: 'язык, на котором шаблоны пишутся сначала (zh или en)' },
  target: { en: 'the language buyers read', zh: '买家阅读的语言', ru: 'язык, который читают покупатели' },
  lang: { en: "otvet's messages: zh, en or ru (--lang and OTVET_LANG come first)", zh: 'otvet 的提示语言：zh、en 或 ru（--lang 和 OTVET_LANG 优先）', ru: 'язык сообщений otvet: zh, en или ru (--lang и OTVET_LANG важнее)' },
  maxLength: { en: 'Ozon chat: plain text, 1–1000 characters', zh: 'Ozon 聊天：纯文本，1–1000 个字符', ru: 'чат Ozon: простой текст, 1–1000 символов' },
  templates: { en: 'One reply template per list item; “otvet lint” checks them, “otvet pack” publishes them.', zh: '列表中每一项是一个回复模板；“otvet lint”检查它们，“otvet pack”发布它们。', ru: 'Один шаблон ответа — один элемент списка; «otvet lint» их проверяет, «otvet pack» публикует.' },
  glossary: { en: 'The term base: approved Russian terms for source words, and wrong variants to avoid.', zh: '术语库：源词对应的认可俄语译法，以及要避免的错误译法。', ru: 'База терминов: одобренные русские термины для исходных слов и неверные варианты, которых следует избегать.' },
  qin: { en: "Taobao's “dear”; start with «Здравствуйте!» instead.", zh: '淘宝式的“亲”；请改用 «Здравствуйте!» 开头。', ru: '«дорогой» в стиле Taobao; начинайте с «Здравствуйте!».' },
  hook: {
    en: "otvet: lint the staged template files before each commit, with the whole pack as\n# context (duplicate ids, the pack's «Вы» style). Enable: git config core.hooksPath .githooks\n# --context keeps a cache in .otvet-cache/ (git ignores it): only the templates that changed since\n# the last run are checked again.",
    zh: 'otvet：每次提交前检查暂存的模板文件，并以整个模板包为上下文（重复的 id、全包统一的 «Вы» 写法）。\n# 启用：git config core.hooksPath .githooks\n# --context 会在 .otvet-cache/ 中保存缓存（git 会忽略它）：只重新检查上次运行后改动过的模板。',
    ru: 'otvet: перед каждым коммитом проверить подготовленные файлы шаблонов в контексте всего набора\n# (повторяющиеся id, единое «Вы» набора). Включить: git config core.hooksPath .githooks\n# --context хранит кеш в .otvet-cache/ (git его не учитывает): заново проверяются только шаблоны,\n# изменённые с прошлого запуска.',
  },
  missing: { en: 'otvet is not installed: the pre-commit hook cannot lint the templates.', zh: '未安装 otvet：提交前钩子无法检查模板。', ru: 'otvet не установлен: хук перед коммитом не может проверить шаблоны.' },
} satisfies Record<string, Record<Lang, string>>;

/**
 * @param lang the project's language (`init --lang`), written to the config as `lang:`
 * @param say the language of the comments (the one `init` runs in)
 */
function scaffold(name: string, lang?: Lang, say: Lang = 'en'): [path: string, content: string, mode?: number][] {
  const c = (key: keyof typeof COMMENTS): string => COMMENTS[key][say];
  // `init --lang zh`: the project's language, for everyone who runs otvet here (the hook included).
  const langLine = lang ? `lang: ${lang}                            # ${c('lang')}\n` : '';
  return [
    [
      'otvet.config.yaml',
      `# ${c('config')}
source: zh                          # ${c('source')}
target: ru                          # ${c('target')}
${langLine}templates: ["templates/**/*.yaml"]
glossary: ["glossary/**/*.yaml"]
thresholds: { revise: 0.03, reject: 0.05 }
maxLength: 1000                     # ${c('maxLength')}
extends: recommended
pack: { name: ${name}, version: 0.1.0 }
`,
    ],
    [
      'templates/example.yaml',
      `# ${c('templates')}
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
      `# ${c('glossary')}
terms:
  - id: tracking-number
    zh: [物流单号, 运单号]
    ru: [трек-номер]
    forbidden: [номер логистики]
    en: tracking number
  - id: qin
    zh: [亲]
    translate: false
    note: ${c('qin')}
`,
    ],
    [
      '.githooks/pre-commit',
      `#!/bin/sh
# ${c('hook')}
if command -v otvet >/dev/null 2>&1; then OTVET=otvet
elif [ -x node_modules/.bin/otvet ]; then OTVET=node_modules/.bin/otvet
else echo "${c('missing')}" >&2; exit 1
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
  const files = scaffoldFiles(packNameFor(io.cwd), io.cwd, installedSchemas(io.cwd), projectLang, lang);
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
