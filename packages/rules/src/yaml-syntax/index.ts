import { defineRule } from '@otvet/core';

/** Reported by the loader: the file is not valid YAML. Documented here; always an error. */
export default defineRule({
  id: 'yaml-syntax',
  category: 'syntax',
  description: {
    en: 'The file must be valid YAML: no tab indentation, no duplicate keys, no unquoted “: ” inside a text.',
    zh: '文件必须是有效的 YAML：不能用 Tab 缩进，不能有重复的键，文本中不能有未加引号的“: ”。',
    ru: 'Файл должен быть корректным YAML: без отступов табуляцией, повторяющихся ключей и «: » без кавычек внутри текста.',
  },
  fixable: false,
  recommended: 'error',
  scope: 'builtin',
  defaults: {},
  messages: {},
});
