// Sources shown by readable name, each linking to its entry in our reference list, and the
// full references of an answer one tap away (a disclosure at its end).

/** A reference as the map shows it: a short name, and the full title and address. */
export interface SourceEntry {
  name: string;
  title: string;
  url: string;
}

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
        {ids.map((ref) => <li key={ref}><a href={book.entries[ref]?.url}>{book.entries[ref]?.title ?? ref}</a></li>)}
      </ul>
    </details>
  );
}
