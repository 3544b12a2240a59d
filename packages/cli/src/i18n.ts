/** CLI messages in every language, and the choice of language. */
import { isLang, langFromLocale, type Lang, type Localized } from '@otvet/core';

export const cliMessages = {
  'no-working-directory': {
    en: 'The current directory no longer exists (it was deleted or moved): change to an existing directory and run otvet again.',
    zh: '当前目录已不存在（已被删除或移动）：请进入一个存在的目录后重新运行 otvet。',
    ru: 'Текущей папки больше нет (её удалили или переместили): перейдите в существующую папку и запустите otvet снова.',
  },
  'no-files': {
    en: 'No template files found: nothing matches {patterns}.',
    zh: '没有找到模板文件：没有文件匹配 {patterns}。',
    ru: 'Файлы шаблонов не найдены: ничего не подходит под {patterns}.',
  },
  'no-data-files': {
    en: 'No files match {patterns} ({key} in the config).',
    zh: '没有文件匹配 {patterns}（配置中的 {key}）。',
    ru: 'Нет файлов, подходящих под {patterns} ({key} в конфигурации).',
  },
  'plugin-not-found': {
    en: 'Plugin “{plugin}” not found: no such file (a path is relative to this config file).',
    zh: '找不到插件“{plugin}”：文件不存在（路径相对于本配置文件）。',
    ru: 'Плагин «{plugin}» не найден: нет такого файла (путь отсчитывается от этого файла конфигурации).',
  },
  'plugin-not-file': {
    en: 'Plugin “{plugin}” is not a file: name the module itself (./rules/index.mjs).',
    zh: '插件“{plugin}”不是文件：请写出模块文件本身（如 ./rules/index.mjs）。',
    ru: 'Плагин «{plugin}» — не файл: укажите сам модуль (./rules/index.mjs).',
  },
  'plugin-not-module': {
    en: 'Plugin “{plugin}” is neither a path (./rules.mjs) nor the name of an installed package: otvet loads no code from URLs.',
    zh: '插件“{plugin}”既不是路径（如 ./rules.mjs），也不是已安装的包名：otvet 不会从 URL 加载代码。',
    ru: 'Плагин «{plugin}» — не путь (./rules.mjs) и не имя установленного пакета: otvet не загружает код по URL.',
  },
  'plugin-not-installed': {
    en: 'Plugin package “{plugin}” is not installed where this config is ({dir}): install it (npm install --save-dev {plugin}), or write a path that starts with ./',
    zh: '插件包“{plugin}”未安装在本配置所在的目录（{dir}）：请安装（npm install --save-dev {plugin}），或写以 ./ 开头的路径。',
    ru: 'Пакет плагина «{plugin}» не установлен там, где лежит эта конфигурация ({dir}): установите его (npm install --save-dev {plugin}) или укажите путь, начинающийся с ./',
  },
  'plugin-failed': {
    en: 'Plugin “{plugin}” failed to load: {detail}',
    zh: '插件“{plugin}”加载失败：{detail}',
    ru: 'Не удалось загрузить плагин «{plugin}»: {detail}',
  },
  'plugin-invalid': {
    en: 'Plugin “{plugin}”: {detail}.',
    zh: '插件“{plugin}”：{detail}。',
    ru: 'Плагин «{plugin}»: {detail}.',
  },
  'plugin-duplicate-name': {
    en: 'another plugin of this config is also named “{name}”',
    zh: '本配置中的另一个插件也叫“{name}”',
    ru: 'другой плагин этой конфигурации тоже называется «{name}»',
  },
  'not-found': {
    en: 'No such file or directory: {path}.',
    zh: '文件或目录不存在：{path}。',
    ru: 'Нет такого файла или каталога: {path}.',
  },
  'changed-while-reading': {
    en: '{path} changed while otvet was checking it: run otvet again.',
    zh: 'otvet 检查期间 {path} 被修改了：请重新运行 otvet。',
    ru: '{path} изменился, пока otvet его проверял: запустите otvet ещё раз.',
  },
  'not-regular-file': {
    en: '{path} is not a regular file (it is a device, a pipe or a socket): otvet reads only regular files.',
    zh: '{path} 不是普通文件（而是设备、管道或套接字）：otvet 只读取普通文件。',
    ru: '{path} — не обычный файл (это устройство, канал или сокет): otvet читает только обычные файлы.',
  },
  'file-too-large': {
    en: 'The file is larger than {limit} MB, the most otvet reads from one file: split its templates into several files.',
    zh: '文件超过 {limit} MB，这是 otvet 单个文件能读取的上限：请把其中的模板拆分到多个文件中。',
    ru: 'Файл больше {limit} МБ — это предел otvet для одного файла: разделите его шаблоны на несколько файлов.',
  },
  'is-directory': {
    en: '{path} is a directory, but a file is expected here.',
    zh: '{path} 是一个目录，这里需要的是文件。',
    ru: '{path} — это каталог, а здесь нужен файл.',
  },
  unreadable: {
    en: 'Cannot read {path}: {detail}.',
    zh: '无法读取 {path}：{detail}。',
    ru: 'Не удаётся прочитать {path}: {detail}.',
  },
  'not-utf8': {
    en: 'The file is not UTF-8{guess}. Save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8) and run again.',
    zh: '文件不是 UTF-8 编码{guess}。请另存为 UTF-8（记事本：另存为 → 编码：UTF-8）后重新运行。',
    ru: 'Файл не в кодировке UTF-8{guess}. Сохраните его в UTF-8 (в Блокноте: «Сохранить как» → «Кодировка: UTF-8») и запустите снова.',
  },
  'guess-gbk': { en: ' (it looks like GBK/GB18030, common in Chinese Windows editors)', zh: '（看起来是 GBK/GB18030，中文 Windows 编辑器常用的编码）', ru: ' (похоже на GBK/GB18030 — так сохраняют китайские редакторы в Windows)' },
  'guess-windows-1251': { en: ' (it looks like Windows-1251)', zh: '（看起来是 Windows-1251）', ru: ' (похоже на Windows-1251)' },
  'guess-utf-16le': { en: ' (it is UTF-16)', zh: '（这是 UTF-16）', ru: ' (это UTF-16)' },
  'guess-utf-16be': { en: ' (it is UTF-16)', zh: '（这是 UTF-16）', ru: ' (это UTF-16)' },
  'bad-lang': {
    en: 'Unknown language “{value}”: use zh, en or ru.',
    zh: '未知语言“{value}”：请使用 zh、en 或 ru。',
    ru: 'Неизвестный язык «{value}»: используйте zh, en или ru.',
  },
  'bad-format': {
    en: 'Unknown format “{value}”: use {allowed}.',
    zh: '未知格式“{value}”：请使用 {allowed}。',
    ru: 'Неизвестный формат «{value}»: используйте {allowed}.',
  },
  'bad-number': {
    en: '{option} expects a whole number ≥ 0, got “{value}”.',
    zh: '{option} 需要一个 ≥ 0 的整数，收到的是“{value}”。',
    ru: '{option} ожидает целое число ≥ 0, получено «{value}».',
  },
  'bad-concurrency': {
    en: '--concurrency expects auto, off or a number of threads from 1 to 64, got “{value}”.',
    zh: '--concurrency 需要 auto、off 或 1 到 64 之间的线程数，收到的是“{value}”。',
    ru: '--concurrency ожидает auto, off или число потоков от 1 до 64, получено «{value}».',
  },
  usage: { en: '{detail}', zh: '{detail}', ru: '{detail}' },
  'fix-conflict': {
    en: '--fix and --fix-dry-run cannot be used together: --fix writes the fixes, --fix-dry-run only prints them.',
    zh: '--fix 和 --fix-dry-run 不能同时使用：--fix 会写入修复，--fix-dry-run 只打印修复内容。',
    ru: '--fix и --fix-dry-run нельзя использовать вместе: --fix записывает исправления, --fix-dry-run только показывает их.',
  },
  'stdin-with-paths': {
    en: '--stdin lints standard input: give no paths with it (--stdin-filename names the file the text is).',
    zh: '--stdin 检查标准输入的内容：不要同时给出路径（用 --stdin-filename 指定这段文本对应的文件）。',
    ru: '--stdin проверяет стандартный ввод: не указывайте вместе с ним пути (--stdin-filename задаёт, каким файлом считать текст).',
  },
  'stdin-filename-alone': {
    en: '--stdin-filename names the file that standard input is: use it with --stdin.',
    zh: '--stdin-filename 指定标准输入对应的文件：请与 --stdin 一起使用。',
    ru: '--stdin-filename задаёт, каким файлом считать стандартный ввод: используйте его вместе с --stdin.',
  },
  'stdin-fix': {
    en: '--fix cannot write its fixes back to standard input: use --fix-dry-run to see them.',
    zh: '--fix 无法把修复写回标准输入：请使用 --fix-dry-run 查看修复内容。',
    ru: '--fix не может записать исправления обратно в стандартный ввод: используйте --fix-dry-run, чтобы их увидеть.',
  },
  'lsp-no-streams': {
    en: 'otvet lsp talks to an editor over standard input and output: start it as a process (otvet lsp --stdio).',
    zh: 'otvet lsp 通过标准输入和输出与编辑器通信：请作为独立进程启动（otvet lsp --stdio）。',
    ru: 'otvet lsp общается с редактором через стандартный ввод и вывод: запускайте его отдельным процессом (otvet lsp --stdio).',
  },
  'output-is-input': {
    en: '-o {path} would replace a template file that is being linted with the report: write the report somewhere else.',
    zh: '-o {path} 会用报告覆盖正在检查的模板文件：请把报告写到其他位置。',
    ru: '-o {path} заменил бы отчётом проверяемый файл шаблонов: запишите отчёт в другое место.',
  },
  'output-write-failed': {
    en: 'Cannot write the report to {path} ({code}): check that the directory can be written, then run again.',
    zh: '无法把报告写入 {path}（{code}）：请确认该目录可写，然后重新运行。',
    ru: 'Не удаётся записать отчёт в {path} ({code}): проверьте, что в каталог можно писать, и запустите снова.',
  },
  crash: {
    en: 'otvet stopped on an internal error; this is a bug, please report it with the trace below.',
    zh: 'otvet 因内部错误而停止；这是一个缺陷，请附上下面的信息报告。',
    ru: 'otvet остановился из-за внутренней ошибки; это дефект, сообщите о нём, приложив текст ниже.',
  },
  'rule-crash': {
    en: 'Rule “{rule}” failed on template “{template}”: {detail}\nOccurred while linting {where}, Rule: “{rule}”.\nThis is a defect of otvet, not of the templates; please report it.',
    zh: '规则“{rule}”在检查模板“{template}”时出错：{detail}\n出错位置：{where}，规则：“{rule}”。\n这是 otvet 的缺陷，不是模板的问题；请报告它。',
    ru: 'Правило «{rule}» дало сбой на шаблоне «{template}»: {detail}\nМесто: {where}, правило: «{rule}».\nЭто дефект otvet, а не шаблонов; сообщите о нём.',
  },
  'plugin-rule-crash': {
    en: 'Rule “{rule}” failed on template “{template}”: {detail}\nOccurred while linting {where}, Rule: “{rule}”.\nThis is a defect of the plugin “{plugin}” that the config names, not of the templates or of otvet; tell its authors.',
    zh: '规则“{rule}”在检查模板“{template}”时出错：{detail}\n出错位置：{where}，规则：“{rule}”。\n这是配置中列出的插件“{plugin}”的缺陷，不是模板或 otvet 的问题；请告知该插件的作者。',
    ru: 'Правило «{rule}» дало сбой на шаблоне «{template}»: {detail}\nМесто: {where}, правило: «{rule}».\nЭто дефект плагина «{plugin}», указанного в конфигурации, а не шаблонов и не otvet; сообщите его авторам.',
  },
  'debug-hint': {
    en: 'Run with DEBUG=1 to see the stack trace.',
    zh: '设置 DEBUG=1 运行可查看堆栈信息。',
    ru: 'Запустите с DEBUG=1, чтобы увидеть трассировку стека.',
  },
  'too-many-warnings': {
    en: 'Too many warnings: {count} (at most {max} allowed with --max-warnings).',
    zh: '警告太多：{count} 个（--max-warnings 最多允许 {max} 个）。',
    ru: 'Слишком много предупреждений: {count} (с --max-warnings допускается не больше {max}).',
  },
  progress: {
    en: 'Linting… {done} of {total} files ({percent} %)',
    zh: '正在检查… {done}/{total} 个文件（{percent} %）',
    ru: 'Проверка… файлов: {done} из {total} ({percent} %)',
  },
  // The same for a run of one file: its templates done.
  'progress-one': { en: 'Linting… {percent} %', zh: '正在检查… {percent} %', ru: 'Проверка… {percent} %' },
  'label-error': { en: 'error', zh: '错误', ru: 'ошибка' },
  'label-warning': { en: 'warning', zh: '警告', ru: 'предупреждение' },
  'label-info': { en: 'info', zh: '提示', ru: 'заметка' },
  'label-cause': { en: '[cause]', zh: '[相关位置]', ru: '[связано с]' },
  'list-separator': { en: ', ', zh: '，', ru: ', ' },
  'count-messages': { en: '{messages} ({list})', zh: '{messages}（{list}）', ru: '{messages} ({list})' },
  'fixable-line': {
    en: '{problems} can be fixed with `otvet lint --fix`.',
    zh: '其中 {problems}可以用 `otvet lint --fix` 自动修复。',
    ru: '{problems} можно исправить командой `otvet lint --fix`.',
  },
  'summary-write-failed': {
    en: 'Could not add to the job summary {path} ({code}); the report stands.',
    zh: '无法写入作业摘要 {path}（{code}）；报告不受影响。',
    ru: 'Не удалось дополнить сводку задания {path} ({code}); отчёт остаётся в силе.',
  },
  'rate-line': {
    en: 'Error rate {rate} over {words} — {verdict}.',
    zh: '错误率 {rate}（共 {words}）— {verdict}。',
    ru: 'Доля ошибок {rate} на {words} — {verdict}.',
  },
  'junit-rate': {
    en: 'Error rate {rate} — {verdict}.',
    zh: '错误率 {rate} — {verdict}。',
    ru: 'Доля ошибок {rate} — {verdict}.',
  },
  'junit-unchecked': {
    en: 'Not checked: fix the YAML or schema errors first.',
    zh: '未检查：请先修正 YAML 或结构错误。',
    ru: 'Не проверен: сначала исправьте ошибки YAML или схемы.',
  },
  'junit-errors': { en: '{errors}', zh: '{errors}', ru: '{errors}' },
  'html-title': { en: 'otvet: template check', zh: 'otvet：模板检查报告', ru: 'otvet: проверка шаблонов' },
  'html-error-rate': { en: 'Error rate', zh: '错误率', ru: 'Доля ошибок' },
  'html-counts': { en: '{files}, {templates}, {words}', zh: '{files}，{templates}，{words}', ru: '{files}, {templates}, {words}' },
  'html-findings': { en: '{errors}, {warnings}, {infos}', zh: '{errors}，{warnings}，{infos}', ru: '{errors}, {warnings}, {infos}' },
  'html-file-messages': { en: 'The file itself', zh: '文件本身', ru: 'Файл целиком' },
  'html-clean': { en: 'Clean ({count}):', zh: '无问题（{count} 个）：', ru: 'Без замечаний ({count}):' },
  'html-where': { en: 'Line:col', zh: '行:列', ru: 'Строка:столбец' },
  'html-severity': { en: 'Severity', zh: '级别', ru: 'Уровень' },
  'html-message': { en: 'Message', zh: '说明', ru: 'Сообщение' },
  'html-rule': { en: 'Rule', zh: '规则', ru: 'Правило' },
  'html-error': { en: 'error', zh: '错误', ru: 'ошибка' },
  'html-warning': { en: 'warning', zh: '警告', ru: 'предупреждение' },
  'html-info': { en: 'note', zh: '提示', ru: 'замечание' },
  'over-threshold': {
    en: '{templates} over the thresholds: {list}.',
    zh: '{templates}超过阈值：{list}。',
    ru: 'Выше порогов — {templates}: {list}.',
  },
  // One template of that list: Chinese text takes full-width brackets.
  'over-threshold-item': { en: '{id} {rate} ({verdict})', zh: '{id} {rate}（{verdict}）', ru: '{id} {rate} ({verdict})' },
  'over-threshold-more': {
    en: 'and {count} more (all of them: --format json)',
    zh: '另有 {count} 个（完整列表：--format json）',
    ru: 'и ещё {count} (полный список: --format json)',
  },
  'verdict-pass': { en: 'pass', zh: '通过', ru: 'принят' },
  'verdict-revise': { en: 'revise (Ozon may return it for revision)', zh: '需修改（Ozon 可能退回修改）', ru: 'на доработку (Ozon может вернуть на исправление)' },
  'verdict-reject': { en: 'reject (Ozon is likely to reject it)', zh: '拒绝（Ozon 很可能拒绝）', ru: 'отклонён (Ozon, скорее всего, отклонит)' },
  'verdict-unchecked': {
    en: 'not checked (fix the YAML or schema errors first)',
    zh: '未检查（请先修正 YAML 或结构错误）',
    ru: 'не проверен (сначала исправьте ошибки YAML или схемы)',
  },
  'unchecked-list': {
    en: 'Not checked, so left out of the error rate: {list}.',
    zh: '未检查，因此不计入错误率：{list}。',
    ru: 'Не проверены и поэтому не вошли в долю ошибок: {list}.',
  },
  'whole-file': { en: '(the file)', zh: '（整个文件）', ru: '(весь файл)' },
  'short-pass': { en: 'pass', zh: '通过', ru: 'принят' },
  'short-revise': { en: 'revise', zh: '需修改', ru: 'доработать' },
  'short-reject': { en: 'reject', zh: '拒绝', ru: 'отклонён' },
  'short-unchecked': { en: 'not checked', zh: '未检查', ru: 'не проверен' },
  'col-file': { en: 'file', zh: '文件', ru: 'файл' },
  'col-id': { en: 'template', zh: '模板', ru: 'шаблон' },
  'col-words': { en: 'words', zh: '词数', ru: 'слов' },
  'col-penalty': { en: 'penalty', zh: '扣分', ru: 'штраф' },
  'col-rate': { en: 'rate', zh: '错误率', ru: 'доля' },
  'col-verdict': { en: 'verdict', zh: '结论', ru: 'вердикт' },
  'col-to-revise': { en: 'errors to revise', zh: '距“需修改”', ru: 'до доработки' },
  'col-to-reject': { en: 'errors to reject', zh: '距“拒绝”', ru: 'до отклонения' },
  'pack-total': { en: 'pack', zh: '整体', ru: 'весь набор' },
  'score-legend': {
    en: 'Thresholds: revise from {revise}, reject from {reject}. “errors to …” = how many more errors a template can take before it reaches that threshold.',
    zh: '阈值：≥ {revise} 需修改，≥ {reject} 拒绝。“距…”表示模板在达到该阈值前还能容纳多少个错误。',
    ru: 'Пороги: доработка от {revise}, отклонение от {reject}. «до …» — сколько ещё ошибок шаблон выдержит до этого порога.',
  },
  fixed: {
    en: 'Fixed {problems} {files}.',
    zh: '已{files}修复 {problems}。',
    ru: 'Исправлено {files}: {problems}.',
  },
  'would-fix': {
    en: '--fix would fix {problems} {files}; nothing was written.',
    zh: '--fix 将{files}修复 {problems}；未写入任何文件。',
    ru: '--fix исправил бы {problems} {files}; ничего не записано.',
  },
  // `lint --fix`: a file the fixes were not written to (packages/cli/src/fix.ts, writeFixed).
  'fix-changed': {
    en: '{path} changed while otvet was fixing it; nothing written to it — run again.',
    zh: '{path} 在 otvet 修复期间被修改了；未写入该文件——请重新运行。',
    ru: '{path} изменился, пока otvet его исправлял; в него ничего не записано — запустите снова.',
  },
  'fix-read-only': {
    en: '{path} is read-only (mode {mode}); --fix left it as it is. Make it writable (chmod u+w) and run again, or apply the fixes by hand (--fix-dry-run shows them).',
    zh: '{path} 是只读文件（权限 {mode}）；--fix 未修改它。请将其设为可写（chmod u+w）后重新运行，或手动修改（--fix-dry-run 会列出修复内容）。',
    ru: '{path} доступен только для чтения (права {mode}); --fix его не тронул. Разрешите запись (chmod u+w) и запустите снова или исправьте вручную (--fix-dry-run покажет исправления).',
  },
  'fix-hard-link': {
    en: '{path} has {links} hard links; --fix left it as it is, since replacing it would split them. Apply the fixes by hand (--fix-dry-run shows them), or keep one file and make the others symbolic links.',
    zh: '{path} 有 {links} 个硬链接；替换它会拆散这些链接，因此 --fix 未修改它。请手动修改（--fix-dry-run 会列出修复内容），或只保留一个文件并把其余改为符号链接。',
    ru: 'У {path} жёстких ссылок: {links}; замена файла разорвала бы их, поэтому --fix его не тронул. Исправьте вручную (--fix-dry-run покажет исправления) или оставьте один файл, а остальные сделайте символическими ссылками.',
  },
  'fix-no-permission': {
    en: 'Cannot write the fixes to {path}: no permission to create a file in {dir} ({code}); nothing written to it. Make the directory writable and run again.',
    zh: '无法把修复写入 {path}：没有在 {dir} 中创建文件的权限（{code}）；未写入该文件。请让该目录可写后重新运行。',
    ru: 'Не удаётся записать исправления в {path}: нет прав создавать файлы в {dir} ({code}); в него ничего не записано. Разрешите запись в каталог и запустите снова.',
  },
  'fix-read-only-fs': {
    en: 'Cannot write the fixes to {path}: {dir} is on a read-only file system ({code}); nothing written to it. Run otvet on a writable copy.',
    zh: '无法把修复写入 {path}：{dir} 位于只读文件系统上（{code}）；未写入该文件。请在可写的副本上运行 otvet。',
    ru: 'Не удаётся записать исправления в {path}: {dir} находится на файловой системе только для чтения ({code}); в него ничего не записано. Запустите otvet на копии, доступной для записи.',
  },
  'fix-disk-full': {
    en: 'Cannot write the fixes to {path}: the disk is full ({code}); nothing written to it. Free some space and run again.',
    zh: '无法把修复写入 {path}：磁盘已满（{code}）；未写入该文件。请释放空间后重新运行。',
    ru: 'Не удаётся записать исправления в {path}: диск заполнен ({code}); в него ничего не записано. Освободите место и запустите снова.',
  },
  'cache-write-failed': {
    en: 'Cannot write the lint cache in {dir} ({code}). The report above is complete; the next run just lints everything again. Check the directory, or choose another with --cache-location.',
    zh: '无法在 {dir} 写入检查缓存（{code}）。上面的报告是完整的，只是下次运行会重新检查全部文件。请检查该目录，或用 --cache-location 指定其他目录。',
    ru: 'Не удаётся записать кэш проверки в {dir} ({code}). Отчёт выше полный; просто следующий запуск снова проверит всё. Проверьте каталог или укажите другой через --cache-location.',
  },
  'fix-write-failed': {
    en: 'Cannot write the fixes to {path} ({code}); nothing written to it. Check the file and its directory {dir}, then run again.',
    zh: '无法把修复写入 {path}（{code}）；未写入该文件。请检查该文件及其目录 {dir}，然后重新运行。',
    ru: 'Не удаётся записать исправления в {path} ({code}); в него ничего не записано. Проверьте файл и его каталог {dir} и запустите снова.',
  },
  // end of `lint --fix` writes
  'file-errors': {
    en: 'File-level errors (YAML or schema): {count}; some templates are not scored: run otvet lint.',
    zh: '有 {count} 个文件级错误（YAML 或结构），部分模板无法评分；请运行 otvet lint。',
    ru: 'Ошибок на уровне файлов (YAML или схема): {count}; часть шаблонов не оценена. Запустите otvet lint.',
  },
  // The HTML report's cap on the messages shown per template.
  'html-more': {
    en: '{count} more messages of this template are not shown here; the other formats (stylish, json) list them all.',
    zh: '另有 {count} 条该模板的提示未在此显示；其他格式（stylish、json）会全部列出。',
    ru: 'Ещё {count} сообщений этого шаблона здесь не показаны; другие форматы (stylish, json) перечисляют все.',
  },
  // Input that is not what otvet reads: binary data, lone-CR line endings (files.ts), `init` where a file blocks a directory.
  binary: {
    en: 'This is not a text file: it holds binary data (a NUL or control byte here). Template, config and glossary files are UTF-8 text; check that the path names the right file.',
    zh: '这不是文本文件：其中含有二进制数据（此处有 NUL 或控制字节）。模板、配置和术语表文件都是 UTF-8 文本；请检查路径是否指向了正确的文件。',
    ru: 'Это не текстовый файл: в нём двоичные данные (здесь байт NUL или управляющий символ). Файлы шаблонов, конфигурации и глоссария — текст в UTF-8; проверьте, тот ли файл указан.',
  },
  'lone-cr': {
    en: 'The line ends in a lone carriage return (CR without LF, as old Mac OS wrote line endings); otvet reads LF and CRLF line endings only. Save the file with LF (Unix) or CRLF (Windows) line endings and run again.',
    zh: '此行以单独的回车符结尾（只有 CR 没有 LF，旧版 Mac OS 的换行方式）；otvet 只支持 LF 和 CRLF 换行。请以 LF（Unix）或 CRLF（Windows）换行保存文件后重新运行。',
    ru: 'Строка заканчивается одиночным возвратом каретки (CR без LF, как в старой Mac OS); otvet читает только переводы строк LF и CRLF. Сохраните файл с переводами строк LF (Unix) или CRLF (Windows) и запустите снова.',
  },
  'init-not-directory': {
    en: '{path} exists and is not a directory, so otvet init cannot create {file} in it. Rename or remove {path}, or run otvet init in another directory.',
    zh: '{path} 已存在且不是目录，otvet init 无法在其中创建 {file}。请重命名或删除 {path}，或在其他目录中运行 otvet init。',
    ru: '{path} уже существует и это не каталог, поэтому otvet init не может создать в нём {file}. Переименуйте или удалите {path} либо запустите otvet init в другом каталоге.',
  },
} satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof cliMessages;

