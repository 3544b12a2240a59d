import { defineRule, type TextView } from '@otvet/core';
import partyData from './party.yaml';
import { normalizeForPhrases, perLanguage, WordPhrase } from '../lib/word-phrases.js';
import { blankSpans } from '../lib/spans.js';

type Role = 'seller' | 'buyer';
interface Language {
  seller: string[];
  buyer: string[];
  notParty: { phrase: string; note: string }[];
}
export interface PartyPair {
  zh?: string;
  en?: string;
  ru: string;
  report?: 'buyerAsSeller' | 'sellerAsBuyer';
}
export interface PartyData {
  description: string;
  zh: Language;
  en: Language;
  ru: Language;
  examples: PartyPair[];
  counterexamples: PartyPair[];
}

export const PARTY = partyData as PartyData;

interface Compiled {
  seller: WordPhrase[];
  buyer: WordPhrase[];
  notParty: WordPhrase[];
}
const languageOf = perLanguage<Compiled>((lang) => {
  const data = PARTY[lang];
  return {
    seller: data.seller.map((p) => new WordPhrase(p, lang)),
    buyer: data.buyer.map((p) => new WordPhrase(p, lang)),
    // Longer phrases first: 本店铺 before 本店.
    notParty: [...data.notParty].sort((a, b) => b.phrase.length - a.phrase.length).map((p) => new WordPhrase(p.phrase, lang)),
  };
});

export interface PartyHit {
  start: number;
  end: number;
  text: string;
}

/** The first noun naming each party in a text, or undefined for a language without data. */
export function partiesOf(view: Pick<TextView, 'locale' | 'parsed'>): Partial<Record<Role, PartyHit>> | undefined {
  const c = languageOf(view.locale);
  if (!c) return undefined;
  let text = normalizeForPhrases(view.parsed.masked);
  for (const p of c.notParty) text = blankSpans(text, p.matches(text).map((m) => [m.index!, m.index! + m[0].length] as const), ' ');
  const out: Partial<Record<Role, PartyHit>> = {};
  for (const role of ['seller', 'buyer'] as const) {
    for (const p of c[role]) {
      const m = p.matches(text)[0];
      if (m && (!out[role] || m.index! < out[role].start)) out[role] = { start: m.index!, end: m.index! + m[0].length, text: view.parsed.masked.slice(m.index!, m.index! + m[0].length) };
    }
  }
  return out;
}

/** The one party a text names, when it names exactly one. */
function onlyParty(parties: Partial<Record<Role, PartyHit>>): [Role, PartyHit] | undefined {
  if (parties.seller && !parties.buyer) return ['seller', parties.seller];
  if (parties.buyer && !parties.seller) return ['buyer', parties.buyer];
  return undefined;
}

/**
 * Seller and buyer swapped between the source and the translation: 卖家承担运费 as
 * «доставку оплачивает покупатель» tells the buyer to pay what the shop promised to.
 */
export default defineRule(
  {
    id: 'consistency-party',
    category: 'consistency',
    description: {
      en: 'The seller and the buyer must not be swapped between the source and the target text.',
      zh: '源文本和目标文本中的卖家和买家不能互换。',
      ru: 'Продавец и покупатель не должны меняться местами в исходном тексте и в переводе.',
    },
    fixable: false,
    recommended: 'warning',
    scope: 'pair',
    defaults: {},
    messages: {
      buyerAsSeller: {
        en: 'The {source} text speaks of the buyer («{expected}»), the {target} text of the seller («{actual}»): the buyer may read that the shop will do what the buyer has to, and wait for it. Check who does what, and write «покупатель» if the buyer is meant.',
        zh: '{source} 文本说的是买家（「{expected}」），{target} 文本说的却是卖家（«{actual}»）：买家可能以为这件事由店铺来做，于是一直等待。请核对由谁来做；如果指的是买家，请写 «покупатель»。',
        ru: 'В тексте {source} речь о покупателе («{expected}»), а в тексте {target} — о продавце («{actual}»): покупатель может решить, что это сделает магазин, и будет ждать. Проверьте, кто что делает; если имеется в виду покупатель, напишите «покупатель».',
      },
      sellerAsBuyer: {
        en: 'The {source} text speaks of the seller («{expected}»), the {target} text of the buyer («{actual}»): the buyer may read that they must do, or pay for, what the shop promised. Check who does what, and write «продавец» or «магазин» if the seller is meant.',
        zh: '{source} 文本说的是卖家（「{expected}」），{target} 文本说的却是买家（«{actual}»）：买家会以为店铺承诺的事（或费用）要由自己来做、自己来付。请核对由谁来做；如果指的是卖家，请写 «продавец» 或 «магазин»。',
        ru: 'В тексте {source} речь о продавце («{expected}»), а в тексте {target} — о покупателе («{actual}»): покупатель прочитает, что обещанное магазином (или расходы) ложится на него. Проверьте, кто что делает; если имеется в виду продавец, напишите «продавец» или «магазин».',
      },
    },
  },
  (context) => {
    const sourceView = context.source;
    if (!sourceView) return;
    const sourceParties = partiesOf(sourceView);
    const targetParties = partiesOf(context.target);
    if (!sourceParties || !targetParties) return;
    const source = onlyParty(sourceParties);
    const target = onlyParty(targetParties);
    if (!source || !target || source[0] === target[0]) return;
    const [, s] = source;
    const [role, t] = target;
    context.report({
      messageId: role === 'seller' ? 'buyerAsSeller' : 'sellerAsBuyer',
      data: { source: sourceView.locale, target: context.target.locale, expected: s.text, actual: t.text },
      start: t.start,
      end: t.end,
      actual: t.text,
      fix: false,
    });
  },
);
