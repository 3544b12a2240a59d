/**
 * Work that several rules need on the same text (its sentences, its tokens, its ты/вы forms),
 * done once per text view. The engine runs every rule on one template before the next, so
 * remembering the last view is enough, and nothing outlives its template: a WeakMap would keep
 * each value until the next full garbage collection, which in a 10,000-template pack lint
 * means tens of megabytes.
 */
import type { TextView } from '@otvet/core';

export function perView<T>(compute: (view: TextView) => T): (view: TextView) => T {
  let lastView: TextView | undefined;
  let last: T | undefined;
  return (view) => {
    if (view !== lastView) {
      last = compute(view);
      lastView = view;
    }
    return last as T;
  };
}
