import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { extractAttribution } from '../../../src/pipeline/extract-attribution.ts';
import { parseHtmlSource } from '../../../src/pipeline/parse-html-source.ts';
import { parsePlainText } from '../../../src/pipeline/parse-plain-text.ts';
import { removeBoilerplate } from '../../../src/pipeline/remove-boilerplate.ts';

const plain = (text: string) => parsePlainText('t', 't.txt', text).tree;
const blocks = (tree: Root) => tree.children.map((n) => toString(n));

describe('removing what is not the article', () => {
  it.each([
    ['Skip to Content', 'site chrome: skip link'],
    ["LET'S TALK. 855-931-1919", 'site chrome: call-to-action with a phone number'],
    ['Was this page helpful?', 'site chrome: feedback prompt'],
    ['Illustration by Brianna Gilmartin, Verywell', 'image credit'],
  ])('removes “%s” as %s', (line, reason) => {
    const tree = plain(`Intro paragraph about knees.\n\n${line}\n\nA real paragraph that stays.`);
    const removals = removeBoilerplate('t', tree);
    expect(removals.map((r) => r.reason)).toContain(reason);
    expect(blocks(tree)).toEqual(['Intro paragraph about knees.', 'A real paragraph that stays.']);
  });

  it('removes an image caption together with its credit', () => {
    const tree = plain('Body text here.\n\npinched lower back nerve signs\nIllustration by Jo Smith, Example\n\nMore text.');
    const removals = removeBoilerplate('t', tree);
    expect(removals.map((r) => [r.text, r.reason])).toEqual([
      ['pinched lower back nerve signs', 'image caption'],
      ['Illustration by Jo Smith, Example', 'image credit'],
    ]);
    expect(blocks(tree)).toEqual(['Body text here.', 'More text.']);
  });

  it('keeps a short unpunctuated line that is not followed by a credit', () => {
    const tree = plain('Rheumatoid Arthritis\n\nOne of those causes is rheumatoid arthritis.');
    expect(removeBoilerplate('t', tree)).toEqual([]);
    expect(blocks(tree)).toHaveLength(2);
  });

  it('removes a sentence pointing at a video that is not included, keeping the rest', () => {
    const tree = plain('For a beginner, start slowly. Take a look at this video that helped me. Then stretch.');
    const removals = removeBoilerplate('t', tree);
    expect(removals[0]?.reason).toBe('refers to a video that is not part of the article');
    expect(blocks(tree)).toEqual(['For a beginner, start slowly. Then stretch.']);
  });

  it('turns attribution lines into metadata and removes only the line, never what follows', () => {
    const tree = plain('Body.\n\nEdited by Brett Sears, PT on March 13, 2016.\n\nMore of the article.');
    const { metadata, removals } = extractAttribution('t', tree);
    expect(metadata).toEqual({ editor: 'Brett Sears, PT', date: '2016-03-13' });
    expect(removals.map((r) => r.reason)).toEqual(['attribution line (moved to metadata)']);
    expect(blocks(tree)).toEqual(['Body.', 'More of the article.']);
  });

  it('reads a review line as the reviewer, not the author', () => {
    const tree = plain('Reviewed by Dr. Sam Patel on 2 May 2024.\n\nBody.');
    const { metadata, removals } = extractAttribution('t', tree);
    expect(metadata).toEqual({ reviewer: 'Dr. Sam Patel', reviewDate: '2024-05-02' });
    expect(removals.map((r) => r.reason)).toEqual(['review line (moved to metadata)']);
    expect(blocks(tree)).toEqual(['Body.']);
  });

  it('reads the title and publisher from a “first appeared on” line', () => {
    const tree = plain('Body.\n\n“Could Your Back Be Causing Your Knee Pain?” first appeared as a post on the Regenexx blog.\n\nNot all patients will experience the same results.');
    const { metadata } = extractAttribution('t', tree);
    expect(metadata).toEqual({ title: 'Could Your Back Be Causing Your Knee Pain?', publisher: 'Regenexx' });
    // The publisher's own caveat is article text.
    expect(blocks(tree)).toEqual(['Body.', 'Not all patients will experience the same results.']);
  });
});

describe('sanitizing HTML sources', () => {
  const html = (body: string) => parseHtmlSource('h', 'h.html', `---\ntitle: Knee\n---\n${body}`);

  it('removes scripts, embeds, tracking pixels, event handlers, unsafe links and empty elements, logging each', () => {
    const parsed = html(
      '<h3 onclick="steal()">Heading</h3>Text with <a href="javascript:alert(1)">a link</a> and <a href="https://example.org/">a safe one</a>.' +
        '<ul></ul><iframe src="https://ads.example/"></iframe><img src="https://t.example/pixel.gif" width="1" height="1">' +
        '<noscript>tracking</noscript><style>p{}</style><script src="//evil.example/x.js"></script><figure><figcaption>Photo credit</figcaption></figure>',
    );
    const reasons = parsed.removals.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining([
      'event handler attribute', 'unsafe link target', 'empty element', 'executable or embedded markup (<iframe>)',
      'image (not republished)', 'executable or embedded markup (<noscript>)', 'executable or embedded markup (<style>)',
      'executable or embedded markup (<script>)',
    ]));
    const text = JSON.stringify(parsed.tree);
    expect(text).not.toMatch(/script|javascript|iframe|steal|pixel|tracking|Photo credit/);
    expect(text).toContain('https://example.org/');
  });

  it('reads a title written under a garbled key and ignores a digest in the real key', () => {
    const parsed = parseHtmlSource('h', 'h.html', '---\ntitle: 682b40e2734882028bdfc3ceb41b968e\nmitle: "The Real Title"\n---\n<p>Body text.</p>');
    expect(parsed.metadata.title).toBe('The Real Title');
  });
});

describe('reading plain text', () => {
  it('finds bare-line and numbered headings, • and – bullets, and question sentences', () => {
    const tree = plain('How Your Spine Can Cause Knee Pain\n\nSo how does back pain cause knee pain?\n\n  • Pain in the front\n  • Knee pain\n\n1. knee pain accompanied by back pain\nIf you have knee pain, scan.\n\n– Aerobic exercise: walking.\n\n– Strength training: weights.');
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'list', 'heading', 'paragraph', 'list']);
    expect(blocks(tree)[3]).toBe('1. knee pain accompanied by back pain');
    expect(tree.children[5]).toMatchObject({ type: 'list', children: [{}, {}] });
  });
});
