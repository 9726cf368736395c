/** Levenshtein distance, for "did you mean" hints on misspelt ids and fields. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** `; did you mean "x"?` when one of `pool` is close to `word`, else ''. */
export function didYouMean(word: string, pool: Iterable<string>, caseInsensitive = false): string {
  const norm = (s: string) => (caseInsensitive ? s.toLowerCase() : s);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of pool) {
    if (candidate === word) continue;
    const d = editDistance(norm(word), norm(candidate));
    if (d < bestScore) {
      bestScore = d;
      best = candidate;
    }
  }
  if (word.length < 3 || best === undefined) return '';
  return bestScore <= Math.max(1, Math.floor(word.length / 3)) ? `; did you mean "${best}"?` : '';
}
