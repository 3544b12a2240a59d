import { defineRule } from '@otvet/core';
import data from './marks.yaml';
import { isBlank, isDigit, isSpace, isWordChar } from '../lib/typography-text.js';

type Spacing = 'closing' | 'opening' | 'neutral';

interface MarkEntry {
  mark: string;
  text: string;
  spacing: Spacing;
  fix?: boolean;
  note: string;
}

export interface MarkData {
  description: string;
  marks: MarkEntry[];
}

/** Longest marks first, so that «……» wins over a single character. */
const MARKS = [...(data as MarkData).marks].sort((a, b) => b.mark.length - a.mark.length);

/** First characters of the marks: most characters of a text start none, and are skipped at once. */
const MARK_STARTS = new Set(MARKS.map((m) => m.mark[0]!));

/** Full-width characters that other rules report: ～ (tone-tilde), ｛ ｝ (placeholder-syntax). */
const OTHER_RULES = new Set(['～', '｛', '｝']);
const CLOSING_ASCII = new Set([',', '.', '!', '?', ':', ';', ')', ']']);
const OPENING_ASCII = new Set(['(', '[']);
const IDEOGRAPHIC_SPACE = '\u3000';
/** Punctuation after which an opening mark needs a space. */
const ENDS_PHRASE = /^[,.!?:;)\]»“…]$/u;
/** Characters before which a closing mark needs a space. */
const STARTS_WORD = /^[«„(\[]$/u;
/** Marks that stay unspaced between digits (10:00, 2.5, 1,000). */
const BETWEEN_DIGITS = new Set([',', '.', ':']);

type Kind = 'mark' | 'alnum' | 'space';

interface Unit {
  start: number;
  end: number;
  kind: Kind;
  text: string;
  spacing: Spacing;
  fix: boolean;
}

function unitAt(text: string, i: number): Unit | undefined {
  const ch = text[i]!;
  const code = ch.charCodeAt(0);
  if (!MARK_STARTS.has(ch) && ch !== IDEOGRAPHIC_SPACE && (code < 0xff01 || code > 0xff5e)) return undefined;
  for (const m of MARKS) {
    if (!text.startsWith(m.mark, i)) continue;
    let end = i + m.mark.length;
    // A repeated mark (……) also covers longer repetitions (………).
    const first = m.mark[0]!;
    if (m.mark.length > 1 && [...m.mark].every((c) => c === first)) while (text[end] === first) end++;
    return { start: i, end, kind: 'mark', text: m.text, spacing: m.spacing, fix: m.fix !== false };
  }
  if (ch === IDEOGRAPHIC_SPACE) return { start: i, end: i + 1, kind: 'space', text: ' ', spacing: 'neutral', fix: true };
  if (code < 0xff01 || code > 0xff5e || OTHER_RULES.has(ch)) return undefined;
  const ascii = String.fromCharCode(code - 0xfee0);
  const kind: Kind = /[0-9A-Za-z]/.test(ascii) ? 'alnum' : 'mark';
  const spacing: Spacing = CLOSING_ASCII.has(ascii) ? 'closing' : OPENING_ASCII.has(ascii) ? 'opening' : 'neutral';
  return { start: i, end: i + 1, kind, text: ascii, spacing, fix: true };
}

/** Runs of adjacent units of one kind. */
function runs(text: string): Unit[][] {
  const out: Unit[][] = [];
  for (let i = 0; i < text.length; ) {
    const unit = unitAt(text, i);
    if (!unit) {
      i++;
      continue;
    }
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.end === unit.start && prev.kind === unit.kind) last.push(unit);
    else out.push([unit]);
    i = unit.end;
  }
  return out;
}

const isFullwidthMark = (text: string, i: number, spacing: Spacing): boolean => {
  const unit = i >= 0 && i < text.length ? unitAt(text, i) : undefined;
  return unit?.kind === 'mark' && unit.spacing === spacing;
};

/**
 * Full-width punctuation, digits and letters and the ideographic space come from
 * Chinese input methods. Each run is replaced by its Russian (ASCII) equivalent,
 * with the spacing a Russian reader expects: no space before a closing mark, one
 * after it; one space before an opening bracket or quote.
 */
export default defineRule({
  id: 'typography-fullwidth',
  category: 'typography',
  description: {
    en: 'No full-width punctuation, digits, letters or ideographic spaces from Chinese input methods (，。！？：；（）【】、《》「」０-９).',
    zh: '俄语文本中不要使用中文输入法的全角标点、全角数字和字母、全角空格（，。！？：；（）【】、《》「」０-９）。',
    ru: 'Без полноширинной пунктуации, цифр, букв и идеографических пробелов из китайской раскладки (，。！？：；（）【】、《》「」０-９).',
  },
  fixable: true,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    mark: {
      en: 'Replace the full-width mark “{actual}” with “{expected}”: punctuation from a Chinese input method looks foreign and oddly spaced in Russian text.',
      zh: '请把中文标点“{actual}”换成“{expected}”：这是中文输入法打出的全角标点，在俄语文本里又宽又突兀，俄罗斯买家一眼就能看出文案没有改好。俄语标点是半角的，标点后面空一格。',
      ru: 'Замените китайский знак «{actual}» на «{expected}»: полноширинная пунктуация из китайской раскладки выглядит в русском тексте чужеродно и разрывает строку.',
    },
    brackets: {
      en: 'Russian has no lenticular brackets “{actual}”: write the heading as a sentence with a colon (“Обратите внимание: …”) or use round brackets.',
      zh: '俄语里没有“{actual}”这种方头括号。像【温馨提示】这样的标题，俄语应写成带冒号的句子（例如 «Обратите внимание: …»），或者改用圆括号。',
      ru: 'В русском тексте нет скобок «{actual}»: оформите заголовок предложением с двоеточием («Обратите внимание: …») или используйте круглые скобки.',
    },
    space: {
      en: 'Replace the ideographic space (U+3000) with an ordinary space: it is as wide as a Chinese character and looks like a gap in Russian text.',
      zh: '请把全角空格（U+3000）换成普通空格：它和一个汉字一样宽，在俄语文本里看起来像排版出错留下的空洞。',
      ru: 'Замените идеографический пробел (U+3000) обычным: он шириной с иероглиф и выглядит в русском тексте как дыра.',
    },
    alnum: {
      en: 'Replace the full-width characters “{actual}” with ordinary ones “{expected}”: they look stretched in Russian text, and buyers cannot search or copy such numbers.',
      zh: '请把全角字符“{actual}”换成半角“{expected}”：全角数字和字母在俄语文本里又宽又怪，买家复制订单号或搜索时也会出错。',
      ru: 'Замените полноширинные символы «{actual}» обычными «{expected}»: они выглядят растянутыми, а такие номера не найти поиском и не скопировать.',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  const text = parsed.masked;
  for (const run of runs(text)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const start = first.start;
    const end = last.end;
    const actual = value.slice(start, end);
    const prev = text[start - 1];
    const next = text[end];

    if (first.kind === 'space') {
      // Delete it where a space would be doubled or stand next to punctuation; otherwise one space.
      const remove =
        start === 0 || end === text.length || isSpace(prev) || isSpace(next) ||
        isFullwidthMark(text, end, 'closing') || isFullwidthMark(text, start - 1, 'opening') ||
        /^[,.!?:;)\]»…]$/u.test(next ?? '') || /^[(\[«„]$/u.test(prev ?? '');
      const replacement = remove ? '' : ' ';
      context.report({ messageId: 'space', start, end, actual, expected: [replacement] });
      continue;
    }

    let replacement = '';
    for (let k = 0; k < run.length; k++) {
      if (k > 0 && run[k - 1]!.spacing === 'closing' && run[k]!.spacing === 'opening') replacement += ' ';
      replacement += run[k]!.text;
    }
    if (first.kind === 'alnum') {
      context.report({ messageId: 'alnum', data: { actual, expected: replacement }, start, end, actual, expected: [replacement] });
      continue;
    }

    let fixStart = start;
    let fixEnd = end;
    let prefix = '';
    let suffix = '';
    if (first.spacing === 'closing') {
      // «Здравствуйте ，» → «Здравствуйте,»: take the blanks before a closing mark.
      let j = start;
      while (j > 0 && isBlank(text[j - 1])) j--;
      if (j < start && j > 0 && text[j - 1] !== '\n') fixStart = j;
    } else if (first.spacing === 'opening' && prev !== undefined && (isWordChar(prev) || ENDS_PHRASE.test(prev))) {
      prefix = ' ';
    }
    if (last.spacing === 'closing' && next !== undefined && (isWordChar(next) || STARTS_WORD.test(next))) {
      const unspaced =
        run.length === 1 &&
        ((BETWEEN_DIGITS.has(replacement) && isDigit(prev) && isDigit(next)) ||
          // ozon．ru, photo．jpg: a full-width period inside a domain or a file name.
          (replacement === '.' && /^[A-Za-z0-9]$/u.test(prev ?? '') && /^[A-Za-z]$/u.test(next)));
      if (!unspaced) suffix = ' ';
    } else if (last.spacing === 'opening') {
      let j = end;
      while (j < text.length && isBlank(text[j])) j++;
      if (j > end && j < text.length && text[j] !== '\n') fixEnd = j;
    }
    const fixable = run.every((u) => u.fix);
    context.report({
      messageId: fixable ? 'mark' : 'brackets',
      data: { actual, expected: replacement },
      start,
      end,
      actual,
      expected: [replacement],
      fix: fixable ? { start: fixStart, end: fixEnd, text: prefix + replacement + suffix } : false,
    });
  }
});
