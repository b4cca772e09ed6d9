import { compile } from '@mdx-js/mdx';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/pipeline/import-error.ts';
import { runImport, type RawSource } from '../../../src/pipeline/run-import.ts';
import { random } from '../../support/seeded-random.ts';
import { realSources } from './real-sources.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const source = (id: string, text: string | Uint8Array, file = `${id}.txt`): RawSource => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { entry: { id, file, seed: file, sha256: sha(bytes), publisher: null, title: id, author: null, editor: null, date: null, url: null, reviewed: '2026-01-01', notes: '', readerNote: 'A source made up for a test.' }, bytes };
};

describe('the import of the real sources', async () => {
  const result = await runImport(realSources(), new Map());

  it('publishes four articles from five sources, the garbled copy merged into its twin', () => {
    expect(result.articles.size).toBe(4);
    const merged = result.report.articles.find((a) => a.sources.length === 2);
    expect(merged?.sources).toEqual(['verywell-back-disorders', 'verywell-hidden-link']);
    // The clean copy's manifest title wins over the damaged copy's (issue 24).
    expect(merged?.title).toBe('Back disorders and knee pain');
    expect(merged?.redirectFrom).toEqual(['the-hidden-link-between-your-back-and-your-knee-pain']);
  });

  it('finds the copy by its text, whatever the files are called', async () => {
    const renamed = realSources().map((s, i) => ({ ...s, entry: { ...s.entry, id: `source-${i}`, file: `source-${i}.dat` } }));
    const again = await runImport(renamed, new Map());
    expect(again.report.restorations.map((r) => [r.garbled, r.twin])).toEqual([['source-0', 'source-1']]);
  });

  it('keeps emphasis that only the garbled copy had', () => {
    const mdx = [...result.articles.values()].join('\n');
    expect(mdx).toContain('even _think_ about surgery');
  });

  it('emits MDX that compiles, with typed frontmatter and a description under 160 characters', async () => {
    for (const [slug, mdx] of result.articles) {
      await expect(compile(mdx.replace(/^---\n[\s\S]*?\n---\n/, '')), slug).resolves.toBeTruthy();
      const description = /\ndescription: (.*)\n/.exec(mdx)?.[1] ?? '';
      expect(description.length, slug).toBeGreaterThan(20);
      expect(description.length, slug).toBeLessThan(160);
    }
  });

  it('publishes no garbled words, boilerplate or scripts', () => {
    const all = [...result.articles.values()].join('\n');
    for (const bad of [/\bi've i've\b/, /\bnd\b/, /herokuapp/, /<script/i, /LET'S TALK/i, /helpful\?/, /Skip to Content/, /Illustration by/, /first appeared/, /this video/]) {
      expect(all).not.toMatch(bad);
    }
  });

  it('uses typographic quotes and dashes and sentence-case headings', () => {
    const all = [...result.articles.values()].join('\n');
    expect(all).not.toMatch(/[A-Za-z]'[a-z]/);
    expect(all).toContain('## A word from Verywell');
    expect(all).toContain('## 1. Knee pain accompanied by back pain');
    expect(all).toContain('McKenzie Method');
  });

  it('is deterministic and idempotent, and keeps hand-edited fields', { timeout: 60_000 }, async () => {
    const again = await runImport(realSources(), result.articles);
    expect(again.articles).toEqual(result.articles);
    const [slug, mdx] = [...result.articles][0]!;
    const edited = mdx.replace(/\ndescription: .*\n/, '\ndescription: A description an editor rewrote.\n');
    const third = await runImport(realSources(), new Map([[slug, edited]]));
    expect(third.articles.get(slug)).toBe(edited);
  });
});

describe('bad input', () => {
  const garbledOnly = realSources().find((s) => s.entry.id === 'verywell-hidden-link')!;

  it('refuses to publish a garbled source with no clean twin, naming the file and its garble score', async () => {
    await expect(runImport([garbledOnly], new Map())).rejects.toThrow(
      /^verywell-the-hidden-link-between-your-back-and-your-knee-pain\.html: garbled text .*garble score 0\.\d+; words that are no English word: nd, t, rd/,
    );
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['binary junk', new Uint8Array([0, 1, 2, 255, 254, 10, 3]), /binary|UTF-8/],
    ['broken frontmatter', '---\ntitle: [unclosed\n---\n<p>Body.</p>', /frontmatter is not valid YAML/],
    ['unclosed frontmatter', '---\ntitle: x\n<p>Body.</p>', /frontmatter is not closed/],
    ['an unclosed heading tag', '---\ntitle: x\n---\n<h3>Heading ' + 'and the rest of the article swallowed into it '.repeat(5), /closing tag is probably missing/],
    ['a tag cut off at the end', '---\ntitle: x\n---\n<p>Body text.</p><h3 class="a', /HTML is malformed: Unexpected end of file in tag/],
    ['an unclosed comment', '---\ntitle: x\n---\n<p>Body text.</p><!-- note', /HTML is malformed: Unexpected end of file in comment/],
  ])('gives a clear error for %s, naming the file', async (_, input, message) => {
    const error = await runImport([source('bad', input as string, 'bad.html')], new Map()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^bad\.html(:\d+){0,2}: /);
    expect((error as Error).message).toMatch(message);
  });

  it('names a malformed entity once, with its line, column and text', async () => {
    const error = await runImport([source('bad', '---\ntitle: x\n---\n<p>Knee &#xZZ; pain and more text.</p>\n', 'bad.html')], new Map()).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/^bad\.html:4:\d+: the HTML is malformed: .*here: “<p>Knee &#xZZ; pain/);
    expect(error?.message.match(/malformed/g)).toHaveLength(1);
  });

  it('rejects a source whose bytes differ from the pinned hash', async () => {
    const tampered = { ...realSources()[1]!, bytes: new TextEncoder().encode('changed') };
    await expect(runImport([tampered], new Map())).rejects.toThrow(/SHA-256/);
  });

  it('on random input either imports cleanly or throws an ImportError, never anything else', async () => {
    const next = random(42);
    const alphabet = ['<p>', '</p>', '<h3>', '</h3>', '<em>', '{', '}', '<', '>', '---\n', 'the ', 'knee ', 'pain ', '\n', '• ', '1. ', 'Title Case Line\n', '"', '&amp;', '\u0000', 'é', '<script>x</script>'];
    for (let run = 0; run < 200; run++) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const outcome: Awaited<ReturnType<typeof runImport>> | Error = await runImport([source(`fuzz-${run}`, text)], new Map()).catch((e: Error) => e);
      if (outcome instanceof Error) {
        expect(outcome, `run ${run}: ${outcome.message}`).toBeInstanceOf(ImportError);
      } else {
        for (const mdx of outcome.articles.values()) await expect(compile(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''))).resolves.toBeTruthy();
      }
    }
  });

  it('escapes text that MDX would read as JSX or an expression', async () => {
    const result = await runImport([source('braces', 'Braces Title\n\nThe sign {x} and <b>tags</b> and a > b stay text, and the other words of the sentence are ordinary ones.')], new Map());
    const mdx = [...result.articles.values()][0]!;
    const compiled = String(await compile(mdx.replace(/^---\n[\s\S]*?\n---\n/, '')));
    expect(compiled).toContain('{x}');
    expect(compiled).toContain('<b>tags</b>');
    expect(compiled).not.toMatch(/_jsx\("b"/);
  });
});
