import type { Localized } from '@otvet/core';

/** Glossary problems, in every language. */
export const glossaryMessages = {
  yaml: { en: 'Not valid YAML: {detail}.', zh: '不是有效的 YAML：{detail}。', ru: 'Некорректный YAML: {detail}.' },
  schema: { en: 'Invalid glossary file: {detail}.', zh: '术语表文件无效：{detail}。', ru: 'Неверный файл глоссария: {detail}.' },
  'duplicate-id': {
    en: 'Duplicate term id “{id}” (first at {where}).',
    zh: '术语 id“{id}”重复（首次出现在 {where}）。',
    ru: 'Повторяется id термина «{id}» (впервые: {where}).',
  },
  'duplicate-source': {
    en: 'Source variant “{variant}” is in two entries: “{id}” and “{other}” ({where}).',
    zh: '原文变体“{variant}”出现在两个条目中：“{id}”和“{other}”（{where}）。',
    ru: 'Вариант оригинала «{variant}» есть в двух записях: «{id}» и «{other}» ({where}).',
  },
  'forbidden-approved': {
    en: 'Forbidden variant “{variant}” of “{id}” is an approved term of “{other}”.',
    zh: '“{id}”的禁用译法“{variant}”同时是“{other}”的认可译法。',
    ru: 'Запрещённый вариант «{variant}» записи «{id}» — одобренный термин записи «{other}».',
  },
  'empty-source': {
    en: 'Term “{id}” has no source variant (zh or en).',
    zh: '术语“{id}”没有原文（zh 或 en）。',
    ru: 'У термина «{id}» нет варианта оригинала (zh или en).',
  },
  'empty-target': {
    en: 'Term “{id}” has no approved Russian term (add ru, or translate: false).',
    zh: '术语“{id}”没有认可的俄语译法（请添加 ru，或设为 translate: false）。',
    ru: 'У термина «{id}» нет одобренного русского термина (добавьте ru или translate: false).',
  },
  'translated-untranslatable': {
    en: 'Term “{id}” has translate: false but approved Russian terms.',
    zh: '术语“{id}”设为 translate: false，却又给出了俄语译法。',
    ru: 'У термина «{id}» указано translate: false, но есть русские термины.',
  },
} satisfies Record<string, Localized>;

export type GlossaryProblemCode = keyof typeof glossaryMessages;
