// Step 6b: places the site's article components where the text calls for them: after the first
// paragraph that names a nerve root (or, failing that, a nerve of the nerve map) a
// <NerveFigure>, and at the end of a section about signs or symptoms that names two or more
// sign topics a <CheckYourSigns> card with those signs. The text itself is not touched.
import type { BlockContent, Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { NERVES, ROOT_IDS } from '../data/nerve-map.ts';
import { compileMatcher, findTerms, type TopicTerms } from '../lib/mentions/term-matcher.ts';

/** What the step needs: the sign topics and the words that name them. */
export interface ComponentPlacement {
  signs: readonly TopicTerms[];
}

/** One component placed, for the import report. */
export interface PlacedComponent {
  component: string;
  attributes: Record<string, string>;
  /** The first words of the block it follows. */
  after: string;
}

const ROOT_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${ROOT_IDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const NERVE_WORDS = NERVES.map((n) => ({ id: n.id, pattern: new RegExp(`\\b${n.name.replace(/ nerve$/i, '')} nerve\\b`, 'i') }));
const SIGNS_HEADING = /\b(signs?|symptoms?)\b/i;
const MIN_SIGNS = 2;

/** Inserts the components into `tree` (in place) and says what went where. */
export function insertComponents(tree: Root, { signs }: ComponentPlacement): PlacedComponent[] {
  const placed: PlacedComponent[] = [];
  const figure = nerveFigure(tree.children);
  const cards = signs.length > 0 ? signCards(tree.children, compileMatcher(signs)) : [];
  // From the end, so earlier positions stay valid.
  for (const { index, node } of [...(figure ? [figure] : []), ...cards].sort((a, b) => b.index - a.index)) {
    tree.children.splice(index + 1, 0, node);
    placed.unshift({ component: node.name!, attributes: attributesOf(node), after: firstWords(tree.children[index]!) });
  }
  return placed;
}

function nerveFigure(blocks: readonly RootContent[]): { index: number; node: MdxJsxFlowElement } | null {
  const text = blocks.map((b) => (b.type === 'heading' ? '' : toString(b)));
  const rootAt = text.findIndex((t) => ROOT_WORD.test(t));
  if (rootAt !== -1) return { index: rootAt, node: element('NerveFigure', { root: ROOT_WORD.exec(text[rootAt]!)![1]! }) };
  for (const [index, t] of text.entries()) {
    const nerve = NERVE_WORDS.find((n) => n.pattern.test(t));
    if (nerve) return { index, node: element('NerveFigure', { nerve: nerve.id }) };
  }
  return null;
}

function signCards(blocks: readonly RootContent[], matcher: ReturnType<typeof compileMatcher>): { index: number; node: MdxJsxFlowElement }[] {
  const cards: { index: number; node: MdxJsxFlowElement }[] = [];
  blocks.forEach((block, start) => {
    if (block.type !== 'heading' || !SIGNS_HEADING.test(toString(block))) return;
    const end = sectionEnd(blocks, start, block);
    const found: string[] = [];
    for (const inner of blocks.slice(start + 1, end)) {
      for (const match of findTerms(toString(inner), matcher)) if (!found.includes(match.topic)) found.push(match.topic);
    }
    if (found.length >= MIN_SIGNS && end - 1 > start) cards.push({ index: end - 1, node: element('CheckYourSigns', { signs: found.join(',') }) });
  });
  return cards;
}

// The index just past the section a heading opens (the next heading of the same or a higher level).
function sectionEnd(blocks: readonly RootContent[], start: number, heading: Heading): number {
  const next = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.depth <= heading.depth);
  return next === -1 ? blocks.length : next;
}

function element(name: string, attributes: Record<string, string>): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })), children: [] as BlockContent[] };
}

function attributesOf(node: MdxJsxFlowElement): Record<string, string> {
  return Object.fromEntries(node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [[a.name, String(a.value)]] : [])));
}

function firstWords(node: RootContent): string {
  return toString(node).split(/\s+/).slice(0, 8).join(' ');
}
