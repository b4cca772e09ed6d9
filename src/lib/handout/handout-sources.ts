// The sources a printed handout cites, numbered afresh for the paper in the order the paper cites
// them (the screen's numbering covers the whole page, so on paper it would skip), with the keys
// that share one source (several G… ids of one NHS page) under one number.

/** One numbered source on paper. */
export interface HandoutSource {
  n: number;
  label: string;
}

/** The paper's sources, and each cited key's number. */
export interface HandoutSources {
  list: HandoutSource[];
  numberOf: ReadonlyMap<string, number>;
}

/** Numbers `keys` (in order of first citation on paper), one number per distinct label. */
export function handoutSources(keys: readonly string[], labelOf: (key: string) => string): HandoutSources {
  const list: HandoutSource[] = [];
  const numberOf = new Map<string, number>();
  for (const key of keys) {
    if (numberOf.has(key)) continue;
    const label = labelOf(key);
    const found = list.find((s) => s.label === label);
    const n = found?.n ?? list.push({ n: list.length + 1, label });
    numberOf.set(key, n);
  }
  return { list, numberOf };
}

/** The numbers a text's keys have on paper, ascending, each once. */
export function handoutNumbers(keys: readonly string[], sources: HandoutSources): number[] {
  return [...new Set(keys.map((k) => sources.numberOf.get(k)!))].sort((a, b) => a - b);
}
