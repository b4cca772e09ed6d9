// Step 1: reads one raw source in whichever supported format it is in.
import { detectFormat } from './detect-format.ts';
import { parseHtmlSource } from './parse-html-source.ts';
import { parsePlainText } from './parse-plain-text.ts';
import type { ParsedSource } from './types.ts';

/** Detects the format of a raw source and parses it into a Markdown tree. */
export function readSource(id: string, file: string, text: string): ParsedSource {
  const format = detectFormat(file, text);
  return format === 'frontmatter-html' ? parseHtmlSource(id, file, text) : parsePlainText(id, file, text);
}
