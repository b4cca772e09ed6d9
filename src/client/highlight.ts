// Arriving from a search result (?highlight=words): marks those words, as whole words, in the
// page's main content (not in parts search ignores) and scrolls to the first one.
import { wordRanges } from '../lib/search/word-ranges.ts';

/** Marks the words in `root` and brings the first mark into view. */
export function highlight(root: HTMLElement, words: readonly string[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    // From the last range back, so earlier offsets stay valid as the node is split.
    for (const [start, end] of wordRanges(node.data, words).reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      word.replaceWith(mark);
      mark.append(word);
      first = mark;
    }
  }
  // Skip marks that are not shown (in a closed <details>, hidden text).
  const visible = [...root.querySelectorAll<HTMLElement>('mark.search-highlight')].find((m) => m.getClientRects().length > 0);
  (visible ?? first)?.scrollIntoView({ block: 'center' });
}
