// Tells which of the supported source formats a raw file is in, and rejects what is not text.
import { ImportError } from './import-error.ts';
import type { SourceFormat } from './types.ts';

// Control characters other than tab, newline and carriage return never occur in an article.
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;
const HTML_TAG = /<\/?(?:h[1-6]|p|ul|ol|li|em|strong|div|span|br|a|script)\b[^>]*>/i;

/** Classifies raw source text; throws on empty, binary or unrecognised input. */
export function detectFormat(file: string, text: string): SourceFormat {
  if (text.trim() === '') throw new ImportError(file, 'the file is empty', 'copy the page into it again, or remove its entry from content/sources/sources.yaml');
  if (BINARY.test(text)) throw new ImportError(file, 'the file contains binary data, not text', 'save the page as UTF-8 text (plain text, or YAML frontmatter then an HTML fragment)');
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
    if (!HTML_TAG.test(text)) throw new ImportError(file, 'frontmatter found, but the body is not an HTML fragment', 'save the page as plain text without frontmatter, or as frontmatter then its HTML');
    return 'frontmatter-html';
  }
  if (HTML_TAG.test(text)) throw new ImportError(file, 'HTML found without frontmatter', 'save the page as YAML frontmatter (at least `title:`) between `---` lines, then its HTML fragment');
  return 'plain-text';
}
