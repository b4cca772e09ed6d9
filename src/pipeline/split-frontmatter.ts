// Separates YAML frontmatter from the body and reads it, tolerating the garbled key names
// that a scrambled copy can carry.
import { parse as parseYaml } from 'yaml';
import { GET_A_NEW_COPY, ImportError } from './import-error.ts';

/** The frontmatter of a source (as read) and the text after it. */
export interface SplitFrontmatter {
  data: Record<string, unknown>;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---` fenced YAML from the body; throws naming the file when the YAML is broken. */
export function splitFrontmatter(file: string, text: string): SplitFrontmatter {
  const match = FENCE.exec(text);
  if (!match) throw new ImportError(file, 'the frontmatter is not closed by a `---` line', GET_A_NEW_COPY, 1);
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ImportError(file, `the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`, GET_A_NEW_COPY, line === undefined ? undefined : line + 1);
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ImportError(file, 'the frontmatter must be a YAML mapping of keys to values', GET_A_NEW_COPY, 2);
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

// A hex digest (as in the garbled copy's `title`) is an identifier, not a human title.
const DIGEST = /^[0-9a-f]{16,}$/i;

/**
 * Reads a human-readable string field. Falls back to a key of the same length that differs
 * by one letter (a garbled key such as `mitle` for `title`), and skips digest-like values.
 */
export function readTextField(data: Record<string, unknown>, key: string): string | undefined {
  const usable = (value: unknown): value is string =>
    typeof value === 'string' && value.trim() !== '' && !DIGEST.test(value.trim());
  if (usable(data[key])) return data[key].trim();
  for (const [candidate, value] of Object.entries(data)) {
    if (candidate.length === key.length && hamming(candidate, key) === 1 && usable(value)) return value.trim();
  }
  return undefined;
}

function hamming(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) distance++;
  return distance;
}
