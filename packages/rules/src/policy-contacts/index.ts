import { defineRule, walkPlaceholders } from '@otvet/core';
import messengersData from './messengers.yaml';
import contactsData from './contacts.yaml';
import { PhraseSet, type PolicyPhrases } from '../lib/policy-phrases.js';
import { sentencesOfView } from '../lib/policy-patterns.js';
import { lazyUregex } from '../lib/unicode.js';

export interface ContactsData {
  description: string;
  allowedDomains: string[];
  tlds: string[];
  placeholderWords: string[];
}

export const contacts = contactsData as ContactsData;
export const messengers = new PhraseSet(messengersData as PolicyPhrases);

type Kind = 'phone' | 'email' | 'url' | 'handle' | 'messenger' | 'channel' | 'placeholder';

interface Found {
  kind: Kind;
  start: number;
  end: number;
  data?: Record<string, string>;
}

interface Detectors {
  email: () => RegExp;
  url: RegExp;
  domain: () => RegExp;
  phone: () => RegExp;
  handle: () => RegExp;
  allowed: string[];
  /** «.ru», «.com»…: a text without one of them has no bare domain. */
  dottedTlds: string[];
  placeholderWords: Set<string>;
}

let detectors: Detectors | undefined;

/**
 * Built on first use from the data (keeps loading the rule cheap); each large regex only when a
 * text first needs it (V8 parses a regex when it is created, and these are large).
 */
function getDetectors(): Detectors {
  if (detectors) return detectors;
  const label = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
  const tlds = [...contacts.tlds].sort((a, b) => b.length - a.length).join('|');
  const path = `(?:/[^\\s<>«»"'()\\[\\]{}]*)?`;
  detectors = {
    email: lazyUregex(String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])`, 'gu'),
    url: /(?:https?:\/\/|www\.)[^\s<>«»"'()[\]{}]+/giu,
    domain: lazyUregex(`(?<![\\p{L}\\p{N}@._/-])(?:${label}\\.)+(?:${tlds})(?![\\p{L}\\p{N}-])${path}`, 'giu'),
    // A run of 7+ digits with spaces, dashes, dots or brackets between them, optionally after +.
    phone: lazyUregex(String.raw`(?<![\p{L}\p{N}_/.#№@+-])(?:\+[ \u00a0]?)?\(?\d(?:[ \u00a0\-.()]{0,2}\d){6,16}(?![\p{L}\p{N}_-])`, 'gu'),
    handle: lazyUregex(String.raw`(?<![\p{L}\p{N}._%+@-])@[A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_]`, 'gu'),
    allowed: contacts.allowedDomains.map((d) => d.toLowerCase()),
    dottedTlds: contacts.tlds.map((t) => `.${t.toLowerCase()}`),
    placeholderWords: new Set(contacts.placeholderWords),
  };
  return detectors;
}

const OZON_BEFORE = lazyUregex(String.raw`(?:(?:поддержк|служб|горяч|колл-центр|контакт-центр)\p{L}*\s+(?:\p{L}+\s+)?(?:ozon|озон)|(?:ozon|озон)\s+(?:поддержк|служб)\p{L}*)[^.!?\n\d]*$`, 'iu');
const CODE_CONTEXT = /(?:артикул\w*|арт\.|sku|код\w*|заказ\w*|отправлени\w*|трек\w*|штрих\w*|ean|накладн\w*|посылк\w*|№|#|id)\s*[:№#-]?\s*$/iu;

/** Whether a run of digits is a phone number (see README for the formats). */
export function isPhone(run: string, before: string): boolean {
  const digits = run.replace(/\D/g, '');
  const plus = run.startsWith('+');
  if (plus) return digits.length >= 10 && digits.length <= 15 && (!digits.startsWith('7') || digits.length === 11);
  const separated = /\D/.test(run);
  if (!separated && CODE_CONTEXT.test(before)) return false;
  if (digits.length === 11 && /^[78][3489]/.test(digits)) return true;
  const compact = run.replace(/[ \u00a0]/g, '');
  if (/^\(\d{3,5}\)-?\d{1,3}-?\d{2}-\d{2}$/.test(compact)) return true;
  return /^\d{3}-\d{2}-\d{2}$/.test(run);
}

const isAllowed = (host: string, allowed: string[]): boolean => allowed.some((d) => host === d || host.endsWith(`.${d}`));

const TRAILING = /[.,!?;:…]+$/u;
const TITLE_CASE_TLD = lazyUregex(String.raw`\.\p{Lu}\p{Ll}+$`, 'u');

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\-.\s]+/).filter(Boolean);
}

