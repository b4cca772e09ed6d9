import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMentionIndex } from '../../../src/lib/mentions/mention-index.ts';
import { parseArticle } from '../../../src/lib/mentions/parse-article.ts';
import { compileMatcher, findTerms } from '../../../src/lib/mentions/term-matcher.ts';
import { readArticleTopics } from '../../../src/lib/topics/read-topic-files.ts';
import { splitSentences } from '../../../src/lib/mentions/sentences.ts';

const root = resolve(import.meta.dirname, '../../..');
const topics = readArticleTopics(join(root, 'content/topics'));
const matcher = compileMatcher(topics.map((t) => ({ id: t.id, terms: [t.title, ...t.aliases] })));
const articles = readdirSync(join(root, 'content/articles')).map((file) => ({
  id: file.replace(/\.mdx$/, ''),
  tree: parseArticle(readFileSync(join(root, 'content/articles', file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')),
}));
const index = buildMentionIndex(articles, matcher);
const SIGNS = 'can-your-back-cause-knee-pain-signs-to-look-for';
const VERYWELL = 'back-disorders-and-knee-pain';
const mentionsOf = (topic: string, article: string) => index.byTopic.get(topic)?.get(article) ?? [];
const marked = (m: { sentence: string; marks: [number, number][] }) => m.marks.map(([a, b]) => m.sentence.slice(a, b));

describe('the mention index on the real articles', () => {
  it('finds the femoral nerve in the sentence that names it, with a paragraph anchor', () => {
    const [first] = mentionsOf('femoral-nerve', SIGNS);
    expect(first?.sentence).toMatch(/^Similarly, the femoral nerve, stemming from the lumbar spine/);
    expect(marked(first!)).toEqual(['femoral nerve']);
    expect(first?.anchor).toBe('p-the-connection-between-back-pain-and');
  });

  it('matches aliases and plurals, case-insensitively: “herniated disc”, “Corticosteroids”, “bunions”', () => {
    expect(mentionsOf('disc-herniation', 'does-back-pain-cause-knee-pain-ultimate-and-simple-guide').flatMap(marked)).toContain('herniated disc');
    expect(mentionsOf('corticosteroids', 'does-back-pain-cause-knee-pain-ultimate-and-simple-guide').flatMap(marked)).toContain('Corticosteroids');
    expect(mentionsOf('bunions', 'could-your-back-be-causing-your-knee-pain').flatMap(marked)).toEqual(expect.arrayContaining(['bunions', 'bunion']));
  });

  it('reads “the second, third, and fourth lumbar levels” as a mention of L2 (its only one); L3 and L4 have their own names', () => {
    expect(mentionsOf('l2-nerve-root', VERYWELL)[0]?.sentence).toMatch(/second, third, and fourth lumbar/);
    // "third" and "fourth" alone are not aliases: the articles name L3 and L4 directly.
    for (const root of ['l3-nerve-root', 'l4-nerve-root']) expect(mentionsOf(root, VERYWELL), root).toEqual([]);
  });

  it('prefers the longer term where two overlap: “false sciatica” is piriformis syndrome, not sciatica', () => {
    const sentence = mentionsOf('piriformis-syndrome', SIGNS).find((m) => m.sentence.includes('false sciatica'))!;
    expect(marked(sentence)).toEqual(['Piriformis syndrome', 'false sciatica', 'piriformis']);
    expect(mentionsOf('lumbar-radiculopathy', SIGNS).some((m) => m.sentence.includes('false sciatica'))).toBe(false);
  });

  it('never looks inside headings', () => {
    // "Rheumatoid Arthritis" and "Tight Hamstrings" are headings of the guide; only body text counts.
    const all = [...index.byTopic.values()].flatMap((perArticle) => [...perArticle.values()].flat());
    expect(all.some((m) => m.sentence === 'Rheumatoid arthritis' || m.sentence === 'Tight hamstrings')).toBe(false);
    expect(all.every((m) => m.anchor.startsWith('p-'))).toBe(true);
  });

  it('lists an article’s topics in order of first mention', () => {
    expect(index.byArticle.get(VERYWELL)?.slice(0, 3)).toEqual(['knee-joint-problems', 'disc-herniation', 'pinched-nerve']);
  });
});

describe('the term matcher', () => {
  const small = compileMatcher([
    { id: 'stairs', terms: ['stairs'] },
    { id: 'pinched', terms: ['pinched nerve'] },
    { id: 'l5', terms: ['L5'] },
    { id: 'baker', terms: ['Baker’s cyst'] },
  ]);
  const found = (text: string) => findTerms(text, small).map((m) => `${m.topic}:${m.text}`);

  it('respects word boundaries: no hits inside longer words', () => {
    expect(found('Upstairs, an unpinched nervelessness, L55 and L5-S1.')).toEqual(['l5:L5']);
  });

  it('treats hyphens, line breaks and apostrophe styles alike', () => {
    expect(found("a pinched-nerve, a PINCHED\nNERVE and baker's cysts")).toEqual(['pinched:pinched-nerve', 'pinched:PINCHED\nNERVE', "baker:baker's cysts"]);
  });

  it('splits sentences without losing quotes or question marks', () => {
    expect(splitSentences('So how? It “works.” Yes').map((s) => s.text)).toEqual(['So how?', 'It “works.”', 'Yes']);
  });
});
