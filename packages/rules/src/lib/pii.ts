/**
 * Requests for a buyer's personal or payment data: a sentence that asks for something
 * («пришлите», «введите», «нам нужны») and names card details, codes, passwords, documents,
 * bank details or contacts. policy-pii reports the named data; consistency-number leaves the
 * digits inside it alone («CVV2» has no number 2). The data is policy-pii's own (pii.yaml).
 */
import type { TextView } from '@otvet/core';
import data from '../policy-pii/pii.yaml';
import { PhraseSet, type PolicyPhrases } from './policy-phrases.js';
import { sentencesOfView } from './patterns/index.js';
import { perView } from './per-view.js';

export const piiPhrases = new PhraseSet(data as PolicyPhrases);

export interface PiiRequest {
  /** Range of the named data in the text's value. */
  start: number;
  end: number;
  label: { en: string; zh: string; ru: string };
}

/** The personal data a text asks for, in order. */
export function findPiiRequests(view: TextView): PiiRequest[] {
  const out: PiiRequest[] = [];
  for (const sentence of sentencesOfView(view)) {
    const subjects = piiPhrases.find([sentence], 'subject');
    if (!subjects.length) continue;
    if (!piiPhrases.find([sentence], 'request').length || piiPhrases.find([sentence], 'negation').length) continue;
    for (const hit of subjects) out.push({ start: hit.start, end: hit.end, label: hit.phrase.data.label! });
  }
  return out;
}

/** {@link findPiiRequests}, computed once per text view. */
export const piiOfView: (view: TextView) => PiiRequest[] = perView(findPiiRequests);
