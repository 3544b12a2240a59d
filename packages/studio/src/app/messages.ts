/** The studio's texts, in each language of otvet. */
import type { PluralId, SharedTexts, StudioLang, VerdictName } from '../api-types.js';

const TEXTS = {
  title: { zh: 'otvet 工作台', en: 'otvet studio', ru: 'otvet studio' },
  language: { zh: '界面语言', en: 'Language', ru: 'Язык' },
  templates: { zh: '模板', en: 'Templates', ru: 'Шаблоны' },
  pack: { zh: '模板包', en: 'Pack', ru: 'Набор' },
  loading: { zh: '正在加载…', en: 'Loading…', ru: 'Загрузка…' },
  'no-token': {
    zh: '此页面地址缺少会话令牌。请打开 otvet studio 在终端中显示的完整地址。',
    en: 'This address has no session token. Open the full address that otvet studio printed.',
    ru: 'В адресе нет токена сеанса. Откройте полный адрес, который вывела otvet studio.',
  },
  forbidden: {
    zh: '会话令牌无效（工作台可能已重新启动）。请打开 otvet studio 最新显示的地址。',
    en: 'The session token is not valid (the studio may have restarted). Open the address otvet studio printed last.',
    ru: 'Токен сеанса недействителен (студия могла перезапуститься). Откройте адрес, который otvet studio вывела последним.',
  },
  offline: { zh: '无法连接工作台服务（它可能已停止）。', en: 'The studio’s server cannot be reached (it may have stopped).', ru: 'Сервер студии недоступен (возможно, он остановлен).' },
  search: { zh: '搜索 id、中文或俄语', en: 'Search ids, Chinese or Russian', ru: 'Поиск по id, китайскому или русскому' },
  'all-files': { zh: '全部文件', en: 'All files', ru: 'Все файлы' },
  'all-verdicts': { zh: '全部结论', en: 'All verdicts', ru: 'Все вердикты' },
  'all-rules': { zh: '全部规则', en: 'All rules', ru: 'Все правила' },
  file: { zh: '文件', en: 'File', ru: 'Файл' },
  verdict: { zh: '结论', en: 'Verdict', ru: 'Вердикт' },
  rule: { zh: '规则', en: 'Rule', ru: 'Правило' },
  id: { zh: 'ID', en: 'ID', ru: 'ID' },
  text: { zh: '文本', en: 'Text', ru: 'Текст' },
  'error-rate': { zh: '错误率', en: 'Error rate', ru: 'Доля ошибок' },
  findings: { zh: '问题', en: 'Findings', ru: 'Замечания' },
  'shown-of': { zh: '显示 {shown} / {total} 个模板', en: '{shown} of {total} templates', ru: 'Показано {shown} из {total} шаблонов' },
  'none-match': { zh: '没有符合条件的模板。', en: 'No template matches.', ru: 'Нет подходящих шаблонов.' },
  back: { zh: '← 返回模板列表', en: '← All templates', ru: '← Все шаблоны' },
  source: { zh: '原文', en: 'source', ru: 'исходный' },
  target: { zh: '译文', en: 'target', ru: 'перевод' },
  save: { zh: '保存', en: 'Save', ru: 'Сохранить' },
  saving: { zh: '正在保存…', en: 'Saving…', ru: 'Сохранение…' },
  saved: { zh: '已保存到 {file}', en: 'Saved to {file}', ru: 'Сохранено в {file}' },
  unsaved: { zh: '有未保存的修改', en: 'Unsaved changes', ru: 'Есть несохранённые изменения' },
  checking: { zh: '正在检查…', en: 'Checking…', ru: 'Проверка…' },
  'no-findings': { zh: '没有发现问题。', en: 'No findings.', ru: 'Замечаний нет.' },
  fix: { zh: '一键修复', en: 'Fix', ru: 'Исправить' },
  'fix-to': { zh: '修复：改为“{text}”', en: 'Fix: change to “{text}”', ru: 'Исправить на «{text}»' },
  'fix-remove': { zh: '修复：删除', en: 'Fix: remove', ru: 'Исправить: удалить' },
  suggest: { zh: '改为“{text}”', en: 'Change to “{text}”', ru: 'Заменить на «{text}»' },
  'template-level': { zh: '整个模板', en: 'whole template', ru: 'весь шаблон' },
  line: { zh: '第 {line} 行', en: 'line {line}', ru: 'строка {line}' },
  conflict: {
    zh: '文件在磁盘上已被其他人或其他程序修改，未保存您的修改，两个版本都保留着。请比较后选择：',
    en: 'The file was changed on disk by someone or something else. Your edit was not saved; both versions are kept. Compare them and choose:',
    ru: 'Файл изменён на диске кем-то или чем-то другим. Ваша правка не сохранена, обе версии целы. Сравните их и выберите:',
  },
  'conflict-short': { zh: '未保存：文件在磁盘上已被修改', en: 'Not saved: the file changed on disk', ru: 'Не сохранено: файл изменён на диске' },
  'conflict-gone': { zh: '该模板已不在磁盘上的文件中。', en: 'The template is no longer in the file on disk.', ru: 'Этого шаблона больше нет в файле на диске.' },
  'yours': { zh: '您的版本（仍在编辑器中）', en: 'Your version (still in the editor)', ru: 'Ваша версия (осталась в редакторе)' },
  'on-disk': { zh: '磁盘上的版本', en: 'Version on disk', ru: 'Версия на диске' },
  'take-disk': { zh: '改用磁盘上的版本', en: 'Use the version on disk', ru: 'Взять версию с диска' },
  'keep-mine': { zh: '保留我的版本，基于磁盘新版本再保存', en: 'Keep mine and save over the new version', ru: 'Оставить мою и сохранить поверх новой' },
  'pack-ready': { zh: '可以生成模板包：没有阻止问题。', en: 'Ready to build: nothing blocks the pack.', ru: 'Можно собирать: ничто не мешает набору.' },
  'pack-blocked': { zh: '有 {count} 个问题阻止生成模板包（与 otvet pack 的检查相同）：', en: 'What keeps the pack from being built (the same gate as otvet pack): {count}', ru: 'Сборке набора мешают проблемы ({count}), те же, что проверяет otvet pack:' },
  preflight: { zh: '预检', en: 'Pre-flight', ru: 'Предварительная проверка' },
  blocks: { zh: '阻止原因', en: 'Blocks the pack', ru: 'Мешает набору' },
  'no-pack-name': { zh: '配置中没有 pack: 的 name 和 version，无法生成模板包。', en: 'The config has no pack: name and version, which a pack needs.', ru: 'В конфигурации нет pack: name и version, без них набор не собрать.' },
  build: { zh: '生成模板包', en: 'Build the pack', ru: 'Собрать набор' },
  building: { zh: '正在生成…', en: 'Building…', ru: 'Сборка…' },
  'with-zip': { zh: '同时生成 zip', en: 'Also write a zip', ru: 'Также записать zip' },
  built: { zh: '模板包已生成：{dir}', en: 'Pack written: {dir}', ru: 'Набор записан: {dir}' },
  'build-refused': { zh: '未生成模板包。', en: 'The pack was not built.', ru: 'Набор не собран.' },
  verified: { zh: '校验通过：每个文件都与清单一致。', en: 'Verified: every file matches the manifest.', ru: 'Проверено: все файлы совпадают с манифестом.' },
  'verify-failed': { zh: '校验失败：', en: 'Verification failed:', ru: 'Проверка не пройдена:' },
  download: { zh: '下载 {zip}', en: 'Download {zip}', ru: 'Скачать {zip}' },
  glossary: { zh: '术语表', en: 'Glossary', ru: 'Глоссарий' },
  'glossary-search': { zh: '搜索中文、俄语（任意词形）或英语术语', en: 'Search Chinese, Russian (any form) or English terms', ru: 'Поиск по китайским, русским (в любой форме) и английским терминам' },
  'glossary-empty': { zh: '术语表中还没有条目。', en: 'The glossary has no entries yet.', ru: 'В глоссарии пока нет записей.' },
  'glossary-problems': { zh: '术语表问题（与 otvet glossary check 相同）', en: 'Glossary problems (as otvet glossary check reports them)', ru: 'Проблемы глоссария (как в otvet glossary check)' },
  'terms-count': { zh: '{shown} / {total} 个术语', en: '{shown} of {total} terms', ru: 'Терминов: {shown} из {total}' },
  'add-term': { zh: '添加术语', en: 'Add a term', ru: 'Добавить термин' },
  'term-id': { zh: 'id（小写字母、数字和连字符）', en: 'id (lower-case letters, digits, hyphens)', ru: 'id (строчные латинские буквы, цифры, дефисы)' },
  'term-zh': { zh: '中文写法（用 | 分隔）', en: 'Chinese variants (separated by |)', ru: 'Китайские варианты (через |)' },
  'term-ru': { zh: '认可的俄语译法（最好的在前）', en: 'Approved Russian terms (best first)', ru: 'Одобренные русские термины (лучший первым)' },
  'term-forbidden': { zh: '禁用的俄语译法', en: 'Forbidden Russian variants', ru: 'Запрещённые русские варианты' },
  'term-en': { zh: '英语术语', en: 'English terms', ru: 'Английские термины' },
  'term-note': { zh: '给译者的说明', en: 'A note for translators', ru: 'Примечание для переводчиков' },
  'term-status': { zh: '状态', en: 'Status', ru: 'Статус' },
  'term-file': { zh: '写入哪个术语表文件', en: 'Glossary file', ru: 'Файл глоссария' },
  status_approved: { zh: '认可', en: 'approved', ru: 'одобрен' },
  status_draft: { zh: '草稿', en: 'draft', ru: 'черновик' },
  status_deprecated: { zh: '弃用', en: 'deprecated', ru: 'устарел' },
  'term-ok': { zh: '检查通过，可以添加。', en: 'No problems: the term can be added.', ru: 'Проблем нет: термин можно добавить.' },
  'term-added': { zh: '已添加。模板已按新术语重新检查。', en: 'Added. The templates were checked again with it.', ru: 'Добавлено. Шаблоны проверены заново с новым термином.' },
  'forbidden-variants': { zh: '禁用', en: 'forbidden', ru: 'запрещено' },
  preview: { zh: '买家看到的俄语（填入示例值）', en: 'What the buyer reads (examples filled in)', ru: 'Что прочтёт покупатель (с примерами значений)' },
  'preview-count': { zh: '数量为 {n} 时：', en: 'With {n}:', ru: 'При {n}:' },
  placeholders: { zh: '占位符及示例值', en: 'Placeholders and their examples', ru: 'Плейсхолдеры и примеры значений' },
  'no-example': { zh: '未声明示例', en: 'no example declared', ru: 'пример не задан' },
  'file-problems': { zh: '文件问题', en: 'File problems', ru: 'Проблемы файлов' },
  severity_error: { zh: '错误', en: 'error', ru: 'ошибка' },
  severity_warning: { zh: '警告', en: 'warning', ru: 'предупреждение' },
  severity_info: { zh: '提示', en: 'info', ru: 'подсказка' },
  locale_zh: { zh: '中文', en: 'Chinese', ru: 'Китайский' },
  locale_ru: { zh: '俄语', en: 'Russian', ru: 'Русский' },
  locale_en: { zh: '英语', en: 'English', ru: 'Английский' },
  'new-template': { zh: '新建模板', en: 'New template', ru: 'Новый шаблон' },
  'new-template-id': { zh: '新模板的 id', en: 'Id of the new template', ru: 'id нового шаблона' },
  'id-hint': {
    zh: 'id 只能使用小写拉丁字母、数字和连字符，并且在模板包中唯一。',
    en: 'An id has lower-case Latin letters, digits and hyphens, and is unique in the pack.',
    ru: 'id состоит из строчных латинских букв, цифр и дефисов и уникален в наборе.',
  },
  'id-taken': { zh: '模板包中已有此 id。', en: 'The pack already has this id.', ru: 'Такой id в наборе уже есть.' },
  'into-file': { zh: '写入文件', en: 'Into file', ru: 'В файл' },
  create: { zh: '创建', en: 'Create', ru: 'Создать' },
  cancel: { zh: '取消', en: 'Cancel', ru: 'Отмена' },
  duplicate: { zh: '复制模板', en: 'Duplicate', ru: 'Дублировать' },
  'duplicate-prompt': { zh: '副本的 id：', en: 'Id of the copy:', ru: 'id копии:' },
  delete: { zh: '删除模板', en: 'Delete', ru: 'Удалить' },
  'delete-confirm': { zh: '从 {file} 中删除模板“{id}”？', en: 'Delete the template “{id}” from {file}?', ru: 'Удалить шаблон «{id}» из {file}?' },
  'delete-unsaved': { zh: '请先保存或放弃未保存的修改。', en: 'Save or undo the unsaved changes first.', ru: 'Сначала сохраните или отмените несохранённые изменения.' },
  'edit-term': { zh: '编辑术语“{id}”', en: 'Edit “{id}”', ru: 'Правка «{id}»' },
  'save-term': { zh: '保存修改', en: 'Save changes', ru: 'Сохранить' },
  'delete-term': { zh: '删除术语', en: 'Delete the term', ru: 'Удалить термин' },
  'delete-term-confirm': { zh: '从术语表中删除“{id}”？', en: 'Delete “{id}” from the glossary?', ru: 'Удалить «{id}» из глоссария?' },
  'term-ok-edit': { zh: '检查通过，可以保存。', en: 'No problems: the changes can be saved.', ru: 'Проблем нет: изменения можно сохранить.' },
  'term-uses': { zh: '使用该术语的模板', en: 'Templates that use it', ru: 'Шаблоны, где он есть' },
  'term-violations': { zh: '违反该术语的模板', en: 'Templates that break it', ru: 'Шаблоны, где он нарушен' },
  'term-usage': { zh: '使用 {uses} · 违反 {violations}', en: 'used {uses} · broken {violations}', ru: 'есть в {uses} · нарушен в {violations}' },
  none: { zh: '无', en: 'none', ru: 'нет' },
  'coverage': { zh: '覆盖统计（与 otvet glossary stats 相同）', en: 'Coverage (as otvet glossary stats reports it)', ru: 'Покрытие (как в otvet glossary stats)' },
  'import-export': { zh: '导入与导出', en: 'Import and export', ru: 'Импорт и экспорт' },
  'import-file': { zh: '导入 CSV、TBX 或 XLSX 文件（与 otvet glossary import 相同：已有 id 会被更新）', en: 'Import a CSV, TBX or XLSX file (as otvet glossary import: known ids are updated)', ru: 'Импорт файла CSV, TBX или XLSX (как otvet glossary import: известные id обновляются)' },
  'import-into': { zh: '新条目写入', en: 'New entries go to', ru: 'Новые записи — в' },
  'choose-file': { zh: '选择文件并导入…', en: 'Choose a file to import…', ru: 'Выбрать файл для импорта…' },
  importing: { zh: '正在导入…', en: 'Importing…', ru: 'Импорт…' },
  export: { zh: '导出：', en: 'Export:', ru: 'Экспорт:' },
  diff: { zh: '与上次生成的模板包相比的变更', en: 'Changes since the last pack built', ru: 'Изменения с последней сборки набора' },
  'no-last-pack': { zh: '还没有生成过模板包，暂无可比较的版本。', en: 'No pack has been built yet: there is nothing to compare with.', ru: 'Набор ещё не собирали: сравнивать не с чем.' },
  'diff-markdown': { zh: 'Markdown（可粘贴到合并请求或发布说明中）', en: 'Markdown (for a pull request or release notes)', ru: 'Markdown (для pull request или заметок о выпуске)' },
} satisfies Record<string, Record<StudioLang, string>>;

