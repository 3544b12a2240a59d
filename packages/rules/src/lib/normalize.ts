/**
 * Word normalisation shared by the rules' word lists and patterns. Both functions are memoised:
 * texts repeat their words («Вы», «заказ»), and a start-up spent in the interpreter makes every
 * saved string operation count.
 */

const MAX_MEMO = 50_000;

function memoised(fold: (word: string) => string): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let folded = memo.get(word);
    if (folded === undefined) {
      folded = fold(word);
      if (memo.size >= MAX_MEMO) memo.clear();
      memo.set(word, folded);
    }
    return folded;
  };
}

/** {@link foldWord} without the memo: for building indexes of word lists, whose words a text seldom repeats. */
export const foldWordOnce = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

/** Lower case, ё → е: how word lists compare words. */
export const foldWord = memoised(foldWordOnce);

const TOKEN_FOLDS: Readonly<Record<string, string>> = { ё: 'е', '’': "'", 'ʼ': "'", '‘': "'", '`': "'", '‐': '-', '‑': '-' };

/** {@link foldToken} without the memo: for compiling patterns. */
export const foldTokenOnce = (word: string): string => word.toLowerCase().replace(/[ё’ʼ‘`‐‑]/g, (c) => TOKEN_FOLDS[c]!);

/** Lower case, ё → е, typographic apostrophes (’ʼ‘`) → ', hyphens ‐‑ → -: how patterns compare tokens. */
export const foldToken = memoised(foldTokenOnce);
