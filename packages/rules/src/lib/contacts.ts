/**
 * Where a text gives a contact outside Ozon: phone numbers, e-mails, links, handles, messenger
 * names and the ids written after them, invitations to another channel, placeholders that
 * insert a contact. policy-contacts reports these spans; consistency-number leaves the digits
 * inside them alone (a phone number is one contact, not five numbers). The data is
 * policy-contacts' own (contacts.yaml, messengers.yaml).
 */
import { walkPlaceholders, type TextView } from '@otvet/core';
import messengersData from '../policy-contacts/messengers.yaml';
import contactsData from '../policy-contacts/contacts.yaml';
import { PhraseSet, type PolicyPhrases } from './policy-phrases.js';
import { sentencesOfView } from './patterns/index.js';
import { lazyUregex } from './unicode.js';
import { perView } from './per-view.js';
import { TakenSpans } from './spans.js';

export interface ContactsData {
  description: string;
  allowedDomains: string[];
  tlds: string[];
  placeholderWords: string[];
}

export const contacts = contactsData as ContactsData;
export const messengers = new PhraseSet(messengersData as PolicyPhrases);

export type ContactKind = 'phone' | 'email' | 'url' | 'handle' | 'messenger' | 'channel' | 'placeholder';

export interface Contact {
  kind: ContactKind;
  /** Range in the text's value. */
  start: number;
  end: number;
  data?: Record<string, string>;
  /** A link to Ozon itself: not an outside contact, but still a link (its digits are no numbers of the text). */
  allowed?: boolean;
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
 * Built on first use from the data (keeps loading the rules cheap); each large regex only when a
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
/**
 * The account written right after a messenger's name: «WeChat: shop_2024», «QQ 12345678»,
 * «Telegram ID — shop», «微信号：abc123». A colon or dash (or «ID», 号) must stand between, or
 * the id must have a digit or an underscore: «пишите в Telegram или WhatsApp» has no id.
 */
const MESSENGER_ID = /^(?:[ \u00a0]*(?:(?:id|ID|Id|номер|号|账号|帐号)[ \u00a0]*)?[:：\-—–][ \u00a0]*|[ \u00a0]*(?:id|ID|Id|号|账号|帐号)[ \u00a0]*|[ \u00a0]+(?=[A-Za-z0-9_.-]*[0-9_]))([A-Za-z0-9][A-Za-z0-9_.-]{2,40}[A-Za-z0-9_])(?![A-Za-z0-9_@])/u;

/** Whether a run of digits is a phone number (see policy-contacts' README for the formats). */
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

/** The contacts of a text, sorted by position, none overlapping another. */
export function findContacts(view: TextView): Contact[] {
  const d = getDetectors();
  const { parsed } = view;
  const text = parsed.masked;
  const found: Contact[] = [];
  const taken = new TakenSpans(text.length);
  const add = (f: Contact): void => {
    if (f.end <= f.start || taken.overlaps(f)) return;
    found.push(f);
    taken.take(f);
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
      add({ kind: 'url', start, end, ...(isAllowed(host.toLowerCase(), d.allowed) ? { allowed: true } : {}) });
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
  const named: Contact[] = [];
  for (const hit of messengers.findSubstrings(text)) {
    const c: Contact = { kind: hit.phrase.kind === 'messenger' ? 'messenger' : 'channel', start: hit.start, end: hit.end, data: hit.phrase.name ? { name: hit.phrase.name } : {} };
    add(c);
    if (c.kind === 'messenger') named.push(c);
  }
  for (const hit of messengers.find(sentencesOfView(view))) {
    const p = hit.phrase.data;
    const c: Contact = { kind: p.kind === 'messenger' ? 'messenger' : 'channel', start: hit.start, end: hit.end, data: p.name ? { name: p.name } : {} };
    add(c);
    if (c.kind === 'messenger') named.push(c);
  }
  // The account after a messenger's name is a handle too: «WeChat: shop_2024», «QQ号 12345678».
  for (const c of named) {
    const m = MESSENGER_ID.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const start = c.end + m[0].length - m[1]!.length;
    add({ kind: 'handle', start, end: start + m[1]!.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** {@link findContacts}, computed once per text view. */
export const contactsOfView: (view: TextView) => Contact[] = perView(findContacts);