export type TextId = keyof typeof TEXTS;

export function tr(lang: StudioLang, id: TextId, data: Record<string, string | number> = {}): string {
  return TEXTS[id][lang].replace(/\{(\w+)\}/gu, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** What the CLI says of verdicts and counts, as the server sent it for each language. */
const shared = new Map<StudioLang, SharedTexts>();
export const setShared = (lang: StudioLang, texts: SharedTexts): void => void shared.set(lang, texts);
export const sharedText = (lang: StudioLang): SharedTexts | undefined => shared.get(lang);

export const verdictText = (lang: StudioLang, verdict: VerdictName): string => shared.get(lang)?.verdicts[verdict] ?? verdict;

/** `n` with its noun in the CLI's words, in the form the language wants (1 ошибка, 2 ошибки, 5 ошибок). */
export function counted(lang: StudioLang, id: PluralId, n: number): string {
  const forms = shared.get(lang)?.plurals[id];
  // Grouped from 1,000 on as the CLI writes counts (10 000 шаблонов).
  const shown = n < 1000 ? String(n) : new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : lang, { maximumFractionDigits: 0 }).format(n);
  return (forms?.[new Intl.PluralRules(lang).select(n)] ?? forms?.other ?? '{n}').replace('{n}', shown);
}

export function localeName(lang: StudioLang, locale: string): string {
  const id = `locale_${locale}`;
  return id in TEXTS ? tr(lang, id as TextId) : locale;
}

/** A rate as the CLI writes it (formatRate): one decimal, a space before the sign. */
export const percent = (rate: number): string => `${(rate * 100).toFixed(1)} %`;
