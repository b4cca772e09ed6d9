// Sources shown by readable name, each linking to its entry in our reference list, and the
// full references of an answer one tap away (a disclosure at its end).
import type { SourceEntry } from '../../lib/tools/nerve-map-sources.ts';

/** Where a reference is listed, without its id ("/about/#ref-"), and the entries by id. */
export interface SourceBook {
  base: string;
  entries: Record<string, SourceEntry>;
}

/** "Sources: Harrison’s Principles of Internal Medicine; GPnotebook…" (a span, to sit in a sentence or alone). */
export function SourceNames({ ids, book, lead = 'Sources' }: { ids: readonly string[]; book: SourceBook; lead?: string }) {
  return (
    <span className="refs">
      {ids.length === 1 && lead === 'Sources' ? 'Source' : lead}: {ids.map((ref, i) => <span key={ref}>{i > 0 && '; '}<a href={`${book.base}${ref}`}>{book.entries[ref]?.name ?? ref}</a></span>)}
    </span>
  );
}

/** The full references behind an answer, in a disclosure. */
export function FullReferences({ ids, book }: { ids: readonly string[]; book: SourceBook }) {
  return (
    <details className="full-refs">
      <summary>Full references for this answer ({ids.length})</summary>
      <ul>
        {ids.map((ref) => {
          const entry = book.entries[ref];
          return <li key={ref}>{entry?.url ? <a href={entry.url}>{entry.title}</a> : entry?.title ?? ref}</li>;
        })}
      </ul>
    </details>
  );
}
