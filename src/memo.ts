/**
 * A function of a text with a bounded memo: the same texts are asked about
 * many times (prefixes, addresses, value paths), and a memo that only grew
 * would keep every text of a long run. Results are frozen, as every caller
 * shares them. Keys (and so the texts computed from, which results may keep)
 * are detached: a text read from a template kept here would keep its whole
 * file alive.
 */
import { detached } from './detached.js';

const MEMO_SIZE = 4096;

export function memoized<T extends object>(compute: (text: string) => T | undefined): (text: string) => Readonly<T> | undefined {
  const memo = new Map<string, Readonly<T> | null>();
  return (text) => {
    let result = memo.get(text);
    if (result === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      const key = detached(text);
      result = compute(key) ?? null;
      if (result) Object.freeze(result);
      memo.set(key, result);
    }
    return result ?? undefined;
  };
}
