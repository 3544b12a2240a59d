import { defineRule } from '@otvet/core';

/** Reported by the loader: the file does not match the template schema. Documented here; always an error. */
export default defineRule({
  id: 'schema',
  category: 'syntax',
  description: {
    en: 'Template files must match the template schema: known fields only, a valid unique id, a target text.',
    zh: '模板文件必须符合模板结构：只能使用已知字段，id 有效且唯一，必须有目标语言文本。',
    ru: 'Файлы шаблонов должны соответствовать схеме: только известные поля, корректный уникальный идентификатор, текст на целевом языке.',
  },
  fixable: false,
  recommended: 'error',
  scope: 'builtin',
  defaults: {},
  messages: {},
});
