import { describe, expect, it } from 'vitest';
import { topicProblems, type TopicFacts } from '../../../src/lib/topics/validate-topics.ts';

const topic = (id: string, extra: Partial<TopicFacts> = {}): TopicFacts => ({ id, title: id, aliases: [], related: [], body: 'Text [@S6].', ...extra });
const check = (topics: TopicFacts[], mentioned = topics.map((t) => t.id)) => topicProblems(topics, new Set(mentioned), new Set(['S6', 'guide']));

describe('topic checks that fail the build', () => {
  it('accept a consistent set', () => {
    expect(check([topic('a', { related: ['b'] }), topic('b', { body: 'Both [@S6; @guide].' })])).toEqual([]);
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

  it('name a citation to nothing, and a paragraph citing nothing', () => {
    expect(check([topic('a', { body: 'Claim [@nowhere].' }), topic('b', { body: 'Sourced [@S6].\n\n## Heading\n\nAn unsourced claim.' })])).toEqual([
      'content/topics/a.md: cites [@nowhere], which is neither a source id nor a reference id',
      'content/topics/b.md: paragraph 2 cites no source (“An unsourced claim.…”)',
    ]);
  });
});
