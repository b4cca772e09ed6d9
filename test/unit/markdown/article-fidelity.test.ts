// Property test: on many generated article bodies (several mentions per paragraph, adjacent and
// overlapping terms, terms in emphasis, links, code, lists, quotes, headings, odd punctuation
// and numbers), the rendered article says exactly what its source says, word for word, and
// each topic is linked at most once, only where the mention index finds it.
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../src/lib/mentions/article-blocks.ts';
import { parseArticle } from '../../../src/lib/mentions/parse-article.ts';
import { compileMatcher, findTerms } from '../../../src/lib/mentions/term-matcher.ts';
import { readArticleTopics } from '../../../src/lib/topics/read-topic-files.ts';
import { topicTerms } from '../../../src/lib/topics/topic-terms.ts';
import { articleRenderer } from '../../support/render-article.ts';
import { random } from '../../support/seeded-random.ts';
import { foldSpace, sourceText, wordsOf } from '../../support/source-text.ts';

const topics = readArticleTopics(resolve('content/topics'));
const render = articleRenderer(topics, '/base/');
const matcher = compileMatcher(topics.map((t) => topicTerms({ id: t.id, data: t })));

const WORDS = ['the', 'pain', 'knee', 'back', 'walking', 'often', 'may', 'and', 'or', 'feels', 'worse', 'after', 'sitting', 'in', 'your', 'leg'];
const ODD = ['2.5 mg', 'e.g.', '10%', 'L3–L4', '(see below)', '“quoted”', 'it’s', 'don’t', '—', '1 in 3', 'Dr. Smith', 'about 6–8 weeks', '3:1'];

/** A generator of article bodies from a seed, using the real topics' terms. */
function bodyFrom(seed: number): string {
  const rnd = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const term = () => {
    const t = pick(topics);
    const word = pick([t.title, ...t.aliases]);
    const cased = rnd() < 0.3 ? word[0]!.toUpperCase() + word.slice(1) : rnd() < 0.1 ? word.toUpperCase() : word;
    return rnd() < 0.15 && /[a-z]$/.test(cased) ? `${cased}s` : cased;
  };
  const piece = (): string => {
    const r = rnd();
    if (r < 0.35) return term();
    if (r < 0.45) return `*${term()}*`;
    if (r < 0.5) return `**${pick(WORDS)} ${term()}**`;
    if (r < 0.55) return `[${term()}](https://example.org/${Math.floor(rnd() * 100)})`;
    if (r < 0.58) return `\`${term()}\``;
    if (r < 0.62) return `(${term()})`;
    if (r < 0.65) return `${term()} ${term()}`;
    if (r < 0.75) return pick(ODD);
    return pick(WORDS);
  };
  const sentence = () => {
    const parts = Array.from({ length: 3 + Math.floor(rnd() * 9) }, piece);
    return `${parts.join(pick([' ', ' ', ' ', ', ']))}${pick(['.', '.', '?', '!', ';'])}`;
  };
  const paragraph = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, sentence).join(' ');
  const block = (): string => {
    const r = rnd();
    if (r < 0.45) return paragraph();
    if (r < 0.55) return `## ${pick(WORDS)} ${term()} ${pick(WORDS)}`;
    if (r < 0.7) return Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => `- ${sentence()}`).join('\n');
    if (r < 0.78) return Array.from({ length: 2 }, () => `- ${paragraph()}`).join('\n\n');
    if (r < 0.86) return Array.from({ length: 3 }, (_, i) => `${i + 1}. ${sentence()}`).join('\n');
    if (r < 0.94) return `> ${paragraph()}`;
    return `### ${term()}`;
  };
  return `${Array.from({ length: 3 + Math.floor(rnd() * 8) }, block).join('\n\n')}\n`;
}

const elements = (tree: Root | Element, test: (e: Element) => boolean, inside: Element[] = []): { node: Element; ancestors: Element[] }[] =>
  tree.children.flatMap((c) => (c.type === 'element' ? [...(test(c) ? [{ node: c, ancestors: inside }] : []), ...elements(c, test, [...inside, c])] : []));

describe('a rendered article says what its source says', () => {
  const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);

  it.each(SEEDS)('generated body %i: same text, topics linked at most once and only where mentioned', async (seed) => {
    const body = bodyFrom(seed);
    const html = await render(body);
    const plain = await render(body, { plain: true });
    // No word gained or lost, none moved: the text equals the body rendered without our plugins.
    expect(sourceText(html)).toBe(foldSpace(toString(fromHtml(plain, { fragment: true }))));
    expect(wordsOf(sourceText(html)).length).toBeGreaterThan(0);

    const tree = fromHtml(html, { fragment: true });
    const links = elements(tree, (e) => (e.properties.className as string[] | undefined)?.includes('topic-link') ?? false);
    const linked = links.map((l) => String(l.node.properties.href));
    expect(new Set(linked).size).toBe(linked.length);
    for (const { node, ancestors } of links) {
      expect(ancestors.some((a) => ['a', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(a.tagName))).toBe(false);
      expect(toString(node).trim()).not.toBe('');
    }
    const mentioned = new Set(articleBlocks(parseArticle(body)).flatMap((b) => findTerms(b.text, matcher).map((m) => m.topic)));
    for (const href of linked) expect(mentioned.has(href.split('/').at(-2)!)).toBe(true);

    const ids = elements(tree, (e) => typeof e.properties.id === 'string').map((e) => String(e.node.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links two topics in one text node, and three in a row, without repeating a word', async () => {
    const html = await render('The femoral nerve and the sciatic nerve and a slipped disc all meet here.\n');
    expect(sourceText(html)).toBe('The femoral nerve and the sciatic nerve and a slipped disc all meet here.');
    expect(html.match(/class="topic-link"/g)).toHaveLength(3);
  });
});
