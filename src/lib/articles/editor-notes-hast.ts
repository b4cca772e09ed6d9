// Puts each editors' note right after the paragraph it is about, in an article's HTML tree.
// One pure transform with no other work, so any renderer can call it once on its hast tree.
// The article's own nodes are never changed: notes are only inserted beside them.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { SITE_ADDED_PROPERTY } from '../markdown/site-added.ts';
import type { NotePart, PreparedNote } from './editor-notes.ts';

/** The label every note starts with (also its accessible name). */
export const NOTE_LABEL = 'Note from our editors';

/** Inserts each note after the element whose id is the note's anchor (inside it, for a list item), a paragraph's notes in their order. */
export function addEditorNotes(tree: Root, notes: readonly PreparedNote[]): void {
  if (notes.length === 0) return;
  const byAnchor = new Map<string, PreparedNote[]>();
  for (const n of notes) byAnchor.set(n.anchor, [...(byAnchor.get(n.anchor) ?? []), n]);
  visit(tree, 'element', (node: Element, index, parent) => {
    const due = typeof node.properties.id === 'string' ? byAnchor.get(node.properties.id) : undefined;
    if (!due || !parent || index === undefined) return;
    // A note may not sit between list items: it goes at the end of the item instead.
    if (node.tagName === 'li') {
      node.children.push(...due.map(noteElement));
      return 'skip';
    }
    parent.children.splice(index + 1, 0, ...due.map(noteElement));
    return index + 1 + due.length;
  });
}

/** The note as a hast element: role="note", named, marked as added by the site, kept out of the search index. */
export function noteElement(note: PreparedNote): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['editor-note'], role: 'note', ariaLabel: NOTE_LABEL, dataEditorNote: note.anchor, dataNoteId: note.id, [SITE_ADDED_PROPERTY]: '', dataPagefindIgnore: '' },
    children: [{
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: `${NOTE_LABEL}:` }] },
        { type: 'text', value: ' ' },
        ...note.parts.map(partElement),
      ],
    }],
  };
}

function partElement(part: NotePart): ElementContent {
  if (typeof part === 'string') return { type: 'text', value: part };
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: part.href, className: ['note-citation'] },
    children: [{ type: 'text', value: `[${part.text}]` }],
  };
}
