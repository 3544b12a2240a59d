/**
 * What a rule reports is checked before it becomes a finding: a rule that breaks the contract
 * (a message it does not have, a range outside the text, a `{slot}` left without data, a fix
 * outside the text) would otherwise print a wrong place or an unfilled message, or let `--fix`
 * edit what lies beyond the text in the file. otvet's own rules never do; a plugin's rule may.
 * The engine turns the error into a {@link RuleCrash} that names the rule.
 */
import type { Report, RuleMeta } from './rule.js';

/** A broken contract between a rule and the engine. */
export class ReportContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportContractError';
  }
}

const SLOT = /\{(\w+)\}/gu;
/** The `{slots}` of each message, per rule meta. */
const slotsOf = new WeakMap<RuleMeta<object>, Map<string, string[]>>();

function slots(meta: RuleMeta<object>, messageId: string): string[] {
  let byId = slotsOf.get(meta);
  if (!byId) slotsOf.set(meta, (byId = new Map()));
  let list = byId.get(messageId);
  if (!list) {
    const message = meta.messages[messageId]!;
    list = [...new Set([message.en, message.zh, message.ru].flatMap((text) => [...text.matchAll(SLOT)].map((m) => m[1]!)))];
    byId.set(messageId, list);
  }
  return list;
}

const isRange = (start: unknown, end: unknown, length: number): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;

/** Throws {@link ReportContractError} when `report` breaks the contract, for a text of `length` UTF-16 units. */
export function checkReport(meta: RuleMeta<object>, report: Report, length: number): void {
  const { messageId } = report;
  if (typeof messageId !== 'string' || !Object.hasOwn(meta.messages, messageId)) {
    throw new ReportContractError(`reported the message “${String(messageId)}”, which is not one of its messages (${Object.keys(meta.messages).join(', ')})`);
  }
  if (!isRange(report.start, report.end, length)) {
    throw new ReportContractError(`reported the range ${String(report.start)}–${String(report.end)} in a text of ${length} characters (start and end are integers, 0 ≤ start ≤ end ≤ the text's length)`);
  }
  const missing = slots(meta, messageId).filter((slot) => report.data?.[slot] === undefined);
  if (missing.length) throw new ReportContractError(`reported “${messageId}” without data for ${missing.map((s) => `{${s}}`).join(', ')}`);
  const { fix, expected } = report;
  if (fix && (typeof fix !== 'object' || !isRange(fix.start, fix.end, length) || typeof fix.text !== 'string')) {
    throw new ReportContractError(`offered a fix outside the text (${String(fix.start)}–${String(fix.end)} in a text of ${length} characters) or without a text`);
  }
  if (expected !== undefined && (!Array.isArray(expected) || expected.some((e) => typeof e !== 'string'))) {
    throw new ReportContractError('gave `expected` that is not a list of strings');
  }
}
