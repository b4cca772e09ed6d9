import { readdirSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { EDITOR_NOTES_FILE, editorNoteEntry, type EditorNote } from '../../../src/lib/articles/editor-note-schema.ts';
import { editorNoteProblems, holdsClaim, noteParts, notesForArticle, notesForQuote, type PreparedNote } from '../../../src/lib/articles/editor-notes.ts';
import { addEditorNotes, NOTE_LABEL } from '../../../src/lib/articles/editor-notes-hast.ts';
import { REFERENCE_CLAIMS_FILE, referenceClaimsEntry } from '../../../src/lib/citations/reference-claims-schema.ts';
import { parseYamlEntries, readYamlEntries } from '../../../src/lib/content/yaml-entries.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { articleBlocks } from '../../../src/lib/mentions/article-blocks.ts';
import { parseArticle } from '../../../src/lib/mentions/parse-article.ts';
import { splitSentences } from '../../../src/lib/mentions/sentences.ts';
import { REFERENCES } from '../../../src/data/references.ts';
import { random } from '../../support/seeded-random.ts';

const ROOT = resolvePath(import.meta.dirname, '../../..');
const NOTES = readYamlEntries(resolvePath(ROOT, EDITOR_NOTES_FILE), editorNoteEntry);
const resolve = (key: string) => ({ href: `/about/#ref-${key}`, text: key });
const note = (anchor: string, text = `A note on ${anchor} [@G1].`, id = anchor): PreparedNote => ({ id, anchor, claim: 'words', parts: noteParts(text, resolve) });

/** Every article's paragraphs (anchor → text) as the site reads them, by article id. */
const PARAGRAPHS = new Map(readdirSync(resolvePath(ROOT, 'content/articles')).filter((f) => f.endsWith('.mdx')).map((f) => {
  const { body } = splitFrontmatter(readFileSync(resolvePath(ROOT, 'content/articles', f), 'utf8'), f);
  return [f.replace(/\.mdx$/, ''), new Map(articleBlocks(parseArticle(body)).map((b) => [b.anchor, b.text]))] as const;
}));

describe('note text', () => {
  it('splits into text and resolved citations, groups included, losing nothing', () => {
    const parts = noteParts('One [@G2][@G3]. Two [@S47; @G8].', resolve);
    expect(parts.map((p) => (typeof p === 'string' ? p : `<${p.key}>`)).join('')).toBe('One <G2><G3>. Two <S47><G8>.');
  });

  it('every published note names a real reference for each citation', () => {
    for (const n of NOTES) {
      const prepared = notesForArticle(n.article, resolve, NOTES).find((p) => p.id === n.id)!;
      expect(prepared.parts.some((p) => typeof p !== 'string'), n.id).toBe(true);
    }
  });
});

describe('the published notes', () => {
  const claims = new Map(readYamlEntries(resolvePath(ROOT, REFERENCE_CLAIMS_FILE), referenceClaimsEntry).map((e) => [e.id, e.claims]));
  const ids = new Set(REFERENCES.map((r) => r.id));
  const citable = new Set([...ids, 'regenexx-three-signs', 'ultimate-guide', 'signs-to-look-for', 'verywell-back-disorders', 'verywell-hidden-link']);

  it('each sits on a claim its paragraph holds, and rests on references whose claims it carries', () => {
    expect(editorNoteProblems(NOTES, PARAGRAPHS, citable, { isReference: (k) => ids.has(k), claimsOf: (k) => claims.get(k) })).toEqual([]);
  });

  it('the cauda equina note says to call 999 or go to A&E; the weakness note puts both legs at 999 and one leg at the same day', () => {
    expect(NOTES.find((n) => n.id === 'verywell-conservative-first')!.text).toMatch(/cauda equina[^.]*call 999 or go to A&E/);
    const weakness = NOTES.find((n) => n.id === 'guide-weakness-easily-resolved')!.text;
    expect(weakness).toMatch(/both legs that is new or getting worse is an emergency, so call 999 or go to A&E/);
    expect(weakness).toMatch(/one leg that makes you trip or fall, or a dropping foot, needs urgent help the same day from a GP or NHS 111/);
  });
});

describe('the build check', () => {
  const paragraphs = new Map([['art', new Map([['p-one', 'The knee is wrong. Other words here.'], ['p-two', 'Second paragraph text.']])]]);
  const citable = new Set(['G1', 'G2', 'art-source']);
  const good: EditorNote = { id: 'good', article: 'art', anchor: 'p-one', claim: 'The knee is wrong.', text: 'A short sentence [@G1]. Another one [@G2][@art-source].' };

  it('passes a good note', () => {
    expect(editorNoteProblems([good], paragraphs, citable)).toEqual([]);
  });

  it.each([
    ['an article that does not exist', { ...good, article: 'nope' }, 'there is no article "nope"'],
    ['an anchor that is not a paragraph', { ...good, anchor: 'p-three' }, 'no paragraph with the anchor "p-three"'],
    ['a claim the paragraph does not hold', { ...good, claim: 'The knee is right.' }, 'does not contain the claim “The knee is right.”'],
    ['a claim from another paragraph', { ...good, claim: 'Second paragraph text.' }, 'does not contain the claim'],
    ['a citation to nothing', { ...good, text: 'A sentence [@G999].' }, 'cites [@G999]'],
    ['no citation at all', { ...good, text: 'A sentence with no source.' }, 'the note cites nothing'],
    ['a sentence without its citation', { ...good, text: 'Cited [@G1]. Not cited.' }, 'the sentence "Not cited." does not end with its citation'],
  ])('fails on %s, naming the file and the note', (_, bad, message) => {
    const problems = editorNoteProblems([bad], paragraphs, citable);
    expect(problems.join('\n')).toContain(message);
    expect(problems[0]).toMatch(/^content\/editor-notes\.yaml: note "good" \(/);
  });

  it('fails on two notes about one claim, but allows two claims of one paragraph', () => {
    expect(editorNoteProblems([good, { ...good, id: 'again' }], paragraphs, citable).join('\n')).toContain('a claim can have only one note');
    expect(editorNoteProblems([good, { ...good, id: 'other', claim: 'Other words here.' }], paragraphs, citable)).toEqual([]);
  });

  it('with the voice check, refuses a note sentence that rests only on an article', () => {
    const voice = { isReference: (k: string) => /^G\d+$/.test(k), claimsOf: () => [{ says: 'Anything.', terms: ['sentence'] }] };
    expect(editorNoteProblems([{ ...good, text: 'A sentence [@art-source].' }], paragraphs, citable, voice).join('\n')).toContain('our notes rest on a reference');
  });

  it('a broken file entry names the file, the line, the entry and the field', () => {
    const yaml = '- id: fine\n  article: a\n  anchor: p-a\n  claim: three words here\n  text: A long enough note [@G1].\n- id: bad\n  article: a\n  anchor: not-an-anchor\n  claim: three words here\n  text: A long enough note [@G1].\n';
    expect(() => parseYamlEntries(yaml, EDITOR_NOTES_FILE, editorNoteEntry)).toThrow(/^content\/editor-notes\.yaml:6: entry "bad": anchor: anchor must be a paragraph id/);
  });
});

describe('which quote on a topic page shows a note (the three notes that were misplaced)', () => {
  const prepared = (article: string) => notesForArticle(article, resolve, NOTES);
  /** The notes a topic page shows beside a quote of this sentence of the paragraph. */
  const beside = (article: string, anchor: string, words: string) => {
    const sentence = splitSentences(PARAGRAPHS.get(article)!.get(anchor)!).find((s) => s.text.includes(words))!.text;
    return notesForQuote(prepared(article), anchor, sentence, new Set()).map((n) => n.id);
  };
  const regenexx = 'could-your-back-be-causing-your-knee-pain';
  const guide = 'does-back-pain-cause-knee-pain-ultimate-and-simple-guide';

  it('the stem-cell note sits beside the stem-cell quote, not beside the hamstring or the L5 quote', () => {
    expect(beside(regenexx, 'p-ever-see-people-in-the-gym', 'mobilizing the stem cells')).toEqual(['regenexx-stem-cells']);
    expect(beside(regenexx, 'p-ever-see-people-in-the-gym', 'despite repeated stretching')).toEqual(['regenexx-hamstring-first-sign']);
    expect(beside(regenexx, 'p-ever-see-people-in-the-gym', 'power the biceps femoris')).toEqual(['regenexx-l5-biceps-femoris']);
    expect(beside(regenexx, 'p-ever-see-people-in-the-gym', 'foam roller')).toEqual([]);
  });

  it('the NSAID note sits beside the NSAID quote, not beside the steroid quote of the same paragraph', () => {
    expect(beside(guide, 'p-nsaids-such-as-ibuprofen-are-available', 'Corticosteroids are hormones')).toEqual([]);
    expect(beside(guide, 'p-nsaids-such-as-ibuprofen-are-available', 'NSAIDs, such as ibuprofen')).toEqual(['guide-nsaids-over-the-counter']);
  });

  it('shows each note once, after the first quote holding its claim', () => {
    const shown = new Set<string>();
    const notes = prepared(regenexx);
    const sentence = 'After a few weeks, mobilizing the stem cells in your knee.';
    expect(notesForQuote(notes, 'p-ever-see-people-in-the-gym', sentence, shown)).toHaveLength(1);
    expect(notesForQuote(notes, 'p-ever-see-people-in-the-gym', sentence, shown)).toHaveLength(0);
    expect(notesForQuote(notes, 'p-elsewhere', sentence, new Set())).toHaveLength(0);
  });

  it('a claim matches across line breaks and runs of spaces, and never a part of it', () => {
    expect(holdsClaim('one  two\nthree', 'one two three')).toBe(true);
    expect(holdsClaim('one two', 'one two three')).toBe(false);
  });
});

/** A random article tree: paragraphs, headings and lists (with ids on paragraphs and items). */
function randomTree(rand: () => number): { tree: Root; ids: string[] } {
  const ids: string[] = [];
  const el = (tagName: string, children: RootContent[], id?: string): Element => {
    if (id) ids.push(id);
    return { type: 'element', tagName, properties: id ? { id } : {}, children: children as Element['children'] };
  };
  const text = (n: number) => ({ type: 'text' as const, value: `words ${n} and more` });
  const children: RootContent[] = [];
  for (let i = 0, n = 1 + Math.floor(rand() * 12); i < n; i++) {
    const r = rand();
    if (r < 0.5) children.push(el('p', [text(i)], `p-${i}`));
    else if (r < 0.7) children.push(el('h2', [text(i)]));
    else children.push(el('ul', [el('li', [text(i)], `p-${i}-a`), el('li', [text(i + 1)], `p-${i}-b`)]));
  }
  return { tree: { type: 'root', children }, ids };
}

/** The tree as JSON with every note left out: what the article itself holds. */
const withoutNotes = (tree: Root) =>
  JSON.stringify(tree, (_, v) => (Array.isArray(v) ? v.filter((c) => c?.properties?.dataEditorNote === undefined) : v));

describe('addEditorNotes (property test over random trees)', () => {
  it('puts each note right after its paragraph (or at the end of its list item), once, and changes nothing else', () => {
    const rand = random(13);
    for (let run = 0; run < 400; run++) {
      const { tree, ids } = randomTree(rand);
      const chosen = ids.filter(() => rand() < 0.4);
      const before = withoutNotes(structuredClone(tree));
      // Some paragraphs get two notes (two claims): they go in order, right after it.
      const given = chosen.flatMap((id) => (rand() < 0.3 ? [note(id, undefined, `${id}-a`), note(id, undefined, `${id}-b`)] : [note(id)]));
      addEditorNotes(tree, given);

      const notes: Element[] = [];
      visit(tree, 'element', (e: Element, index, parent) => {
        if (e.properties.dataEditorNote === undefined) return;
        notes.push(e);
        const anchor = String(e.properties.dataEditorNote);
        // Skip back over this paragraph's earlier notes to the paragraph itself.
        let at = index! - 1;
        while ((parent!.children[at] as Element | undefined)?.properties?.dataEditorNote === anchor) at--;
        const previous = parent!.children[at] as Element | undefined;
        const host = parent as Element;
        const last = host.children.length - 1 - given.filter((n) => n.anchor === anchor).map((n) => n.id).reverse().indexOf(String(e.properties.dataNoteId));
        const placed = previous?.properties?.id === anchor || (host.tagName === 'li' && host.properties.id === anchor && index === last);
        expect(placed, `run ${run}: note for ${anchor}`).toBe(true);
        expect(e.properties.role).toBe('note');
        expect(toString(e)).toMatch(new RegExp(`^${NOTE_LABEL}: A note on ${anchor} \\[G1\\]\\.$`));
      });
      expect(notes.map((n) => String(n.properties.dataNoteId)), `run ${run}: each note once, in order`).toEqual(given.map((n) => n.id).sort((a, b) => ids.indexOf(given.find((g) => g.id === a)!.anchor) - ids.indexOf(given.find((g) => g.id === b)!.anchor)));
      expect(withoutNotes(tree), `run ${run}: the article's own nodes are unchanged`).toBe(before);
    }
  });

  it('never puts a note between list items', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'ul', properties: {}, children: [{ type: 'element', tagName: 'li', properties: { id: 'p-a' }, children: [{ type: 'text', value: 'a' }] }] }] };
    addEditorNotes(tree, [note('p-a')]);
    const ul = tree.children[0] as Element;
    expect(ul.children.map((c) => (c as Element).tagName)).toEqual(['li']);
  });
});
