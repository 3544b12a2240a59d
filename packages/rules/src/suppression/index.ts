import { defineRule } from '@otvet/core';

/** Reported by the engine: suppressions that are unused, name unknown rules or give no reason. */
export default defineRule({
  id: 'suppression',
  category: 'meta',
  description: {
    en: 'Suppressions must name a known rule, give a reason, and suppress something.',
    zh: '关闭规则时必须写已知的规则 id 和理由，并且确实关闭了某个问题。',
    ru: 'Отключение правила должно называть существующее правило, указывать причину и действительно что-то отключать.',
  },
  fixable: false,
  recommended: 'warning',
  scope: 'builtin',
  defaults: {},
  messages: {},
});
