/**
 * `--help` and commander's usage errors in the user's language. The commands are declared in
 * English (main.ts, commands/register-glossary.ts); {@link localizeProgram} then puts each
 * description, argument and option text in Chinese or Russian from {@link HELP}, and the help's
 * headings and commander's errors come from here too. A test builds the program in each language
 * and fails on any text left in English.
 */
import { Help, type Argument, type Command, type CommanderError, type Option } from 'commander';
import type { Lang } from '@otvet/core';

type Translation = { zh: string; ru: string };

/** Every English text of the commands' help, with its Chinese and Russian. */
export const HELP: Record<string, Translation> = {
  'Lint, score and fix Russian reply templates for marketplace buyer chats (Ozon).': {
    zh: '检查、评分并修复电商买家聊天（Ozon）中使用的俄语回复模板。',
    ru: 'Проверка, оценка и исправление русских шаблонов ответов покупателям в чатах маркетплейсов (Ozon).',
  },
  'message language: zh, en or ru (default: $OTVET_LANG, then the config’s lang:, then the system locale)': {
    zh: '提示语言：zh、en 或 ru（默认：$OTVET_LANG，其次是配置中的 lang:，再次是系统语言）',
    ru: 'язык сообщений: zh, en или ru (по умолчанию: $OTVET_LANG, затем lang: конфигурации, затем язык системы)',
  },
  'config file (default: the nearest otvet.config.yaml)': { zh: '配置文件（默认：最近的 otvet.config.yaml）', ru: 'файл конфигурации (по умолчанию: ближайший otvet.config.yaml)' },
  'check template files (default: the config’s templates globs)': { zh: '检查模板文件（默认：配置中 templates 匹配的文件）', ru: 'проверить файлы шаблонов (по умолчанию: по маскам templates конфигурации)' },
  'files, directories or globs': { zh: '文件、目录或通配符', ru: 'файлы, каталоги или маски' },
  'report errors only': { zh: '只报告错误', ru: 'сообщать только об ошибках' },
  'exit 1 when there are more warnings than this': { zh: '警告数超过此值时以 1 退出', ru: 'выйти с кодом 1, если предупреждений больше этого числа' },
  'apply safe fixes to the files, then report what is left': { zh: '在文件中应用安全的修复，然后报告剩下的问题', ru: 'применить безопасные исправления к файлам и сообщить об оставшемся' },
  'print the fixes as a unified diff; write nothing': { zh: '以统一 diff 格式显示修复内容，不写入任何文件', ru: 'показать исправления в виде unified diff, ничего не записывая' },
  'lint the given files together with the config’s templates (pack-wide rules), report only the given files; uses the cache unless --no-cache': {
    zh: '连同配置中的全部模板一起检查给定文件（全包规则），只报告给定文件；默认使用缓存（--no-cache 关闭）',
    ru: 'проверить указанные файлы вместе со всеми шаблонами конфигурации (правила по всему набору), сообщить только о них; с кешем, если нет --no-cache',
  },
  'keep what each file’s lint found; next time check only the templates that changed (not with --fix)': {
    zh: '保存每个文件的检查结果；下次只检查改动过的模板（不能与 --fix 一起用）',
    ru: 'сохранять найденное в каждом файле; в следующий раз проверять только изменённые шаблоны (не с --fix)',
  },
  'neither read nor write the cache (also with --context)': { zh: '不读也不写缓存（--context 时也一样）', ru: 'не читать и не записывать кеш (и с --context)' },
  'where the cache goes (default: .otvet-cache in the working directory)': { zh: '缓存的位置（默认：工作目录下的 .otvet-cache）', ru: 'где хранится кеш (по умолчанию: .otvet-cache в рабочем каталоге)' },
  'threads that lint a big pack: auto (default: a second one from some 11,000 templates), off, or a number; one with --context or --fix': {
    zh: '检查大型模板包所用的线程数：auto（默认：模板约达 11,000 个时才启用第二个线程）、off，或一个数字；与 --context 或 --fix 一起用时只用一个线程',
    ru: 'сколько потоков проверяют большой набор: auto (по умолчанию: второй поток примерно от 11 000 шаблонов), off или число; с --context или --fix — один поток',
  },
  'lint the text on standard input (an editor’s unsaved file)': { zh: '检查标准输入中的文本（编辑器中未保存的文件）', ru: 'проверить текст со стандартного ввода (несохранённый файл редактора)' },
  'the file the text on standard input is: its config, its place in the pack, its path in the report': {
    zh: '标准输入中的文本所代表的文件：决定其配置、在包中的位置和报告中的路径',
    ru: 'каким файлом считать текст со стандартного ввода: его конфигурация, место в наборе, путь в отчёте',
  },
  'write the report to a file instead of standard output': { zh: '把报告写入文件，而不是标准输出', ru: 'записать отчёт в файл, а не на стандартный вывод' },
  'print the configuration that applies to a file, as JSON, and exit': { zh: '以 JSON 显示适用于某个文件的配置，然后退出', ru: 'вывести в JSON конфигурацию, действующую для файла, и выйти' },
  'colour the report, even into a pipe or a file (also FORCE_COLOR=1)': { zh: '为报告着色，即使输出到管道或文件（也可设 FORCE_COLOR=1）', ru: 'раскрашивать отчёт даже в канал или файл (также FORCE_COLOR=1)' },
  'no colour, even on a terminal (also NO_COLOR=1)': { zh: '不着色，即使在终端中（也可设 NO_COLOR=1）', ru: 'без цвета даже в терминале (также NO_COLOR=1)' },
  'a path or pattern that matches no file is not an error': { zh: '没有匹配到文件的路径或通配符不算错误', ru: 'путь или маска без совпадений — не ошибка' },
  'error-rate table per template and for the pack': { zh: '每个模板及整个模板包的错误率表', ru: 'таблица доли ошибок по шаблонам и по набору' },
  'also exit 1 when a template is at “revise”': { zh: '有模板处于“需修改”时也以 1 退出', ru: 'выходить с кодом 1 и когда шаблон «на доработке»' },
  'keep what each file’s lint found; next time check only the templates that changed': { zh: '保存每个文件的检查结果；下次只检查改动过的模板', ru: 'сохранять найденное в каждом файле; в следующий раз проверять только изменённые шаблоны' },
  'neither read nor write the cache': { zh: '不读也不写缓存', ru: 'не читать и не записывать кеш' },
  'write the table or report to a file instead of standard output': { zh: '把表格或报告写入文件，而不是标准输出', ru: 'записать таблицу или отчёт в файл, а не на стандартный вывод' },
  'build the approved pack in dist/<name>-<version>/ (refuses on errors or templates over the thresholds)': {
    zh: '在 dist/<名称>-<版本>/ 生成通过审核的模板包（有错误或模板超过阈值时拒绝）',
    ru: 'собрать одобренный набор в dist/<name>-<version>/ (отказ при ошибках или шаблонах сверх порогов)',
  },
  'let templates at “revise” into the pack': { zh: '允许“需修改”的模板进入模板包', ru: 'пускать в набор шаблоны «на доработке»' },
  'also write <name>-<version>.zip (deterministic)': { zh: '同时生成 <名称>-<版本>.zip（内容确定）', ru: 'также записать <name>-<version>.zip (воспроизводимый)' },
  'also write templates.xlsx: a row per template with its verdict and error rate, for review in Excel or WPS': {
    zh: '同时生成 templates.xlsx：每个模板一行，附结论和错误率，便于在 Excel 或 WPS 中审阅',
    ru: 'также записать templates.xlsx: по строке на шаблон с вердиктом и долей ошибок, для проверки в Excel или WPS',
  },
  'print what changed since an older pack (its directory, zip or templates.json)': { zh: '显示自旧模板包以来的变更（旧包的目录、zip 或 templates.json）', ru: 'показать изменения со старого набора (его каталог, zip или templates.json)' },
  'format of the --since report: text or markdown': { zh: '--since 报告的格式：text 或 markdown', ru: 'формат отчёта --since: text или markdown' },
  'where the pack directory goes (default: dist/ beside the config)': { zh: '模板包目录的位置（默认：配置文件旁的 dist/）', ru: 'куда записать каталог набора (по умолчанию: dist/ рядом с конфигурацией)' },
  'check a pack against its manifest: every file and checksum (exit 1 on any mismatch)': { zh: '按清单校验模板包：每个文件及其校验和（有任何不一致时以 1 退出）', ru: 'сверить набор с его манифестом: каждый файл и контрольную сумму (код 1 при любом расхождении)' },
  'the pack directory, e.g. dist/my-shop-1.0.0': { zh: '模板包目录，例如 dist/my-shop-1.0.0', ru: 'каталог набора, например dist/my-shop-1.0.0' },
  'message language: zh, en or ru': { zh: '提示语言：zh、en 或 ru', ru: 'язык сообщений: zh, en или ru' },
  'run the language server for editors (LSP over standard input and output)': { zh: '为编辑器运行语言服务器（通过标准输入输出的 LSP）', ru: 'запустить языковой сервер для редакторов (LSP через стандартные ввод и вывод)' },
  'talk over standard input and output (the only transport; editors pass it)': { zh: '通过标准输入输出通信（唯一的传输方式；编辑器会传入此选项）', ru: 'общаться через стандартные ввод и вывод (единственный способ; редакторы передают этот флаг)' },
  'message language when the editor names none: zh, en or ru': { zh: '编辑器未指定时的提示语言：zh、en 或 ru', ru: 'язык сообщений, если редактор его не указал: zh, en или ru' },
  'scaffold otvet.config.yaml, an example template, a glossary and a pre-commit hook (never overwrites)': {
    zh: '创建 otvet.config.yaml、示例模板、术语表和提交前钩子（从不覆盖已有文件）',
    ru: 'создать otvet.config.yaml, пример шаблона, глоссарий и хук перед коммитом (ничего не перезаписывает)',
  },
  'message language: zh, en or ru (also written to the config as its lang:)': { zh: '提示语言：zh、en 或 ru（同时写入配置的 lang:）', ru: 'язык сообщений: zh, en или ru (также записывается в конфигурацию как lang:)' },
  'check, search, edit, import and export the glossary (config `glossary:`)': { zh: '检查、搜索、编辑、导入和导出术语表（配置中的 `glossary:`）', ru: 'проверка, поиск, правка, импорт и экспорт глоссария (`glossary:` в конфигурации)' },
  'validate the glossary files (exit 1 on problems)': { zh: '校验术语表文件（有问题时以 1 退出）', ru: 'проверить файлы глоссария (код 1 при проблемах)' },
  'look up a Chinese, Russian (any inflection) or English term': { zh: '查找中文、俄语（任意词形）或英语术语', ru: 'найти китайский, русский (в любой форме) или английский термин' },
  'text to look up': { zh: '要查找的文本', ru: 'что искать' },
  'append an entry to a glossary file, keeping its comments and formatting': { zh: '向术语表文件添加条目，保留其注释和格式', ru: 'добавить запись в файл глоссария, сохранив его комментарии и форматирование' },
  'entry id (kebab-case)': { zh: '条目 id（kebab-case）', ru: 'id записи (kebab-case)' },
  'Chinese variants, separated by | or ,': { zh: '中文写法，用 | 或 , 分隔', ru: 'китайские варианты через | или ,' },
  'approved Russian terms, best first': { zh: '认可的俄语译法，最好的在前', ru: 'одобренные русские термины, лучший первым' },
  'forbidden Russian variants': { zh: '禁止使用的俄语译法', ru: 'запрещённые русские варианты' },
  'English terms': { zh: '英语术语', ru: 'английские термины' },
  'the source word is not rendered at all (translate: false)': { zh: '源词完全不译出（`translate: false`）', ru: 'исходное слово не переводится вовсе (translate: false)' },
  'approved, draft or deprecated': { zh: 'approved（认可）、draft（草稿）或 deprecated（弃用）', ru: 'approved (одобрен), draft (черновик) или deprecated (устарел)' },
  'subject area': { zh: '所属领域', ru: 'предметная область' },
  'a note for translators': { zh: '给译者的说明', ru: 'примечание для переводчиков' },
  'glossary file to add to (default: the first one)': { zh: '添加到哪个术语表文件（默认：第一个）', ru: 'в какой файл глоссария добавить (по умолчанию: в первый)' },
  'import entries from CSV (with a header), XLSX (the same columns, first sheet) or TBX; known ids are updated': {
    zh: '从 CSV（带表头）、XLSX（相同的列，第一个工作表）或 TBX 导入条目；已有 id 的条目会被更新',
    ru: 'импортировать записи из CSV (с заголовком), XLSX (те же столбцы, первый лист) или TBX; известные id обновляются',
  },
  'a .csv, .xlsx or .tbx file': { zh: '.csv、.xlsx 或 .tbx 文件', ru: 'файл .csv, .xlsx или .tbx' },
  'csv, xlsx or tbx (default: from the extension)': { zh: 'csv、xlsx 或 tbx（默认：按扩展名判断）', ru: 'csv, xlsx или tbx (по умолчанию: по расширению)' },
  'glossary file for new entries (default: the first one)': { zh: '新条目写入的术语表文件（默认：第一个）', ru: 'файл глоссария для новых записей (по умолчанию: первый)' },
  'export the glossary as TBX-Basic, CSV (UTF-8 with BOM) or XLSX': { zh: '把术语表导出为 TBX-Basic、CSV（带 BOM 的 UTF-8）或 XLSX', ru: 'экспортировать глоссарий в TBX-Basic, CSV (UTF-8 с BOM) или XLSX' },
  'tbx, csv or xlsx (default: from the --out file’s extension, else tbx)': {
    zh: 'tbx、csv 或 xlsx（默认：按 --out 文件的扩展名判断，否则为 tbx）',
    ru: 'tbx, csv или xlsx (по умолчанию: по расширению файла --out, иначе tbx)',
  },
  'write to a file instead of stdout (xlsx needs a file)': { zh: '写入文件，而不是标准输出（xlsx 必须写入文件）', ru: 'записать в файл, а не на стандартный вывод (для xlsx файл обязателен)' },
  'entries by status, unused terms, frequent source words the glossary lacks': { zh: '按状态统计条目、未使用的术语、术语表中缺少的高频源词', ru: 'записи по статусам, неиспользуемые термины, частые исходные слова, которых нет в глоссарии' },
  'how many missing source words to list': { zh: '列出多少个缺少的源词', ru: 'сколько недостающих исходных слов показать' },
  'open the local web workspace for the templates (a server on 127.0.0.1 with a session token)': {
    zh: '打开本地网页工作台来编辑模板（在 127.0.0.1 上运行的服务，带会话令牌）',
    ru: 'открыть локальную веб-студию для шаблонов (сервер на 127.0.0.1 с токеном сеанса)',
  },
  'the port to listen on (default: 0, a free one)': { zh: '监听的端口（默认：0，即任一空闲端口）', ru: 'порт для прослушивания (по умолчанию: 0, любой свободный)' },
  'also open the studio in the system’s browser': { zh: '同时在系统浏览器中打开工作台', ru: 'также открыть студию в браузере системы' },
  'output the version number': { zh: '显示版本号', ru: 'показать номер версии' },
  'display help for command': { zh: '显示命令的帮助', ru: 'показать справку по команде' },
  'output format': { zh: '输出格式', ru: 'формат вывода' },
};