/** A count in words, in each language's plural forms (CLDR categories, as Intl.PluralRules picks them). */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const pluralMessages = {
  'count-errors': { en: { one: '{n} error', other: '{n} errors' }, zh: { other: '{n} 个错误' }, ru: { one: '{n} ошибка', few: '{n} ошибки', many: '{n} ошибок', other: '{n} ошибки' } },
  'count-warnings': {
    en: { one: '{n} warning', other: '{n} warnings' },
    zh: { other: '{n} 个警告' },
    ru: { one: '{n} предупреждение', few: '{n} предупреждения', many: '{n} предупреждений', other: '{n} предупреждения' },
  },
  'count-messages-n': { en: { one: '{n} message', other: '{n} messages' }, zh: { other: '共 {n} 条消息' }, ru: { one: '{n} сообщение', few: '{n} сообщения', many: '{n} сообщений', other: '{n} сообщения' } },
  'count-problems': { en: { one: '{n} problem', other: '{n} problems' }, zh: { other: '{n} 个问题' }, ru: { one: '{n} проблему', few: '{n} проблемы', many: '{n} проблем', other: '{n} проблемы' } },
  /** What was fixed, as a subject (Russian nominative: «Исправлено: 1 проблема»). */
  'count-fixed': { en: { one: '{n} problem', other: '{n} problems' }, zh: { other: '{n} 个问题' }, ru: { one: '{n} проблема', few: '{n} проблемы', many: '{n} проблем', other: '{n} проблемы' } },
  'count-notes': { en: { one: '{n} note', other: '{n} notes' }, zh: { other: '{n} 个提示' }, ru: { one: '{n} замечание', few: '{n} замечания', many: '{n} замечаний', other: '{n} замечания' } },
  'count-files': { en: { one: '{n} file', other: '{n} files' }, zh: { other: '{n} 个文件' }, ru: { one: '{n} файл', few: '{n} файла', many: '{n} файлов', other: '{n} файла' } },
  'count-templates': { en: { one: '{n} template', other: '{n} templates' }, zh: { other: '{n} 个模板' }, ru: { one: '{n} шаблон', few: '{n} шаблона', many: '{n} шаблонов', other: '{n} шаблона' } },
  'count-words': { en: { one: '{n} word', other: '{n} words' }, zh: { other: '{n} 个词' }, ru: { one: '{n} слово', few: '{n} слова', many: '{n} слов', other: '{n} слова' } },
  'count-entries': { en: { one: '{n} entry', other: '{n} entries' }, zh: { other: '{n} 个条目' }, ru: { one: '{n} запись', few: '{n} записи', many: '{n} записей', other: '{n} записи' } },
  /** “in N files”: Russian puts the noun in the prepositional case. */
  'in-files': { en: { one: 'in {n} file', other: 'in {n} files' }, zh: { other: '在 {n} 个文件中' }, ru: { one: 'в {n} файле', few: 'в {n} файлах', many: 'в {n} файлах', other: 'в {n} файлах' } },
} satisfies Record<string, Record<Lang, PluralForms>>;

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A count as the language writes it: 10,000 in English and Chinese, 10 000 in Russian (a no-break space); under 1,000 as it is. */
export function formatCount(lang: Lang, count: number): string {
  if (count < 1000) return String(count);
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : lang, { maximumFractionDigits: 0 })));
  return format.format(count);
}

