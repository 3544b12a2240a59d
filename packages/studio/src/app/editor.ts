/// <reference lib="dom" />
/**
 * One text of a template in CodeMirror 6: the findings as marks (a numbered badge after each,
 * matching the list beside the editors), placeholders highlighted, and every change reported.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorState, RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, MatchDecorator, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import type { FindingView } from '../api-types.js';

/** A finding to mark, with its number in the list. */
export interface Mark {
  n: number;
  finding: FindingView;
}

const setMarks = StateEffect.define<Mark[]>();

class Badge extends WidgetType {
  constructor(readonly n: number, readonly severity: string, readonly title: string) {
    super();
  }
  override eq(other: Badge): boolean {
    return other.n === this.n && other.severity === this.severity && other.title === this.title;
  }
  toDOM(): HTMLElement {
    const el = document.createElement('span');
    el.className = `otvet-badge otvet-${this.severity}`;
    el.textContent = String(this.n);
    el.title = this.title;
    el.setAttribute('aria-hidden', 'true');
    return el;
  }
}

function decorations(marks: Mark[], length: number): DecorationSet {
  const ranges: { from: number; to: number; deco: Decoration }[] = [];
  for (const { n, finding } of marks) {
    if (finding.from === undefined || finding.to === undefined) continue;
    let from = Math.min(finding.from, length);
    let to = Math.min(Math.max(finding.to, from), length);
    // A point (something missing here) is shown on the character before it.
    if (from === to) {
      if (from > 0) from--;
      else if (to < length) to++;
    }
    const title = `${finding.ruleId}: ${finding.message}`;
    if (from < to) ranges.push({ from, to, deco: Decoration.mark({ class: `otvet-mark otvet-${finding.severity}`, attributes: { 'data-rule': finding.ruleId, 'data-n': String(n), title } }) });
    ranges.push({ from: to, to, deco: Decoration.widget({ widget: new Badge(n, finding.severity, title), side: 1 }) });
  }
  ranges.sort((a, b) => a.from - b.from || a.to - b.to);
  const builder = new RangeSetBuilder<Decoration>();
  for (const r of ranges) builder.add(r.from, r.to, r.deco);
  return builder.finish();
}

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const effect of tr.effects) if (effect.is(setMarks)) next = decorations(effect.value, tr.state.doc.length);
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const placeholderMatcher = new MatchDecorator({
  regexp: /\{\s*[A-Za-z_]\w*\s*(?:\}|,\s*(?:plural|selectordinal|select|number|date|time)\b\s*,?)/gu,
  decoration: Decoration.mark({ class: 'otvet-placeholder' }),
});
const placeholders = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = placeholderMatcher.createDeco(view);
    }
    update(update: ViewUpdate): void {
      this.decorations = placeholderMatcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (v) => v.decorations },
);

export interface TextEditor {
  view: EditorView;
  setMarks(marks: Mark[]): void;
  /** Replace [from, to) (a fix or a suggestion). */
  replace(from: number, to: number, text: string): void;
  setText(text: string): void;
  destroy(): void;
}

export function createTextEditor(parent: HTMLElement, options: { text: string; label: string; lang: string; onChange: (text: string) => void; onSave: () => void }): TextEditor {
  const extensions: Extension[] = [
    history(),
    keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (options.onSave(), true) }, ...defaultKeymap, ...historyKeymap]),
    EditorView.lineWrapping,
    marksField,
    placeholders,
    EditorView.contentAttributes.of({ 'aria-label': options.label, lang: options.lang, spellcheck: 'false' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({ state: EditorState.create({ doc: options.text, extensions }), parent });
  return {
    view,
    setMarks: (marks) => view.dispatch({ effects: setMarks.of(marks) }),
    replace: (from, to, text) => {
      const length = view.state.doc.length;
      view.dispatch({ changes: { from: Math.min(from, length), to: Math.min(to, length), insert: text } });
      view.focus();
    },
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    destroy: () => view.destroy(),
  };
}