/** Commander's headings and words, in each language. */
const WORDS: Record<string, Translation> = {
  'Usage:': { zh: '用法：', ru: 'Использование:' },
  'Options:': { zh: '选项：', ru: 'Параметры:' },
  'Arguments:': { zh: '参数：', ru: 'Аргументы:' },
  'Commands:': { zh: '命令：', ru: 'Команды:' },
  'Global Options:': { zh: '全局选项：', ru: 'Общие параметры:' },
  default: { zh: '默认', ru: 'по умолчанию' },
};

/**
 * The words of a usage line (commander's `[options]`, `[command]`) and the names of the values that
 * arguments and options take (`[paths...]`, `--format <format>`), in each language. A name the
 * table lacks stays as written: test/zh-output.test.ts catches it in the help.
 */
const TERMS: Record<string, Translation> = {
  options: { zh: '选项', ru: 'параметры' },
  command: { zh: '命令', ru: 'команда' },
  paths: { zh: '路径', ru: 'пути' },
  path: { zh: '路径', ru: 'путь' },
  pack: { zh: '模板包', ru: 'набор' },
  'old-pack': { zh: '旧模板包', ru: 'старый набор' },
  text: { zh: '文本', ru: 'текст' },
  file: { zh: '文件', ru: 'файл' },
  dir: { zh: '目录', ru: 'каталог' },
  format: { zh: '格式', ru: 'формат' },
  lang: { zh: '语言', ru: 'язык' },
  variants: { zh: '写法', ru: 'варианты' },
  terms: { zh: '术语', ru: 'термины' },
  status: { zh: '状态', ru: 'статус' },
  domain: { zh: '领域', ru: 'область' },
  note: { zh: '说明', ru: 'примечание' },
  n: { zh: '数量', ru: 'число' },
};

