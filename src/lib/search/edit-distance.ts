// Optimal string alignment distance (Levenshtein plus swapping two neighbouring letters, the
// commonest typing slip: "sicatica"), stopping early once it must exceed a limit.

/** The edit distance between a and b, or limit + 1 if it is more than limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How many edits a word of this length may be corrected by: none under 4 letters, 1 up to 6, else 2. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 6 ? 1 : 2;
}
