// The sources of a statement by readable name, each linking to its entry in our reference list,
// with the full references one tap away (a disclosure).
import { useId } from 'react';

/** A reference as the map shows it: a short name, and the full title and address. */
export interface SourceEntry {
  name: string;
  title: string;
  url: string;
}

interface Props {
  ids: readonly string[];
  sources: Record<string, SourceEntry>;
  /** Where a reference is listed, without its id ("/about/#ref-"). */
  referenceBase: string;
  /** Words before the list. */
  lead?: string;
}

/** "Sources: Harrison’s Principles of Internal Medicine; GPnotebook…", then the full references. */
export default function SourceList({ ids, sources, referenceBase, lead = 'Sources' }: Props) {
  const id = useId();
  return (
    <div className="refs">
      <p id={id}>{lead}: {ids.map((ref, i) => <span key={ref}>{i > 0 && '; '}<a href={`${referenceBase}${ref}`}>{sources[ref]?.name ?? ref}</a></span>)}.</p>
      <details>
        <summary>Full references ({ids.length})</summary>
        <ul aria-describedby={id}>
          {ids.map((ref) => <li key={ref}><a href={sources[ref]?.url}>{sources[ref]?.title ?? ref}</a></li>)}
        </ul>
      </details>
    </div>
  );
}