/** `[options]`, `<paths...>`, `--format <format>`: the bracketed names in `lang`. */
export function localizeTerms(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  return text.replace(/([<[])([a-z][a-z-]*)(\.\.\.)?([>\]])/gu, (whole, open: string, name: string, dots: string | undefined, close: string) => {
    const term = TERMS[name]?.[lang];
    return term ? `${open}${term}${dots ?? ''}${close}` : whole;
  });
}

/** A help text in `lang` (English as written; a text the table lacks stays English: the test catches it). */
export function helpText(lang: Lang, english: string): string {
  return lang === 'en' ? english : (HELP[english]?.[lang] ?? english);
}

const word = (lang: Lang, english: string): string => (lang === 'en' ? english : (WORDS[english]?.[lang] ?? english));

/**
 * string-width, loaded only before a help page is shown ({@link loadHelpLayout}): nothing else at
 * start-up needs it, and initialising it costs a lint's start some milliseconds.
 */
let stringWidth: ((text: string) => number) | undefined;

/** Load what lays out a help page by the columns its text takes on screen. */
export async function loadHelpLayout(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
}

/** The columns `text` takes: Chinese characters two (by string-width once {@link loadHelpLayout} ran, else one each). */
const displayWidth = (text: string): number => (stringWidth ? stringWidth(text) : text.length);

