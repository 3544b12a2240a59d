// The relco-grammar figures of scripts/eval.mjs, as pure functions over a parsed otvet JSON
// report, the labels and the texts (scripts/eval.test.ts checks them on small synthetic data).

/**
 * @typedef {{ id: string, cls: string, wrong: string, start: number, end: number, realword: boolean }} Label
 * @typedef {{ start: number, end: number, ruleId: string, severity: string }} Flag
 */

/**
 * Where each character of a one-line double-quoted YAML scalar (`ru: "…"`) sits in the parsed
 * text: `map[i]` is the text offset of the line's UTF-16 index i (for i from the opening quote
 * to the closing one, which maps to the text's length). Escapes (`\"`, `\\`, `\n`, `\xXX`,
 * `\uXXXX`, `\UXXXXXXXX`) take several columns for one character of the text. Undefined when
 * the line holds no double-quoted scalar.
 * @param {string} line
 * @returns {number[] | undefined}
 */
export function quotedOffsets(line) {
  const open = line.indexOf('"');
  if (open < 0) return undefined;
  const map = [];
  let offset = 0;
  let i = open + 1;
  while (i < line.length && line[i] !== '"') {
    map[i] = offset;
    if (line[i] === '\\') {
      const wide = { x: 2, u: 4, U: 8 }[line[i + 1] ?? ''];
      const codePoint = wide ? Number.parseInt(line.slice(i + 2, i + 2 + wide), 16) : 0;
      const width = wide ? 2 + wide : 2;
      for (let k = 1; k < width; k++) map[i + k] = offset;
      i += width;
      offset += codePoint > 0xffff ? 2 : 1;
    } else {
      i++;
      offset++;
    }
  }
  map[i] = offset;
  for (let k = 0; k <= open; k++) map[k] = 0;
  return map;
}

/**
 * Every finding's range in its template's text, by template id. The texts are one double-quoted
 * line each (`ru: "…"`), so a finding's columns give its offsets through quotedOffsets; a
 * finding that ends on a later line ends at the text's end, and an empty range is widened to one
 * character so that it can overlap a label.
 * @param {{ files: { path: string, messages: { ruleId: string, severity: string, templateId?: string, line?: number, column?: number, endLine?: number, endColumn?: number }[] }[] }} report
 * @param {Map<string, string>} texts text by template id
 * @param {(path: string) => string[]} linesOf the lines of a report's file
 * @returns {Map<string, Flag[]>}
 */
export function locateFindings(report, texts, linesOf) {
  const flags = new Map();
  for (const f of report.files) {
    const lines = linesOf(f.path);
    for (const m of f.messages) {
      const text = m.templateId === undefined ? undefined : texts.get(m.templateId);
      if (text === undefined || m.line === undefined || m.column === undefined) continue;
      const map = quotedOffsets(lines[m.line - 1] ?? '') ?? [];
      const at = (column) => Math.min(text.length, map[column - 1] ?? text.length);
      const start = at(m.column);
      let end = m.endLine === m.line && m.endColumn !== undefined ? at(m.endColumn) : text.length;
      if (end <= start) end = start + 1;
      if (!flags.has(m.templateId)) flags.set(m.templateId, []);
      flags.get(m.templateId).push({ start, end, ruleId: m.ruleId, severity: m.severity });
    }
  }
  return flags;
}

export const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** A finding of a grammar rule that counts: `grammar-*`, severity error or warning. */
export const isGrammar = (f) => f.ruleId.startsWith('grammar-') && (f.severity === 'error' || f.severity === 'warning');

/**
 * The grammar rules' figures on relco-grammar.
 * - recall: labels with realword=1 overlapped by a grammar-* error or warning in the same
 *   template (errors.yaml's template e0000 ↔ the label's id e0000), overall and per class;
 * - per rule: the realword=1 labels its findings overlap, its findings on corrected.yaml, and
 *   its findings in error sentences that overlap no label (of any kind) and no other_errors.tsv
 *   entry;
 * - false flags: findings on corrected.yaml (template ids starting with «c») per 1,000 of its
 *   words, and findings in error sentences on nothing labelled or listed.
 * @param {{ labels: Label[], others: Map<string, { start: number, end: number }[]>, flags: Map<string, Flag[]>, correctedWords: number, rules?: string[] }} input
 *   correctedWords: the words of corrected.yaml as the report counts them (its templates' `words`)
 */
