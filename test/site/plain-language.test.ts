// Plain language on every topic page, measured on what the reader sees (the summary, the facts
// box and the body, without citation numbers or heading controls): Flesch–Kincaid grade ≤ 8, no
// sentence over 25 words, each glossary term explained at its first use, British spelling
// with "physiotherapist (physical therapist)" at the first mention.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/data/glossary.ts';
import { readability } from '../../src/lib/topics/readability.ts';
import { builtPages, type BuiltPage } from './built-site.ts';

const TOPIC_PAGE = /^\/(?:nerves|conditions|signs|treatments)\/[^/]+\/$/;
const MAX_GRADE = 8;
const MAX_WORDS = 25;
// American spellings we write the British way (search still understands both: the search issue).
const AMERICAN = /\b(?:\w*(?:iz(?:e|es|ed|ing|ation|ations))|colou?r(?<!colour)|center(?:s|ed)?|fiber(?:s)?|behavior(?:s)?|favor(?:s|ite)?|tumor(?:s)?|pediatric|orthopedic|anemia|edema|gray|labeled|traveling)\b/gi;
const NOT_AMERICAN = new Set(['size', 'sizes', 'seize', 'prize', 'capsize']);

const hasClass = (node: Element, name: string) => ([] as unknown[]).concat(node.properties?.className ?? []).includes(name);

/** The page's own words, block by block: lede, facts box and body, in page order. */
export function ownText(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (hasClass(node, 'lede') || hasClass(node, 'facts') || hasClass(node, 'topic-body')) {
      collectBlocks(node, blocks);
      return SKIP;
    }
  });
  return blocks.join('\n\n');
}

function collectBlocks(root: Element, blocks: string[]): void {
  visit(root, 'element', (node: Element, index, parent) => {
    // Citation numbers, on screen and on a printed handout, are not words.
    if (node.tagName === 'sup' && (hasClass(node, 'citation') || hasClass(node, 'handout-marks')) && parent && index !== undefined) {
      (parent as Element).children.splice(index, 1);
      return [SKIP, index];
    }
  });
  visit(root, 'element', (node: Element) => {
    if (/^h[1-6]$/.test(node.tagName)) return SKIP;
    if (!['p', 'li', 'dt', 'dd'].includes(node.tagName)) return;
    // A block holding a list or paragraphs: its own words are one block, each nested block another.
    const nested = node.children.filter((c): c is Element => c.type === 'element' && ['ul', 'ol', 'p'].includes(c.tagName));
    const own = node.children.filter((c) => !nested.includes(c as Element)).map((c) => toString(c as Element)).join('');
    push(own, blocks);
    return nested.length > 0 ? undefined : SKIP;
  });
}

function push(raw: string, blocks: string[]): void {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text) blocks.push(/[.!?:)]$/.test(text) ? text : `${text}.`);
}

const topicPages = (): BuiltPage[] => builtPages().filter((p) => TOPIC_PAGE.test(p.path));

describe('plain language on topic pages', () => {
  const pages = topicPages();

  it('finds the topic pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(42);
  });

  it('reads at US grade 8 or below, with no sentence over 25 words', () => {
    const problems = pages.flatMap((page) => {
      const r = readability(ownText(page.tree));
      return [
        ...(r.grade > MAX_GRADE ? [`${page.path}: grade ${r.grade.toFixed(1)} (limit ${MAX_GRADE})`] : []),
        ...(r.longest.words > MAX_WORDS ? [`${page.path}: a sentence of ${r.longest.words} words: “${r.longest.text}”`] : []),
      ];
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('explains each glossary term in plain words at its first use', () => {
    const problems = pages.flatMap((page) => {
      const text = ownText(page.tree).replace(/\s+/g, ' ');
      return GLOSSARY.flatMap(({ term, plain }) => {
        const at = text.toLowerCase().indexOf(term);
        if (at < 0) return [];
        const after = text.slice(at, at + term.length + plain.length + 20);
        return after.includes(plain) ? [] : [`${page.path}: “${term}” is first used without “${plain}”: “${after}”`];
      });
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('spells the British way and says “physiotherapist (physical therapist)” first', () => {
    const problems = pages.flatMap((page) => {
      const text = ownText(page.tree);
      const american = [...text.matchAll(AMERICAN)].map((m) => m[0]).filter((w) => !NOT_AMERICAN.has(w.toLowerCase()));
      const physio = text.search(/physiotherap/i);
      const pt = text.search(/physical therap/i);
      return [
        ...american.map((w) => `${page.path}: American spelling “${w}”`),
        ...(pt >= 0 && (physio < 0 || pt < physio) ? [`${page.path}: “physical therapist” before “physiotherapist”`] : []),
        ...(physio >= 0 && !/^physiotherap\w+ \(physical therap/i.test(text.slice(physio)) ? [`${page.path}: the first “physiotherapist” is not followed by “(physical therapist)”`] : []),
      ];
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
