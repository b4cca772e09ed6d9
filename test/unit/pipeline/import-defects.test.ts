// Issue 14: each way the import once lost, changed or invented words with exit code 0, or
// failed naming nothing, fed through the whole import as an editor would add a source.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/pipeline/import-error.ts';
import { readManifest } from '../../../src/pipeline/read-manifest.ts';
import { runImport, type ImportResult, type RawSource } from '../../../src/pipeline/run-import.ts';
import { words } from '../../../src/pipeline/tokenize.ts';
import { randomArticle, toPlainText } from './article-generator.ts';
import { garble } from './garble.ts';
import { generatedSource, published, publishedWords, rawSource } from './raw-source.ts';
import { importProject, runImportCli } from './import-project.ts';
import { realText, SOURCES_DIR } from './real-sources.ts';

const only = (result: ImportResult) => {
  expect(result.articles.size).toBe(1);
  return [...result.articles.values()][0]!;
};
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as ImportError);
const clean = toPlainText(randomArticle(7, { paragraphs: 10 }));
const body = (mdx: string) => published(mdx).body;

describe('issue 14: silent loss or corruption', () => {
  it('1. removes a boilerplate sentence whole, never cutting at the dot of "2.5", "e.g.", "Dr." or a URL', async () => {
    const boilerplate = 'Watch this video by Dr. Smith on e.g. walking at https://example.org/v.mp4 now!';
    const text = `Sentence Splitting Title\n\nRest is one of the things that you can do for the pain in your back and in your knee, and it is the best way to start. ${boilerplate} Take 2.5 mg of it, i.e. one tablet, as Dr. Jones says.\n`;
    const result = await runImport([rawSource('s', text)], new Map());
    expect(result.report.removals).toContainEqual({ source: 's', text: boilerplate, reason: expect.stringMatching(/video/) });
    expect(publishedWords(only(result))).toEqual(words(text.replace(boilerplate, '')));
  });

  it('2. keeps a short source on the same topic as its own article: copies are near-duplicates both ways, never chained', async () => {
    const paragraph = clean.split('\n\n').find((block) => block.length > 300)!;
    const short = `Short Knee Note\n\n${paragraph}\n`;
    const result = await runImport([generatedSource('long', clean), generatedSource('short', short)], new Map());
    expect(result.articles.size).toBe(2);
    const article = result.report.articles.find((a) => a.sources.includes('short'))!;
    expect(article.sources).toEqual(['short']);
    expect(publishedWords(result.articles.get(article.slug)!)).toEqual(words(short));
  });

  it('3. a lightly garbled copy loses to its clean twin whatever the order, and is refused without it', async () => {
    const { text: original } = realText('regenexx-three-signs');
    const light = garble(original, 0.3, 5);
    expect(light).not.toBe(original);
    const alone = only(await runImport([rawSource('twin', original)], new Map()));
    for (const order of [['copy', 'twin'], ['twin', 'copy']]) {
      const sources = order.map((id) => rawSource(id, id === 'twin' ? original : light));
      const result = await runImport(sources, new Map());
      expect(body(only(result)), order.join(',')).toBe(body(alone));
      expect(result.report.restorations.map((r) => [r.garbled, r.twin])).toEqual([['copy', 'twin']]);
    }
    const error = await failure(runImport([rawSource('copy', light)], new Map()));
    expect(error).toBeInstanceOf(ImportError);
    expect(error!.message).toMatch(/^copy\.txt:\d+: .*garbled/);
  });

  it('4. prose that only the garbled copy has stops the import, naming the file, the line and the paragraph', async () => {
    const extra = 'This closing paragraph exists only in the garbled copy and nowhere in its twin.';
    const copy = garble(`${clean}\n${extra}\n`, 0.9, 3);
    const line = copy.split('\n').findIndex((l) => l.includes('closing paragraph exists')) + 1;
    const error = await failure(runImport([rawSource('copy', copy), generatedSource('twin', clean)], new Map()));
    expect(error).toBeInstanceOf(ImportError);
    expect(error!.message).toMatch(new RegExp(`^copy\\.txt:${line}: .*closing paragraph exists`));
  });

  it('5. a line of prose starting with "import" or "export" renders as text', async () => {
    const text = 'Import Export Title\n\nimport the habit of walking daily, and export your worries to a notebook.\n\nexport default function is not code here, just words about the knee.\n';
    const mdx = only(await runImport([rawSource('esm', text)], new Map()));
    const page = published(mdx);
    expect(page.tree).not.toMatch(/mdxjsEsm/);
    expect(page.text).toContain('import the habit of walking daily');
    expect(page.text).toContain('export default function is not code here');
    expect(publishedWords(mdx)).toEqual(words(text));
  });

  it('6. a terse but clean source (lists, few function words) imports word for word', async () => {
    const text = 'Lumbar Nerve Roots Summary\n\n  • L2–L4 femoral nerve: front thigh, inner knee\n  • L4 saphenous branch: inner shin, medial ankle\n  • L5 peroneal branch: outer shin, foot dorsum\n  • S1 tibial branch: heel, sole, calf\n\nKey Signs\n\n  • Back stiffness, morning\n  • Knee pain, no swelling\n  • Numbness, tingling, weakness\n  • Reflex changes: patellar, Achilles\n';
    const mdx = only(await runImport([rawSource('terse', text)], new Map()));
    expect(publishedWords(mdx)).toEqual(words(text));
  });
});

