// Reads the words of a Markdown tree in reading order, remembering which text node each word
// sits in and whether it is emphasised, so marks can be carried from one copy to another.
import type { Parent, Root, Text } from 'mdast';
import { foldWord, tokenize } from './tokenize.ts';

/** Inline marks that carry meaning the reader sees. */
export type Mark = 'emphasis' | 'strong';

/** One word of a tree. */
export interface TreeWord {
  word: string;
  node: Text;
  start: number;
  end: number;
  marks: ReadonlySet<Mark>;
}

/** Every word of the tree, in order. */
export function treeWords(tree: Root): TreeWord[] {
  const out: TreeWord[] = [];
  const walk = (node: Parent | Text, marks: ReadonlySet<Mark>) => {
    if (node.type === 'text') {
      for (const t of tokenize(node.value)) out.push({ word: foldWord(t.word), node, start: t.start, end: t.end, marks });
      return;
    }
    const inner = node.type === 'emphasis' || node.type === 'strong' ? new Set([...marks, node.type]) : marks;
    for (const child of node.children) if ('children' in child || child.type === 'text') walk(child as Parent | Text, inner);
  };
  walk(tree, new Set());
  return out;
}
