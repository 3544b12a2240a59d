/** Message languages and simple `{name}` interpolation. */

export const LANGS = ['en', 'zh', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** One message in every supported language. */
export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Map a locale tag such as `zh_CN.UTF-8`, `ru-RU` or `en` to a supported language. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  const tag = locale.toLowerCase().replace(/[._@].*$/, '').split('-')[0] ?? '';
  if (tag === 'c' || tag === 'posix') return undefined;
  return isLang(tag) ? tag : undefined;
}

/** Fill `{name}` slots; unknown slots are left as they are. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function localize(message: Localized, lang: Lang, data?: Record<string, string | number>): string {
  return format(message[lang] ?? message.en, data);
}
