// A list written as a sentence: "a, b or c".

/** Joins items with semicolons and a final "or" (semicolons, as items may hold commas). */
export function listInWords(items: readonly string[], last = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} ${last} ${items.at(-1)}`;
}
