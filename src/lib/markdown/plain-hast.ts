// A plain, mutable copy of a tree handed over by Sätteri. Its nodes are read-only views that
// carry the parser's own bookkeeping (ids, resolvers, positions); our transforms work on
// ordinary hast objects, and the copy replaces the document in one step.
import type { Root } from 'hast';

/** A deep copy of `root` without Sätteri's bookkeeping keys or positions. */
export function plainHast(root: Readonly<Root>): Root {
  return copy(root) as Root;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('_') || key === 'position') continue;
    out[key] = copy(inner);
  }
  return out;
}
