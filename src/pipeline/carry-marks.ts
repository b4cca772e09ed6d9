// Step 4b: carries emphasis from one copy onto the aligned words of another.
import type { Emphasis, Parent, PhrasingContent, Root, Strong, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Mark, TreeWord } from './tree-words.ts';

/**
 * Wraps the given words of `tree` in the given marks. Consecutive words of one text node with
 * the same mark become one emphasis node. Mutates and returns the tree; returns how many
 * runs were wrapped.
 */
export function carryMarks(tree: Root, words: readonly TreeWord[], marks: ReadonlyMap<number, ReadonlySet<Mark>>): number {
  const runs = new Map<Text, { start: number; end: number; mark: Mark }[]>();
  let previous: { index: number; run: { start: number; end: number; mark: Mark } } | undefined;
  for (const [index, set] of [...marks].sort((a, b) => a[0] - b[0])) {
    const word = words[index]!;
    const mark: Mark = set.has('strong') ? 'strong' : 'emphasis';
    if (previous && previous.index === index - 1 && words[previous.index]!.node === word.node && previous.run.mark === mark) {
      previous.run.end = word.end;
      previous.index = index;
      continue;
    }
    const run = { start: word.start, end: word.end, mark };
    runs.set(word.node, [...(runs.get(word.node) ?? []), run]);
    previous = { index, run };
  }
  let count = 0;
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    const nodeRuns = runs.get(node);
    if (!nodeRuns || !parent || index === undefined) return;
    const pieces: PhrasingContent[] = [];
    let at = 0;
    for (const run of nodeRuns) {
      if (run.start > at) pieces.push({ type: 'text', value: node.value.slice(at, run.start) });
      const inner: Text = { type: 'text', value: node.value.slice(run.start, run.end) };
      pieces.push({ type: run.mark, children: [inner] } as Emphasis | Strong);
      at = run.end;
      count++;
    }
    if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
    parent.children.splice(index, 1, ...(pieces as Parent['children']));
    return index + pieces.length;
  });
  return count;
}
