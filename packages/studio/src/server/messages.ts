/** What the studio's server says to the user, in each language of otvet. */
import type { Lang } from '@otvet/core';

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
} satisfies Record<string, Record<Lang, string>>;

export type ServerTextId = keyof typeof TEXTS;

export function serverText(lang: Lang, id: ServerTextId, data: Record<string, string | number> = {}): string {
  return TEXTS[id][lang].replace(/\{(\w+)\}/gu, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
