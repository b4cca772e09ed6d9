// What a patient reads and prints: the care card first, then each chosen page's summary and key
// points with a link to the full page, then one QR code for the whole handout and lines for notes.
import type { ReactNode } from 'react';
import type { HandoutPage } from '../../lib/handout/handout-catalogue.ts';
import type { PageLink } from '../../lib/tools/checklist-content.ts';
import { useQrCode } from '../use-qr-code.ts';
import type { ReadHandout } from './handout-link.ts';

interface Props {
  /** The sheet title's level: h1 on the patient's page, h3 in the builder's preview. */
  heading: 'h1' | 'h3';
  pages: HandoutPage[];
  /** What the link asked for, to say what it did not find. */
  link: ReadHandout;
  lists: PageLink[];
  /** The NHS self-care advice for sciatica: printed once, after the pages, if any of them has it. */
  selfCare: string;
  /** The handout's own address, for the QR code. */
  url: string;
  children?: ReactNode;
  notes?: ReactNode;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The handout itself. */
export function HandoutSheet({ heading: Title, pages, link, lists, selfCare, url, children, notes }: Props) {
  const Page = Title === 'h1' ? 'h2' : 'h4';
  const qr = useQrCode(url, pages.length > 0);

  return (
    <div className="handout-sheet" data-print-addresses>
      <Title className="sheet-title">Pages your physiotherapist chose for you</Title>
      {children}
      {(link.notFound > 0 || link.overLimit > 0) && (
        <p className="link-note" role="note">
          {link.notFound > 0 && `${count(link.notFound, 'page', 'pages')} in this link could not be found on this site: the link may be mistyped, or the page may have moved. `}
          {link.overLimit > 0 && `This link names more than ${pages.length} pages; a handout shows the first ${pages.length}.`}
        </p>
      )}
      {pages.length === 0 ? (
        <p>There are no pages to show. You can find every page in our topic lists: {lists.map((l, i) => <span key={l.href}>{i > 0 && ', '}<a href={l.href}>{l.title}</a></span>)}.</p>
      ) : (
        <div className="sheet-pages">
          {pages.map((p) => (
            <article key={p.id} className="sheet-page" aria-labelledby={`sheet-${p.id.replace('/', '-')}`}>
              <Page id={`sheet-${p.id.replace('/', '-')}`}>{p.title}</Page>
              <p className="sheet-kind">{p.kind}</p>
              <p className="sheet-summary">{p.summary}</p>
              <ul>{p.keyPoints.map((k) => <li key={k}>{k}</li>)}</ul>
              {p.canDo.length > 0 && <><p className="sheet-label">What you can do:</p><ul>{p.canDo.map((k) => <li key={k}>{k}</li>)}</ul></>}
              {p.help.map((h) => (
                <div key={h.level} className="sheet-help">
                  <p className="sheet-label">{h.level}: {h.action}</p>
                  <ul>{h.signs.map((s) => <li key={s}>{s}</li>)}</ul>
                </div>
              ))}
              <p className="sheet-more"><a href={p.href}>Read the full page, with its sources</a></p>
            </article>
          ))}
        </div>
      )}
      {pages.some((p) => p.selfCare) && (
        <section className="sheet-self-care" aria-labelledby="sheet-self-care">
          <Page id="sheet-self-care">What you can do for sciatica</Page>
          <p>{selfCare} (for {pages.filter((p) => p.selfCare).map((p) => p.title).join('; ')})</p>
        </section>
      )}
      {pages.length > 0 && (
        <div className="sheet-foot">
          {notes}
          <div className="sheet-link">
            {qr && <div className="qr" role="img" aria-label={`QR code of ${url}`} dangerouslySetInnerHTML={{ __html: qr }} />}
            <p>Open this handout on your phone, with links: <span className="sheet-url">{url}</span></p>
          </div>
        </div>
      )}
    </div>
  );
}