/** `count` with its noun in the form the language wants for it (1 ошибка, 2 ошибки, 5 ошибок). */
export function plural(lang: Lang, id: keyof typeof pluralMessages, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const forms: PluralForms = pluralMessages[id][lang];
  return (forms[rules.select(count)] ?? forms.other).replace('{n}', formatCount(lang, count));
}

export function t(lang: Lang, id: CliMessageId, data: Record<string, string | number> = {}): string {
  return cliMessages[id][lang].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** `--lang`, else `OTVET_LANG`, else the project's `lang:` (`fromConfig`), else the system locale, else English. */
export function detectLang(option: string | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, fromConfig?: () => Lang | undefined): Lang | { invalid: string } {
  if (option !== undefined) return isLang(option) ? option : { invalid: option };
  const fromEnv = env.OTVET_LANG;
  if (fromEnv) {
    const lang = langFromLocale(fromEnv);
    if (lang) return lang;
  }
  // The project's `lang:` (otvet.config.yaml), read only when neither the flag nor OTVET_LANG says.
  const configured = fromConfig?.();
  if (configured) return configured;
  let posixLocale = false;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'] as const) {
    const value = env[name];
    if (!value) continue;
    posixLocale = true;
    const lang = langFromLocale(value.split(':')[0]);
    if (lang) return lang;
  }
  // A POSIX system says its locale in the environment (C, POSIX or another language: English).
  // Elsewhere (Windows) ask ICU, which costs a few milliseconds of start-up.
  if (posixLocale || platform !== 'win32') return 'en';
  return langFromLocale(Intl.DateTimeFormat().resolvedOptions().locale) ?? 'en';
}

export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}
