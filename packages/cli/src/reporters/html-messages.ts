/** The HTML report's own texts (its headings, chart, filters and pager), in every language of otvet. */
import { localize, type Lang, type Localized } from '@otvet/core';

export const htmlMessages = {
  'thresholds': {
    en: 'A template at {revise} or more goes back for revision; at {reject} or more it is rejected (the thresholds of this project).',
    zh: '错误率达到 {revise} 的模板会被退回修改，达到 {reject} 会被拒绝（本项目的阈值）。',
    ru: 'Шаблон с долей ошибок от {revise} возвращают на доработку, от {reject} — отклоняют (пороги этого проекта).',
  },
  'by-verdict': { en: 'Templates by verdict', zh: '按结论统计模板', ru: 'Шаблоны по вердиктам' },
  'chart-title': { en: 'Templates by error rate', zh: '模板错误率分布', ru: 'Шаблоны по доле ошибок' },
  'chart-caption': {
    en: 'Each bar counts the templates whose error rate lies in its range; the dashed lines are the thresholds.',
    zh: '每根柱子表示错误率落在该区间的模板数量；虚线是阈值。',
    ru: 'Столбец — число шаблонов с долей ошибок в его интервале; пунктир — пороги.',
  },
  'chart-unchecked': { en: 'not in the chart, not checked: {count}', zh: '未检查、未计入图表：{count}', ru: 'не проверены и не показаны: {count}' },
  'chart-bar': { en: '{templates}: {range}', zh: '{templates}：{range}', ru: '{templates}: {range}' },
  'toc': { en: 'Contents', zh: '目录', ru: 'Содержание' },
  'worst': { en: 'Worst templates', zh: '错误率最高的模板', ru: 'Худшие шаблоны' },
  'filter-verdict': { en: 'Verdict', zh: '结论', ru: 'Вердикт' },
  'filter-all-verdicts': { en: 'all verdicts', zh: '全部结论', ru: 'все вердикты' },
  'filter-rule': { en: 'Rule', zh: '规则', ru: 'Правило' },
  'filter-all-rules': { en: 'all rules', zh: '全部规则', ru: 'все правила' },
  'search': { en: 'Search', zh: '搜索', ru: 'Поиск' },
  'search-placeholder': { en: 'id, text or message', zh: 'ID、文本或说明', ru: 'id, текст или сообщение' },
  'shown': { en: '{shown} of {total} shown', zh: '显示 {shown} / {total}', ru: 'показано {shown} из {total}' },
  'none-match': { en: 'No template matches the filters.', zh: '没有符合筛选条件的模板。', ru: 'Ни один шаблон не подходит под фильтры.' },
  'page': { en: 'Page {page} of {pages}', zh: '第 {page} 页，共 {pages} 页', ru: 'Страница {page} из {pages}' },
  'prev': { en: '← Previous', zh: '← 上一页', ru: '← Назад' },
  'next': { en: 'Next →', zh: '下一页 →', ru: 'Вперёд →' },
  'room': { en: 'Room left: {revise} before {reviseRate}, {reject} before {rejectRate}', zh: '距 {reviseRate} 还可容纳 {revise}，距 {rejectRate} 还可容纳 {reject}', ru: 'Запас: {revise} до {reviseRate}, {reject} до {rejectRate}' },
  'room-revise': {
    en: 'Fix {under} to get under {reviseRate}; {reject} more before {rejectRate}',
    zh: '修正 {under}即可低于 {reviseRate}；距 {rejectRate} 还可容纳 {reject}',
    ru: 'Исправьте {under}, чтобы опуститься ниже {reviseRate}; до {rejectRate} ещё {reject}',
  },
  'room-reject': {
    en: 'Fix {underReject} to get under {rejectRate}, {underRevise} to get under {reviseRate}',
    zh: '修正 {underReject}可低于 {rejectRate}，修正 {underRevise}可低于 {reviseRate}',
    ru: 'Исправьте {underReject}, чтобы опуститься ниже {rejectRate}, и {underRevise} — ниже {reviseRate}',
  },
  'col-n': { en: '#', zh: '#', ru: '№' },
  'write-instead': { en: 'Write instead', zh: '建议写法', ru: 'Как написать' },
  'delete': { en: 'delete «{text}»', zh: '删除「{text}」', ru: 'удалить «{text}»' },
  'insert': { en: 'insert «{text}»', zh: '插入「{text}」', ru: 'вставить «{text}»' },
  'auto-fix': { en: '✓ --fix', zh: '✓ --fix 可自动修复', ru: '✓ исправит --fix' },
  'rules': { en: 'Rules in this report', zh: '本报告涉及的规则', ru: 'Правила в этом отчёте' },
  'rule-fixable': { en: 'fixable with otvet lint --fix', zh: '可用 otvet lint --fix 自动修复', ru: 'исправляется командой otvet lint --fix' },
  'rule-page': { en: 'The rule’s page', zh: '规则页面', ru: 'Страница правила' },
  'rule-readme': { en: 'The rule’s documentation (in English)', zh: '规则文档（英文）', ru: 'Документация правила (на английском)' },
  'rule-templates': { en: 'in {templates}', zh: '涉及 {templates}', ru: 'в шаблонах: {templates}' },
  'made-by': { en: 'Made by otvet {version}', zh: '由 otvet {version} 生成', ru: 'Создано otvet {version}' },
  'mark-hint': {
    en: 'Marked stretches: point at one or select it for its message.',
    zh: '标记的文字：指向或点击即可查看说明。',
    ru: 'Отмеченные места: наведите или нажмите, чтобы увидеть сообщение.',
  },
} satisfies Record<string, Localized>;

export type HtmlMessageId = keyof typeof htmlMessages;

export function ht(lang: Lang, id: HtmlMessageId, data: Record<string, string | number> = {}): string {
  return localize(htmlMessages[id], lang, data);
}