export function grammarFigures({ labels, others, flags, correctedWords, rules = [] }) {
  const grammarFlags = (id) => (flags.get(id) ?? []).filter(isGrammar);
  const real = labels.filter((l) => l.realword);
  const hitBy = (l, rule) => grammarFlags(l.id).some((f) => (rule === undefined || f.ruleId === rule) && overlaps(f, l));
  const count = (list, test) => ({ found: list.filter(test).length, total: list.length });
  const classes = [...new Set(real.map((l) => l.cls))].sort();
  const byClass = Object.fromEntries(classes.map((c) => [c, count(real.filter((l) => l.cls === c), (l) => hitBy(l))]));

  const labelsOf = new Map();
  for (const l of labels) labelsOf.set(l.id, [...(labelsOf.get(l.id) ?? []), l]);
  const ruleIds = new Set(rules);
  const perRule = {};
  const rule = (id) => (perRule[id] ??= { labels: 0, corrected: 0, unlabelled: 0 });
  let onCorrected = 0;
  let unlabelled = 0;
  for (const [id, list] of flags) {
    for (const f of list.filter(isGrammar)) {
      ruleIds.add(f.ruleId);
      if (id.startsWith('c')) {
        onCorrected++;
        rule(f.ruleId).corrected++;
      } else if (![...(labelsOf.get(id) ?? []), ...(others.get(id) ?? [])].some((k) => overlaps(f, k))) {
        unlabelled++;
        rule(f.ruleId).unlabelled++;
      }
    }
  }
  for (const id of [...ruleIds].sort()) rule(id).labels = real.filter((l) => hitBy(l, id)).length;
  const sorted = Object.fromEntries(Object.keys(perRule).sort().map((id) => [id, perRule[id]]));
  return {
    recall: count(real, (l) => hitBy(l)),
    byClass,
    perRule: sorted,
    onCorrected,
    correctedWords,
    perThousandWords: correctedWords ? (1000 * onCorrected) / correctedWords : 0,
    unlabelled,
  };
}

const pct = ({ found, total }) => `${found}/${total} (${((100 * found) / Math.max(total, 1)).toFixed(1)} %)`;

/**
 * The figures as the lines eval.mjs prints.
 * @param {ReturnType<typeof grammarFigures>} g
 * @returns {string[]}
 */
export function formatGrammar(g) {
  const rules = Object.entries(g.perRule);
  return [
    `  grammar-* (error or warning) recall on realword=1 labels: ${pct(g.recall)}`,
    `  grammar-* recall by class: ${Object.entries(g.byClass).map(([c, n]) => `${c} ${pct(n)}`).join('; ') || '—'}`,
    `  grammar-* by rule: ${rules.length ? rules.map(([id, r]) => `${id}: overlaps ${r.labels} labels, ${r.corrected} on corrected.yaml, ${r.unlabelled} on nothing labelled`).join('; ') : 'no grammar rules'}`,
    `  grammar-* false flags: ${g.onCorrected} on corrected.yaml in ${g.correctedWords} words (${g.perThousandWords.toFixed(2)} per 1,000 words; bar ≤ 0.5); ${g.unlabelled} in errors.yaml on no label and no other_errors.tsv entry`,
  ];
}

/**
 * Templates with a grammar-* error or warning, out of all templates of a report.
 * @param {{ files: { templates?: { id: string }[], messages: { ruleId: string, severity: string, templateId?: string }[] }[] }} report
 */
export function grammarTemplates(report) {
  const flagged = new Set();
  const rules = {};
  let total = 0;
  for (const f of report.files) {
    total += f.templates?.length ?? 0;
    for (const m of f.messages) {
      if (!isGrammar(m) || m.templateId === undefined) continue;
      flagged.add(`${f.path}\0${m.templateId}`);
      rules[m.ruleId] = (rules[m.ruleId] ?? 0) + 1;
    }
  }
  return { found: flagged.size, total, rules };
}

export const formatShare = pct;
