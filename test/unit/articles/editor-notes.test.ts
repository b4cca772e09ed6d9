import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { EDITOR_NOTES, type EditorNote } from '../../../src/data/editor-notes.ts';
import { editorNoteProblems, noteParts, notesForArticle, type PreparedNote } from '../../../src/lib/articles/editor-notes.ts';
import { addEditorNotes, NOTE_LABEL } from '../../../src/lib/articles/editor-notes-hast.ts';
import { random } from '../../support/seeded-random.ts';

const resolve = (key: string) => ({ href: `/about/#ref-${key}`, text: key });
const note = (anchor: string, text = `A note on ${anchor} [@G1].`): PreparedNote => ({ anchor, parts: noteParts(text, resolve) });

describe('note text', () => {
  it('splits into text and resolved citations, groups included, losing nothing', () => {
    const parts = noteParts('One [@G2][@G3]. Two [@S47; @G8].', resolve);
    expect(parts.map((p) => (typeof p === 'string' ? p : `<${p.key}>`)).join('')).toBe('One <G2><G3>. Two <S47><G8>.');
  });

  it('every published note names a real reference or article for each citation', () => {
    for (const n of EDITOR_NOTES) {
      const prepared = notesForArticle(n.article, resolve).find((p) => p.anchor === n.anchor)!;
      expect(prepared.parts.some((p) => typeof p !== 'string'), n.anchor).toBe(true);
    }
  });
});

describe('the build check', () => {
  const anchors = new Map([['art', new Set(['p-one', 'p-two'])]]);
  const citable = new Set(['G1', 'G2', 'art-source']);
  const good: EditorNote = { article: 'art', anchor: 'p-one', text: 'A short sentence [@G1]. Another one [@G2][@art-source].' };

  it('passes a good note', () => {
    expect(editorNoteProblems([good], anchors, citable)).toEqual([]);
  });

  it.each([
    ['an article that does not exist', { ...good, article: 'nope' }, 'there is no article "nope"'],
    ['an anchor that is not a paragraph', { ...good, anchor: 'p-three' }, 'no paragraph with the anchor "p-three"'],
    ['a citation to nothing', { ...good, text: 'A sentence [@G999].' }, 'cites [@G999]'],
    ['no citation at all', { ...good, text: 'A sentence.' }, 'the note cites nothing'],
    ['a sentence without its citation', { ...good, text: 'Cited [@G1]. Not cited.' }, 'the sentence "Not cited." does not end with its citation'],
  ])('fails on %s, naming the file and the note', (_, bad, message) => {
    const problems = editorNoteProblems([bad], anchors, citable);
    expect(problems.join('\n')).toContain(message);
    expect(problems[0]).toMatch(/^src\/data\/editor-notes\.ts: note on /);
  });

  it('fails on two notes on one paragraph', () => {
    expect(editorNoteProblems([good, good], anchors, citable).join('\n')).toContain('only one note');
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
      addEditorNotes(tree, chosen.map((id) => note(id)));

      const notes: Element[] = [];
      visit(tree, 'element', (e: Element, index, parent) => {
        if (e.properties.dataEditorNote === undefined) return;
        notes.push(e);
        const anchor = String(e.properties.dataEditorNote);
        const previous = parent!.children[index! - 1] as Element | undefined;
        const host = parent as Element;
        const placed = previous?.properties?.id === anchor || (host.tagName === 'li' && host.properties.id === anchor && index === host.children.length - 1);
        expect(placed, `run ${run}: note for ${anchor}`).toBe(true);
        expect(e.properties.role).toBe('note');
        expect(toString(e)).toMatch(new RegExp(`^${NOTE_LABEL}: A note on ${anchor} \\[G1\\]\\.$`));
      });
      expect(notes.map((n) => n.properties.dataEditorNote).sort(), `run ${run}`).toEqual([...chosen].sort());
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
