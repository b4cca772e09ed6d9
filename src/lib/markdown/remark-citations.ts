// Remark plugin: turns [@key] citations into numbered superscript links to the page's list
// of sources (#cite-1, #cite-2…), numbered in order of first citation as citationKeys() does.
import type { Emphasis, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { CITATION, splitKeys } from '../citations/citation-keys.ts';

/** Replaces citation groups in text nodes with superscript links. */
export default function remarkCitations() {
  return (tree: Root) => {
    mergeAdjacentText(tree);
    const numbers = new Map<string, number>();
    const numberOf = (key: string) => {
      if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      return numbers.get(key)!;
    };
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !CITATION.test(node.value)) return;
      CITATION.lastIndex = 0;
      const pieces: PhrasingContent[] = [];
      let at = 0;
      for (const match of node.value.matchAll(CITATION)) {
        const before = node.value.slice(at, match.index).replace(/\s+$/, '');
        if (before) pieces.push({ type: 'text', value: before });
        // Groups written side by side ([@a][@b]) share one superscript: "1,2".
        const last = pieces.at(-1);
        const sup = !before && last?.type === 'emphasis' ? last : citationGroup();
        if (sup !== last) pieces.push(sup);
        for (const key of splitKeys(match[1]!)) {
          if (sup.children.length > 0) sup.children.push({ type: 'text', value: ',' });
          sup.children.push(citationLink(numberOf(key)));
        }
        at = match.index + match[0].length;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}

// A <sup> for one or more citation links: mdast has no superscript, so an emphasis node is renamed.
function citationGroup(): Emphasis {
  return { type: 'emphasis', data: { hName: 'sup', hProperties: { className: ['citation'], 'data-pagefind-ignore': '' } }, children: [] };
}

function citationLink(n: number): PhrasingContent {
  return { type: 'link', url: `#cite-${n}`, data: { hProperties: { 'aria-label': `Source ${n}` } }, children: [{ type: 'text', value: String(n) }] };
}

// The parser splits "[@a][@b]" (which looks like a reference link) into several text nodes;
// joining neighbours lets one pattern see the whole citation.
function mergeAdjacentText(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as PhrasingContent[];
    for (let i = children.length - 1; i > 0; i--) {
      const [prev, cur] = [children[i - 1]!, children[i]!];
      if (prev.type === 'text' && cur.type === 'text') {
        prev.value += cur.value;
        children.splice(i, 1);
      }
    }
  });
}