describe('issue 14: unsafe or wrong output', () => {
  it('7. drops protocol-relative and script links, keeping their text and leaving no empty link', async () => {
    const html = '---\ntitle: Links Test Page\n---\n<p>Read <a href="//evil.example/x">this page</a>, <a href="/\\evil.example/y">that page</a>, <a href="javascript:alert(1)">the script</a>, <a href="https://example.org/ok">the good page</a> and <a href="/local/">our page</a>.</p>\n';
    const result = await runImport([rawSource('links', html, 'links.html')], new Map());
    const mdx = only(result);
    expect(mdx).not.toMatch(/evil\.example|javascript:|\]\(\)/);
    expect(mdx).toContain('[the good page](https://example.org/ok)');
    expect(mdx).toContain('[our page](/local/)');
    expect(published(mdx).text).toContain('Read this page, that page, the script, the good page and our page.');
    expect(result.report.removals.filter((r) => r.reason === 'unsafe link target')).toHaveLength(3);
  });

  it('8. an unclosed <a> stops the import, naming the file and the line', async () => {
    const html = '---\ntitle: Unclosed Link\n---\n<p>First paragraph of the article.</p>\n<p>Read <a href="https://example.org/x">this page and the rest of the paragraph is swallowed into the link.</p>\n<p>Next paragraph.</p>\n';
    const error = await failure(runImport([rawSource('a', html, 'a.html')], new Map()));
    expect(error).toBeInstanceOf(ImportError);
    expect(error!.message).toMatch(/^a\.html:5: .*<a>.*not closed/);
  });

  it('9. refuses a manifest file outside content/sources/, by path or by symbolic link', { timeout: 120_000 }, () => {
    for (const [file, make] of [
      ['../outside.txt', (root: string) => root],
      ['linked.txt', (root: string) => (symlinkSync(join(root, 'content/outside.txt'), join(root, 'content/sources/linked.txt')), root)],
    ] as const) {
      const root = project();
      writeFileSync(join(root, 'content/outside.txt'), clean);
      make(root);
      addEntry(root, file, createHash('sha256').update(clean).digest('hex'));
      const result = run(root);
      expect(result.status, file).toBe(1);
      expect(result.stderr).toContain(`import failed: ${file}: `);
      expect(result.stderr).toMatch(/outside content\/sources/);
    }
  });
});

describe('issue 14: scale and errors', () => {
  // The old n × m table needed about 15 GB for this pair and failed with a raw RangeError.
  it('10. imports a large garbled copy and its twin (300 kB each) in linear memory', { timeout: 300_000 }, async () => {
    const big = toPlainText(randomArticle(11, { paragraphs: 1500 }));
    expect(big.length).toBeGreaterThan(300_000);
    const result = await runImport([rawSource('copy', garble(big, 0.9, 2)), generatedSource('twin', big)], new Map());
    expect(publishedWords(only(result))).toEqual(words(big));
  });

  it('11. names the manifest file and the field of a wrongly typed manifest value, with its line', () => {
    const text = readFileSync(join(SOURCES_DIR, 'sources.yaml'), 'utf8').replace(/sha256: [0-9a-f]+/, 'sha256: 1234');
    const line = text.split('\n').findIndex((l) => l.includes('sha256: 1234')) + 1;
    const error = (() => {
      try {
        readManifest('content/sources/sources.yaml', text);
      } catch (e) {
        return e as ImportError;
      }
    })();
    expect(error!.message).toMatch(new RegExp(`^content/sources/sources\\.yaml:${line}: entry 1 \\(verywell-the-hidden-link[^)]*\\), field "sha256": .*number`));
    expect(error!.fix).toMatch(/\w/);
  });

  it.each([
    ['an empty file', 'nested dir/Empty One.txt', ''],
    ['a twin-less garbled copy', 'copies/garbled copy.txt', garble(clean, 0.9, 1)],
    ['malformed HTML', 'pages/broken.html', '---\ntitle: x\n---\n<p>Body text.</p><!-- note'],
    ['an unclosed link', 'pages/link.html', '---\ntitle: x\n---\n<p>a <a href="/x">b</p>'],
  ])('11. names the file as the manifest writes it, and says what to do, for %s', async (_, file, text) => {
    const error = await failure(runImport([rawSource('x', text, file)], new Map()));
    expect(error).toBeInstanceOf(ImportError);
    expect(error!.message.startsWith(`${file}:`)).toBe(true);
    expect(error!.fix.length).toBeGreaterThan(10);
    expect(error!.message).toContain(error!.fix);
  });

  it('11. names a listed but missing file as the manifest writes it', { timeout: 60_000 }, () => {
    const root = project();
    addEntry(root, 'ghost.txt', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import failed: ghost\.txt: .*content\/sources\//m);
  });
});

const run = runImportCli;
const project = () => importProject();

function addEntry(root: string, file: string, sha256: string): void {
  const manifest = join(root, 'content/sources/sources.yaml');
  writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}- id: added\n  file: ${JSON.stringify(file)}\n  seed: none\n  sha256: ${sha256}\n  publisher: null\n  title: Added\n  author: null\n  editor: null\n  date: null\n  url: null\n  reviewed: 2026-11-22\n  notes: test\n  readerNote: A source added by a test, to see what the import does.\n`);
}

export type { RawSource };
