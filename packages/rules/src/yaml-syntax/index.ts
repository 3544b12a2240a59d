import { defineRule } from '@otvet/core';

/** Reported by the loader: the file is not valid YAML, or YAML would silently lose or hide text. Documented here; always an error. */
export default defineRule({
  id: 'yaml-syntax',
  category: 'syntax',
  description: {
    en: 'The file must be valid YAML: no tab indentation, no duplicate keys, no unquoted “: ” inside a text, no comment that cuts a text short, no aliases.',
    zh: '文件必须是有效的 YAML：不能用 Tab 缩进，不能有重复的键，文本中不能有未加引号的“: ”，不能有截断文本的注释，不能使用别名。',
    ru: 'Файл должен быть корректным YAML: без отступов табуляцией, повторяющихся ключей, «: » без кавычек внутри текста, комментариев, обрезающих текст, и псевдонимов.',
  },
  fixable: true,
  recommended: 'error',
  scope: 'builtin',
  defaults: {},
  messages: {},
});