/**
 * A chunk that a line of help may break before: a run of text after its spaces, or one Chinese
 * character with the opening mark before it and the closing marks after it (so that no line
 * starts with 「，」 or ends with 「（」). Chinese has no spaces to break at.
 */
const CHUNK = /\s*(?:[（「『《“‘]?\p{Script=Han}[，。、；：！？）」』》”’]*|[^\s\p{Script=Han}]+)/gu;

/** commander's box wrap, breaking between Chinese characters too, by display width. */
export function wrapHelp(text: string, width: number): string {
  if (width < 40) return text;
  return text
    .split(/\r?\n/u)
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      let used = 0;
      for (const chunk of line.match(CHUNK) ?? []) {
        const w = displayWidth(chunk);
        if (used + w <= width || current === '') {
          current += chunk;
          used += w;
          continue;
        }
        lines.push(current);
        current = chunk.trimStart();
        used = displayWidth(current);
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

/** Put every description of `program` and its subcommands in `lang`, and its help's headings. */
export function localizeProgram(program: Command, lang: Lang): void {
  const visit = (cmd: Command): void => {
    if (cmd.description()) cmd.description(helpText(lang, cmd.description()));
    for (const option of cmd.options as Option[]) option.description = helpText(lang, option.description);
    for (const argument of cmd.registeredArguments) argument.description = helpText(lang, argument.description);
    cmd.helpOption('-h, --help', helpText(lang, 'display help for command'));
    cmd.configureHelp({
      // Chinese characters take two columns: the descriptions line up by what the terminal shows.
      displayWidth,
      boxWrap: (text: string, width: number) => wrapHelp(text, width),
      styleTitle: (title: string) => word(lang, title),
      commandUsage: (c: Command) => localizeTerms(lang, new Help().commandUsage(c)),
      subcommandTerm: (c: Command) => localizeTerms(lang, new Help().subcommandTerm(c)),
      argumentTerm: (argument: Argument) => localizeTerms(lang, `<${argument.name()}>`).slice(1, -1),
      optionTerm: (option: Option) => localizeTerms(lang, option.flags),
      optionDescription: (option: Option) => {
        const base = new Help().optionDescription(option);
        // “(default: …)”, which commander adds, in the language too.
        return lang === 'en' ? base : base.replace(/\(default: /u, `(${word(lang, 'default')}: `);
      },
    });
    // Every command with subcommands has its own `help [command]` (otvet's, and `otvet glossary`'s).
    if (cmd.commands.length) cmd.helpCommand('help [command]', helpText(lang, 'display help for command'));
    for (const sub of cmd.commands) visit(sub);
  };
  visit(program);
}

/** commander's usage errors by code, in each language: what `error.message` names is filled in. */
const ERRORS: Record<string, { en: string; zh: string; ru: string; pattern: RegExp }> = {
  'commander.unknownOption': { pattern: /unknown option '([^']*)'/u, en: 'Unknown option “{1}”.', zh: '未知选项“{1}”。', ru: 'Неизвестный параметр «{1}».' },
  'commander.unknownCommand': { pattern: /unknown command '([^']*)'/u, en: 'Unknown command “{1}”.', zh: '未知命令“{1}”。', ru: 'Неизвестная команда «{1}».' },
  'commander.missingArgument': { pattern: /missing required argument '([^']*)'/u, en: 'Missing the argument “{1}”.', zh: '缺少参数“{1}”。', ru: 'Не хватает аргумента «{1}».' },
  'commander.optionMissingArgument': { pattern: /option '([^']*)' argument missing/u, en: 'The option “{1}” needs a value.', zh: '选项“{1}”需要一个值。', ru: 'Параметру «{1}» нужно значение.' },
  'commander.excessArguments': { pattern: /too many arguments(?: for '([^']*)')?/u, en: 'Too many arguments for “{1}”.', zh: '“{1}”的参数过多。', ru: 'Слишком много аргументов для «{1}».' },
  'commander.missingMandatoryOptionValue': { pattern: /required option '([^']*)' not specified/u, en: 'The option “{1}” is required.', zh: '必须提供选项“{1}”。', ru: 'Нужен параметр «{1}».' },
  'commander.invalidArgument': { pattern: /error: (.*)/u, en: '{1}', zh: '{1}', ru: '{1}' },
};

/** A commander usage error in `lang`, with its “did you mean …” suggestion; undefined for help and version. */
export function usageError(error: CommanderError, lang: Lang, command: string): string | undefined {
  if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return undefined;
  const known = ERRORS[error.code];
  const match = known?.pattern.exec(error.message);
  // commander's “(Did you mean lint?)” or “(Did you mean one of init, lint?)”: the names only.
  const suggestion = /\(Did you mean (?:one of )?([^?]*)\?\)/u.exec(error.message)?.[1];
  const text = known && match ? known[lang].replace('{1}', match[1] ?? command) : error.message.replace(/^error: /u, '');
  const hint = suggestion ? { en: ` Did you mean ${suggestion}?`, zh: `您是不是想写 ${suggestion}？`, ru: ` Возможно, ${suggestion}?` }[lang] : '';
  const help = { en: ' See otvet --help.', zh: '请参阅 otvet --help。', ru: ' Справка: otvet --help.' }[lang];
  return text + hint + help;
}
