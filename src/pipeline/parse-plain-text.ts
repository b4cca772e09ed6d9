// Reads a plain-text source: one block per line, headings as bare lines (or numbered, as in
// "1. knee pain accompanied by back pain"), bullets marked with • or – (or - and *).
import type { List, ListItem, RootContent } from 'mdast';
import type { ParsedSource } from './types.ts';

const BULLET = /^\s*[•–\-*·]\s+(.+)$/;
const NUMBERED = /^\s*(\d{1,2})\.\s+(.+)$/;
const SENTENCE_END = /[.!:;,]$/;
const MAX_HEADING_WORDS = 14;

/** Parses plain text into a Markdown tree of headings, paragraphs and lists. */
export function parsePlainText(id: string, file: string, text: string): ParsedSource {
  const children: RootContent[] = [];
  let list: List | undefined;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    // Each block remembers its line, so that errors can point an editor at it.
    const position = { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: raw.length + 1 } };
    const line = raw.replace(/\u00A0/g, ' ').replace(/[ \t]+/g, ' ').trim();
    if (line === '') continue;
    const bullet = BULLET.exec(raw);
    if (bullet) {
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [], position };
        children.push(list);
      }
      list.children.push({ ...listItem(bullet[1]!.trim()), position });
      continue;
    }
    list = undefined;
    children.push({ ...block(line), position });
  }
  return { id, file, format: 'plain-text', tree: { type: 'root', children }, metadata: {}, removals: [] };
}

function block(line: string): RootContent {
  const numbered = NUMBERED.exec(line);
  if (numbered && looksLikeHeading(numbered[2]!, false)) return heading(line);
  if (!numbered && looksLikeHeading(line, true)) return heading(line);
  return { type: 'paragraph', children: [{ type: 'text', value: line }] };
}

/**
 * A bare line is a heading when it is short, does not end like a sentence, has no comma,
 * and (unless numbered) is in title case. "So how does back pain cause knee pain?" is a
 * question sentence, "How Your Spine Can Cause Knee Pain" a heading.
 */
function looksLikeHeading(line: string, needsTitleCase: boolean): boolean {
  const wordsInLine = line.split(' ');
  if (wordsInLine.length > MAX_HEADING_WORDS || SENTENCE_END.test(line) || line.includes(',')) return false;
  if (!needsTitleCase) return true;
  const long = wordsInLine.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  if (long.length === 0) return false;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, '')));
  return capitalised.length / long.length >= 0.6;
}

function heading(text: string): RootContent {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] };
}

function listItem(text: string): ListItem {
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
}