/**
 * Off-platform contacts: phone numbers, e-mails, links other than Ozon's, messenger
 * and social-network names and handles, invitations to call or write elsewhere, and
 * placeholders that insert a contact.
 */
export default defineRule(
  {
    id: 'policy-contacts',
    category: 'policy',
    description: {
      en: 'No off-platform contacts: phone numbers, e-mails, outside links, messengers, handles, “call us / write to our e-mail”.',
      zh: '禁止站外联系方式：电话、邮箱、非 Ozon 链接、即时通讯软件、账号、“给我们打电话/发邮件”等。',
      ru: 'Без контактов вне площадки: телефонов, e-mail, сторонних ссылок, мессенджеров, аккаунтов, «позвоните нам / напишите на почту».',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      phone: {
        en: 'Phone number “{actual}”: Ozon forbids giving buyers phone numbers or moving the conversation off the platform. Remove it and answer in the Ozon chat.',
        zh: '电话号码“{actual}”：Ozon 沟通规则禁止向买家提供电话号码或把沟通转移到平台以外。请删除，只在 Ozon 聊天中回复。',
        ru: 'Номер телефона «{actual}»: правила Ozon запрещают давать покупателю телефон и уводить общение с площадки. Уберите его и отвечайте в чате Ozon.',
      },
      email: {
        en: 'E-mail address “{actual}”: Ozon forbids giving buyers contacts outside the platform. Remove it and answer in the Ozon chat.',
        zh: '邮箱地址“{actual}”：Ozon 禁止向买家提供站外联系方式。请删除，只在 Ozon 聊天中回复。',
        ru: 'Адрес e-mail «{actual}»: правила Ozon запрещают давать покупателю контакты вне площадки. Уберите его и отвечайте в чате Ozon.',
      },
      url: {
        en: 'Link “{actual}”: only links to Ozon itself (ozon.ru) are allowed in buyer chats; outside links break Ozon’s communication rules. Remove it.',
        zh: '链接“{actual}”：买家聊天中只允许 Ozon 自己的链接（ozon.ru），其他网站链接违反 Ozon 沟通规则。请删除。',
        ru: 'Ссылка «{actual}»: в чате с покупателем можно давать только ссылки на Ozon (ozon.ru), сторонние ссылки нарушают правила Ozon. Уберите её.',
      },
      handle: {
        en: 'Account handle “{actual}”: a buyer would look you up in a messenger or social network, which Ozon forbids. Remove it.',
        zh: '账号“{actual}”：买家会去其他软件或社交网络找您，Ozon 禁止这种站外联系。请删除。',
        ru: 'Аккаунт «{actual}»: покупатель будет искать вас в мессенджере или соцсети, а Ozon это запрещает. Уберите его.',
      },
      messenger: {
        en: '“{actual}” ({name}): inviting a buyer to another messenger or social network breaks Ozon’s communication rules. Keep the conversation in the Ozon chat.',
        zh: '“{actual}”（{name}）：引导买家到其他聊天软件或社交网络违反 Ozon 沟通规则。请只在 Ozon 聊天中沟通。',
        ru: '«{actual}» ({name}): приглашать покупателя в мессенджер или соцсеть запрещено правилами Ozon. Общайтесь в чате Ozon.',
      },
      channel: {
        en: '“{actual}” invites the buyer to contact you outside the Ozon chat (phone, e-mail, private messages), which Ozon forbids. Answer in the chat instead.',
        zh: '“{actual}”是在邀请买家通过 Ozon 聊天以外的方式（电话、邮件、私信）联系您，Ozon 禁止这样做。请直接在聊天中回复。',
        ru: '«{actual}» приглашает покупателя связаться с вами не в чате Ozon (по телефону, почте, в личных сообщениях), а это запрещено. Отвечайте в чате.',
      },
      placeholder: {
        en: 'Placeholder “{actual}” inserts a contact ({word}): Ozon forbids sharing phone numbers, e-mails or messenger accounts with buyers.',
        zh: '占位符“{actual}”会插入联系方式（{word}）：Ozon 禁止向买家提供电话、邮箱或聊天软件账号。',
        ru: 'Плейсхолдер «{actual}» подставляет контакт ({word}): правила Ozon запрещают давать покупателю телефон, e-mail или аккаунт в мессенджере.',
      },
    },
  },
  (context) => {
    const d = getDetectors();
    const { value, parsed } = context.target;
    const text = parsed.masked;
    const found: Found[] = [];
    const free = (start: number, end: number): boolean => !found.some((f) => f.start < end && start < f.end);
    const add = (f: Found): void => {
      if (f.end > f.start && free(f.start, f.end)) found.push(f);
    };
    const trimmed = (start: number, raw: string): [number, number] => [start, start + raw.replace(TRAILING, '').length];

    // Each detector runs only where the text has what it needs (V8 compiles a regex on its
    // first use, and these are large: most texts never pay for them).
    if (text.includes('@')) {
      for (const m of text.matchAll(d.email())) add({ kind: 'email', start: m.index, end: m.index + m[0].length });
    }
    const lower = text.toLowerCase();
    const urlLike = lower.includes('://') || lower.includes('www.');
    const domainLike = d.dottedTlds.some((tld) => lower.includes(tld));
    const domain = domainLike ? d.domain() : undefined;
    for (const re of [urlLike ? d.url : undefined, domain]) {
      if (!re) continue;
      for (const m of text.matchAll(re)) {
        const [start, end] = trimmed(m.index, m[0]);
        const host = text.slice(start, end).replace(/^https?:\/\//i, '').replace(/^www\./i, '').split(/[/?#:]/)[0]!;
        // A bare “Authorize.Net”: a company name with a title-case TLD, not a link someone typed.
        if (re === domain && TITLE_CASE_TLD().test(host)) continue;
        if (!isAllowed(host.toLowerCase(), d.allowed)) add({ kind: 'url', start, end });
      }
    }
    if (countDigits(text) >= 7) {
      for (const m of text.matchAll(d.phone())) {
        const run = m[0].replace(/[ \u00a0\-.(]+$/u, '');
        // Ozon's own number («поддержка Ozon по номеру 8 800 …») is not an outside contact.
        if (OZON_BEFORE().test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        if (isPhone(run, text.slice(Math.max(0, m.index - 30), m.index))) add({ kind: 'phone', start: m.index, end: m.index + run.length });
      }
    }
    if (text.includes('@')) {
      for (const m of text.matchAll(d.handle())) add({ kind: 'handle', start: m.index, end: m.index + m[0].length });
    }
    for (const p of walkPlaceholders(parsed.placeholders)) {
      const word = nameWords(p.name).find((w) => d.placeholderWords.has(w));
      if (word) add({ kind: 'placeholder', start: p.start, end: p.end, data: { word } });
    }
    for (const hit of messengers.findSubstrings(text)) {
      add({ kind: hit.phrase.kind === 'messenger' ? 'messenger' : 'channel', start: hit.start, end: hit.end, data: hit.phrase.name ? { name: hit.phrase.name } : {} });
    }
    for (const hit of messengers.find(sentencesOfView(context.target))) {
      const p = hit.phrase.data;
      add({ kind: p.kind === 'messenger' ? 'messenger' : 'channel', start: hit.start, end: hit.end, data: p.name ? { name: p.name } : {} });
    }

    for (const f of found.sort((a, b) => a.start - b.start)) {
      const actual = value.slice(f.start, f.end);
      context.report({ messageId: f.kind, data: { ...f.data, actual }, start: f.start, end: f.end, actual, fix: false });
    }
  },
);
