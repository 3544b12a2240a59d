/** What the studio's server says to the user, in each language of otvet. */
import type { Lang } from '@otvet/core';
import type { WriteRefusal } from './engine.js';

const TEXTS = {
  'no-locale': {
    en: 'The template has no “{locale}” text to edit.',
    zh: '该模板没有可编辑的“{locale}”文本。',
    ru: 'У шаблона нет текста «{locale}» для правки.',
  },
  unwritable: {
    en: 'The “{locale}” text cannot be written back to the YAML file exactly; nothing was changed.',
    zh: '无法把“{locale}”文本准确写回 YAML 文件；未做任何更改。',
    ru: 'Текст «{locale}» нельзя точно записать обратно в YAML-файл; ничего не изменено.',
  },
  'read-only': {
    en: '{path} is read-only (mode {mode}); nothing was written.',
    zh: '{path} 是只读文件（权限 {mode}）；未写入任何内容。',
    ru: '{path} только для чтения (права {mode}); ничего не записано.',
  },
  'hard-link': {
    en: '{path} has {links} hard links; saving would split them, so nothing was written.',
    zh: '{path} 有 {links} 个硬链接；保存会把它们分开，因此未写入任何内容。',
    ru: 'У {path} {links} жёстких ссылки; сохранение разделило бы их, поэтому ничего не записано.',
  },
  'write-failed': {
    en: '{path} could not be written ({code}); the file is as it was.',
    zh: '无法写入 {path}（{code}）；文件保持原样。',
    ru: 'Не удалось записать {path} ({code}); файл остался прежним.',
  },
  'no-term': {
    en: 'The glossary has no entry “{id}” (it may have been removed meanwhile).',
    zh: '术语表中没有条目“{id}”（可能已被删除）。',
    ru: 'В глоссарии нет записи «{id}» (возможно, её уже удалили).',
  },
  'glossary-conflict': {
    en: '{path} was changed on disk since the glossary was loaded; nothing was written. Reload the glossary and make the change again.',
    zh: '术语表加载后，{path} 在磁盘上已被修改；未写入任何内容。请重新加载术语表后再修改。',
    ru: '{path} изменён на диске после загрузки глоссария; ничего не записано. Загрузите глоссарий заново и повторите правку.',
  },
  'file-conflict': {
    en: '{path} was changed on disk since the list was loaded; nothing was written. Reload and try again.',
    zh: '列表加载后，{path} 在磁盘上已被修改；未写入任何内容。请刷新后重试。',
    ru: '{path} изменён на диске после загрузки списка; ничего не записано. Обновите страницу и повторите.',
  },
  'file-unwritable': {
    en: 'This change cannot be written into {path} while keeping the rest of the file as it is; nothing was changed.',
    zh: '无法在保持 {path} 其余内容不变的情况下写入此修改；未做任何更改。',
    ru: 'Это изменение нельзя записать в {path}, не тронув остальной файл; ничего не изменено.',
  },
  'term-saved': { en: 'Saved “{id}” in {path}. The templates were checked again.', zh: '已保存“{id}”到 {path}。模板已重新检查。', ru: 'Запись «{id}» сохранена в {path}. Шаблоны проверены заново.' },
  'term-removed': { en: 'Removed “{id}” from {path}. The templates were checked again.', zh: '已从 {path} 删除“{id}”。模板已重新检查。', ru: 'Запись «{id}» удалена из {path}. Шаблоны проверены заново.' },
  'bad-template-id': {
    en: '“{id}” is not a template id: use lower-case Latin letters, digits and hyphens, starting with a letter or digit (e.g. order-delayed).',
    zh: '“{id}”不是有效的模板 id：只能使用小写拉丁字母、数字和连字符，并以字母或数字开头（例如 order-delayed）。',
    ru: '«{id}» — недопустимый id шаблона: только строчные латинские буквы, цифры и дефисы, в начале буква или цифра (например, order-delayed).',
  },
  'taken-template-id': {
    en: 'The pack already has a template “{id}” ({where}): template ids must be unique.',
    zh: '模板包中已有模板“{id}”（{where}）：模板 id 必须唯一。',
    ru: 'В наборе уже есть шаблон «{id}» ({where}): id шаблонов должны быть уникальны.',
  },
  'not-in-pack': {
    en: '“{path}” is not a template file of this pack; only the files the config names can be changed.',
    zh: '“{path}”不是此模板包的模板文件；只能修改配置中列出的文件。',
    ru: '«{path}» — не файл шаблонов этого набора; менять можно только файлы, которые называет конфигурация.',
  },
  'no-such-template': {
    en: 'There is no template {index} in {path} (the file may have changed meanwhile).',
    zh: '{path} 中没有第 {index} 个模板（文件可能已被修改）。',
    ru: 'В {path} нет шаблона № {index} (возможно, файл уже изменён).',
  },
  'template-created': { en: 'Created “{id}” in {path}.', zh: '已在 {path} 中新建“{id}”。', ru: 'Шаблон «{id}» создан в {path}.' },
  'template-duplicated': { en: 'Copied to “{id}” in {path}.', zh: '已复制为 {path} 中的“{id}”。', ru: 'Скопирован в «{id}» в {path}.' },
  'template-deleted': { en: 'Deleted “{id}” from {path}.', zh: '已从 {path} 删除“{id}”。', ru: 'Шаблон «{id}» удалён из {path}.' },
  'too-large': {
    en: 'The request is too large (over {limit} MB); nothing was written.',
    zh: '请求过大（超过 {limit} MB）；未写入任何内容。',
    ru: 'Запрос слишком велик (больше {limit} МБ); ничего не записано.',
  },
  'bad-request': {
    en: 'The request is not one the studio understands ({detail}); nothing was written.',
    zh: '工作台无法理解此请求（{detail}）；未写入任何内容。',
    ru: 'Студия не понимает этот запрос ({detail}); ничего не записано.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type ServerTextId = keyof typeof TEXTS;

export function serverText(lang: Lang, id: ServerTextId, data: Record<string, string | number> = {}): string {
  return TEXTS[id][lang].replace(/\{(\w+)\}/gu, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Why a safe write refused a file (other than a change on disk), in `lang`. */
export function refusalText(lang: Lang, file: string, refusal: Exclude<WriteRefusal, { reason: 'changed' }>): string {
  switch (refusal.reason) {
    case 'read-only':
      return serverText(lang, 'read-only', { path: file, mode: refusal.mode });
    case 'hard-link':
      return serverText(lang, 'hard-link', { path: file, links: refusal.links });
    case 'io':
      return serverText(lang, 'write-failed', { path: file, code: refusal.code });
  }
}
