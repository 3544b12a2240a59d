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
