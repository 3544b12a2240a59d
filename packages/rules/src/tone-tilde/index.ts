import { defineRule } from '@otvet/core';

const TILDES = /[~～〜]+/gu;
const DIGIT_BEFORE = /\d\s*$/u;
const DIGIT_AFTER = /^\s*\d/u;

/**
 * Tildes (`~ ～ 〜`) are a Chinese chat habit (稍等哦~) that reads as frivolous
 * in Russian business text. Between two numbers a tilde means a range (3~5),
 * which Russian writes with an en dash (3–5).
 */
export default defineRule({
  id: 'tone-tilde',
  category: 'tone',
  description: {
    en: 'No tildes (~ ～ 〜): a Chinese chat habit that sounds frivolous in Russian.',
    zh: '不要使用波浪号（~ ～ 〜）：这是中文聊天习惯，在俄语中显得轻浮。',
    ru: 'Без тильд (~ ～ 〜): это привычка китайских чатов, по-русски она звучит несерьёзно.',
  },
  fixable: true,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    tilde: {
      en: 'Remove the tilde “{actual}”: in Chinese chats it sounds friendly, but a Russian buyer reads it as frivolous and unprofessional.',
      zh: '请删除波浪号“{actual}”：在中文聊天里显得亲切，但俄罗斯买家会觉得轻浮、不专业。',
      ru: 'Уберите тильду «{actual}»: в китайских чатах она звучит дружелюбно, а русский покупатель воспримет её как несерьёзность.',
    },
    range: {
      en: 'Write the range with an en dash “–” instead of “{actual}” (3–5 days).',
      zh: '表示范围时请用短破折号“–”代替“{actual}”（例如 3–5 天）。',
      ru: 'Диапазон пишется через короткое тире «–», а не «{actual}» (3–5 дней).',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  for (const match of parsed.masked.matchAll(TILDES)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = value.slice(0, start);
    const after = value.slice(end);
    if (DIGIT_BEFORE.test(before) && DIGIT_AFTER.test(after)) {
      // 3 ~ 5 → 3–5: replace the tilde and the spaces around it.
      const s = start - (/\s*$/u.exec(before)?.[0].length ?? 0);
      const e = end + (/^\s*/u.exec(after)?.[0].length ?? 0);
      context.report({ messageId: 'range', data: { actual: match[0] }, start, end, actual: match[0], expected: ['–'], fix: { start: s, end: e, text: '–' } });
      continue;
    }
    // Remove the tilde, and one adjacent space so that no double space is left behind.
    let s = start;
    let e = end;
    const spaceBefore = /[ \t]$/u.test(before) || before === '';
    const spaceAfter = /^[ \t]/u.test(after);
    const punctAfter = /^[.,!?;:…)»]/u.test(after) || after === '';
    if (spaceBefore && (spaceAfter || punctAfter) && before !== '') s -= 1;
    else if (before === '' && spaceAfter) e += 1;
    context.report({ messageId: 'tilde', data: { actual: match[0] }, start, end, actual: match[0], expected: [''], fix: { start: s, end: e, text: '' } });
  }
});
