import type { Lang, Localized } from './i18n.js';
import { localize } from './i18n.js';

export interface ErrorLocation {
  path: string;
  line?: number;
  column?: number;
}

/**
 * An error caused by the user's input (usage, config, unreadable file). The CLI
 * prints it as `path:line:column: message` in the user's language and exits 2,
 * without a stack trace.
 */
export class UserError extends Error {
  readonly localized: Localized;
  readonly data: Record<string, string | number>;
  readonly location: ErrorLocation | undefined;

  constructor(message: Localized, data: Record<string, string | number> = {}, location?: ErrorLocation) {
    super(localize(message, 'en', data));
    this.name = 'UserError';
    this.localized = message;
    this.data = data;
    this.location = location;
  }

  format(lang: Lang): string {
    const where = this.location
      ? `${this.location.path}${this.location.line ? `:${this.location.line}:${this.location.column ?? 1}` : ''}: `
      : '';
    return where + localize(this.localized, lang, this.data);
  }
}

/** Several user errors at once (e.g. every problem of a config file). */
export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'UserErrors';
  }
}
