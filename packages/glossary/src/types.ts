/** One term of the glossary (schema: packages/glossary/schema/glossary.schema.json), normalized. */
export interface GlossaryEntry {
  id: string;
  /** Chinese source variants. */
  zh: string[];
  /** English term(s). */
  en: string[];
  /** Approved Russian terms, best first. */
  ru: string[];
  /** Wrong Russian variants (for `translate: false`: renderings that must not appear). */
  forbidden: string[];
  /** `false`: the source word is not rendered at all. */
  translate: boolean;
  status: GlossaryStatus;
  domain?: string;
  note?: string;
}

export type GlossaryStatus = 'approved' | 'draft' | 'deprecated';
export const STATUSES: readonly GlossaryStatus[] = ['approved', 'draft', 'deprecated'];

/** Where an entry (and its id) is in its file. */
export interface EntrySource {
  path: string;
  line: number;
  column: number;
}

/** An entry as loaded from a file. */
export interface LoadedEntry extends GlossaryEntry {
  /** The entry's id in its file. */
  source?: EntrySource;
  /** Where each variant is, by `field.index` (`zh.0`, `forbidden.1`…). */
  at?: Record<string, EntrySource>;
}

/** The YAML shape of one term (before normalization). */
export interface RawTerm {
  id: string;
  zh?: string[];
  en?: string | string[];
  ru?: string[];
  forbidden?: string[];
  translate?: boolean;
  status?: GlossaryStatus;
  domain?: string;
  note?: string;
}

/** Normalize a raw term: every variant list present, defaults filled in. */
export function normalizeTerm(raw: RawTerm): GlossaryEntry {
  const entry: GlossaryEntry = {
    id: raw.id,
    zh: [...(raw.zh ?? [])],
    en: raw.en === undefined ? [] : typeof raw.en === 'string' ? [raw.en] : [...raw.en],
    ru: [...(raw.ru ?? [])],
    forbidden: [...(raw.forbidden ?? [])],
    translate: raw.translate ?? true,
    status: raw.status ?? 'approved',
  };
  if (raw.domain !== undefined) entry.domain = raw.domain;
  if (raw.note !== undefined) entry.note = raw.note;
  return entry;
}

/** The YAML shape of a normalized entry (empty lists and defaults left out). */
export function toRawTerm(entry: GlossaryEntry): RawTerm {
  const raw: RawTerm = { id: entry.id };
  if (entry.zh.length) raw.zh = [...entry.zh];
  if (entry.ru.length) raw.ru = [...entry.ru];
  if (entry.forbidden.length) raw.forbidden = [...entry.forbidden];
  if (entry.en.length) raw.en = entry.en.length === 1 ? entry.en[0]! : [...entry.en];
  if (!entry.translate) raw.translate = false;
  if (entry.status !== 'approved') raw.status = entry.status;
  if (entry.domain !== undefined) raw.domain = entry.domain;
  if (entry.note !== undefined) raw.note = entry.note;
  return raw;
}

/**
 * What `otvet glossary add` takes (its options, as the studio passes them too): each term list as
 * one string of variants separated by `|` (or a comma), the rest as the entry has them.
 */
export interface GlossaryAddOptions {
  id: string;
  zh?: string;
  ru?: string;
  forbidden?: string;
  en?: string;
  note?: string;
  domain?: string;
  status?: string;
  translate?: boolean;
  /** The glossary file to append to (default: the first one of the config). */
  file?: string;
}
