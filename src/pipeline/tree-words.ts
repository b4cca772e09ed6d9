// Reads the words of a Markdown tree in reading order, remembering which text node each word
// sits in and whether it is emphasised, so marks can be carried from one copy to another.
import type { Nodes, Root, RootContent, Text } from 'mdast';
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
  /** The top-level block the word is in (for error messages: its text and line). */
  block: RootContent;
}

/** Every word of the tree, in order. */
export function treeWords(tree: Root): TreeWord[] {
  const out: TreeWord[] = [];
  const walk = (node: Nodes, marks: ReadonlySet<Mark>, block: RootContent): void => {
    if (node.type === 'text') {
      for (const t of tokenize(node.value)) out.push({ word: foldWord(t.word), node, start: t.start, end: t.end, marks, block });
      return;
    }
    if (!('children' in node)) return;
    const inner: ReadonlySet<Mark> = node.type === 'emphasis' || node.type === 'strong' ? new Set<Mark>([...marks, node.type]) : marks;
    for (const child of node.children) walk(child, inner, block);
  };
  for (const child of tree.children) walk(child, new Set(), child);
  return out;
}
