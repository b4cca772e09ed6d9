// Synthetic articles for the scale benchmark: realistic length (about 900 words), six
// sections with headings, and sentences drawn from the real articles, so they mention topics
// as real articles do. Seeded, so every run builds the same corpus.
import { random } from '../test/support/seeded-random.ts';

/** One generated article: its slug and MDX text. */
export interface SyntheticArticle {
  slug: string;
  mdx: string;
}

const SECTIONS = 6;
const PARAGRAPHS = 3;
const SENTENCES = 3;

/** `count` articles built from the given sentences (taken from the real articles). */
export function syntheticArticles(count: number, sentences: readonly string[], sourceId: string): SyntheticArticle[] {
  const next = random(count);
  const pick = () => sentences[Math.floor(next() * sentences.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(5, '0');
    const sections = Array.from({ length: SECTIONS }, (_, s) => {
      const paragraphs = Array.from({ length: PARAGRAPHS }, () => Array.from({ length: SENTENCES }, pick).join(' '));
      return `## Section ${s + 1} of synthetic article ${n}\n\n${paragraphs.join('\n\n')}`;
    });
    const mdx = [
      '---',
      `title: Synthetic article ${n} about knee and back pain`,
      `description: A generated article (number ${n}) used only to measure how the build scales with the number of articles.`,
      `sources:\n  - ${sourceId}`,
      'publisher: null',
      'author: null',
      'editor: null',
      'published: null',
      'reviewed: 2026-11-22',
      'redirectFrom: []',
      '---',
      '',
      sections.join('\n\n'),
      '',
    ].join('\n');
    return { slug: `synthetic-article-${n}`, mdx };
  });
}

/** The sentences of MDX bodies (frontmatter, headings and lists left out). */
export function sentencesOf(bodies: readonly string[]): string[] {
  return bodies
    .flatMap((mdx) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n'))
    .filter((line) => line.trim() && !/^(#|-|\d+\.)/.test(line.trim()))
    .flatMap((line) => line.match(/[^.!?]+[.!?]+/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 6);
}
