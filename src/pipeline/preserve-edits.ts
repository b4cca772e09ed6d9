// Step 7c: keeps the frontmatter fields people edit by hand when an article is re-imported.
import { parse as parseYaml } from 'yaml';

/** Fields an editor may rewrite; a re-import keeps the committed value. */
export const EDITABLE_FIELDS = ['description', 'reviewed'] as const;

/**
 * Returns the generated frontmatter with each editable field taken from the committed MDX
 * (when that file exists and sets the field). Delete a field to have it generated again.
 */
export function preserveEdits<T extends Record<string, unknown>>(generated: T, committed: string | undefined): T {
  if (committed === undefined) return generated;
  const match = /^---\n([\s\S]*?)\n---\n/.exec(committed);
  if (!match) return generated;
  let previous: unknown;
  try {
    previous = parseYaml(match[1]!);
  } catch {
    return generated;
  }
  if (previous === null || typeof previous !== 'object') return generated;
  const out: Record<string, unknown> = { ...generated };
  for (const field of EDITABLE_FIELDS) {
    const value = (previous as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') out[field] = value;
    else if (value instanceof Date) out[field] = value.toISOString().slice(0, 10);
  }
  return out as T;
}
