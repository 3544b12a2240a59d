/**
 * How many numbers of the ascending `sorted` (in `[from, to)`, all of it by default) are below
 * `value`: the index of the first one at least `value`, or `to` (a binary search).
 */
export function countBelow(sorted: ArrayLike<number>, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The order a lint takes files in (by path, code unit by code unit): every part of a pack's lint
 * that must meet the files in the engine's order sorts with this one.
 */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
