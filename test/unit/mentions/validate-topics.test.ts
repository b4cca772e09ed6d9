import { describe, expect, it } from 'vitest';
import { topicProblems, type TopicFacts } from '../../../src/lib/topics/validate-topics.ts';
import type { CitationContext } from '../../../src/lib/citations/sentence-citations.ts';

const topic = (id: string, extra: Partial<TopicFacts> = {}): TopicFacts => ({ id, title: id, aliases: [], related: [], summary: 'A summary sentence.', summaryCites: ['S6'], body: 'Text [@S6].', fromReferences: false, ...extra });

// One article ("guide") with two paragraphs; topics are named by their ids in running text.
const paragraphs = new Map([
  ['p-knee-talk', 'The femoral nerve can cause knee pain.'],
  ['p-other', 'Bunions form at the big toe.'],
]);
const context: CitationContext = {
  isReference: (key) => /^[SG]\d+$/.test(key),
  paragraphsOf: (source) => (source === 'guide' ? paragraphs : undefined),
  topicsIn: (text) => new Set(['femoral', 'bunions', 'a', 'b'].filter((id) => new RegExp(`\\b${id}\\b`, 'i').test(text))),
};
const check = (topics: TopicFacts[], mentioned = topics.map((t) => t.id)) => topicProblems(topics, new Set(mentioned), context);

describe('topic checks that fail the build', () => {
  it('accept a consistent set', () => {
    expect(check([topic('a', { related: ['b'] }), topic('b', { body: 'Both [@S6; @G3].\nThe femoral nerve [@guide#p-knee-talk].' })])).toEqual([]);
  });

  it('name a related topic that does not exist', () => {
    expect(check([topic('a', { related: ['ghost'] })])).toEqual(['content/topics/a.md: related topic "ghost" does not exist']);
  });

  it('name two topics claiming the same term, ignoring case, hyphens and a plural s', () => {
    const problems = check([topic('a', { aliases: ['Slipped disc'] }), topic('b', { aliases: ['slipped-discs'] })]);
    expect(problems).toEqual(['content/topics/b.md: the term "slipped disc" is also claimed by content/topics/a.md']);
  });

  it('name a topic that no article mentions', () => {
    expect(check([topic('a'), topic('lonely')], ['a'])).toEqual(['content/topics/lonely.md: no article mentions this topic (its title or any alias)']);
  });

  it('let a reference page go unmentioned, but not cite an article in its summary or body', () => {
    expect(check([topic('ref', { fromReferences: true })], [])).toEqual([]);
    expect(check([topic('ref', { fromReferences: true, summary: 'The femoral nerve hurts.', summaryCites: ['guide#p-knee-talk'], body: 'The femoral nerve [@G3; @guide#p-knee-talk].' })], [])).toEqual([
      'content/topics/ref.md: a reference page (writtenFrom: references) cites the article [@guide#p-knee-talk]; cite shared/reference ids (G…, S…) only',
      'content/topics/ref.md: a reference page (writtenFrom: references) cites the article [@guide#p-knee-talk]; cite shared/reference ids (G…, S…) only',
    ]);
  });

  it('name a citation to nothing, and a sentence citing nothing', () => {
    expect(check([topic('a', { body: 'Claim [@nowhere].' }), topic('b', { body: 'Sourced [@S6]. Unsourced.\n\n## Heading\n\nAn unsourced claim.' })])).toEqual([
      'content/topics/a.md: paragraph 1: the sentence “Claim.” cites [@nowhere], which is neither a source id nor a reference id',
      'content/topics/b.md: paragraph 1: the sentence “Unsourced.” cites no source',
      'content/topics/b.md: paragraph 2: the sentence “An unsourced claim.” cites no source',
    ]);
  });

  it('name an uncited summary sentence, but let summaryCites stand for every sentence', () => {
    expect(check([topic('a', { summary: 'One. Two.', summaryCites: ['S6'] })])).toEqual([]);
    expect(check([topic('a', { summaryCites: [] })])).toEqual(['content/topics/a.md: summary: the sentence “A summary sentence.” cites no source']);
  });

  it('require an article to be cited by an existing paragraph that names the sentence’s key term', () => {
    const problems = check([
      topic('femoral', { body: 'No anchor [@guide]. Missing [@guide#p-gone]. The femoral nerve hurts [@guide#p-other]. It is fine [@guide#p-knee-talk].' }),
    ]);
    expect(problems).toEqual([
      'content/topics/femoral.md: paragraph 1: the sentence “No anchor.” cites the article [@guide] without its paragraph: write [@guide#p-…]',
      'content/topics/femoral.md: paragraph 1: the sentence “Missing.” cites [@guide#p-gone], but that article has no paragraph #p-gone',
      'content/topics/femoral.md: paragraph 1: the sentence “The femoral nerve hurts.” cites [@guide#p-other], whose paragraph never names its key term (femoral)',
    ]);
  });

  it('use the page’s own topic as the key term of a sentence that names no topic', () => {
    expect(check([topic('bunions', { body: 'It forms at the toe [@guide#p-other].' })])).toEqual([]);
    expect(check([topic('bunions', { body: 'It forms at the toe [@guide#p-knee-talk].' })])).toEqual([
      'content/topics/bunions.md: paragraph 1: the sentence “It forms at the toe.” cites [@guide#p-knee-talk], whose paragraph never names its key term (bunions)',
    ]);
  });

  it('refuse a paragraph anchor on a reference', () => {
    expect(check([topic('a', { body: 'Claim [@S6#p-x].' })])[0]).toContain('references have none');
  });
});
