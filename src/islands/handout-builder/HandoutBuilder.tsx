// The handout builder and reader at /handout/. With `?pages=` in the address it shows a patient
// the pages their physiotherapist chose (the care card first); without, a physiotherapist picks
// up to six pages, orders them, and gets a link to send and a printout of at most two A4 pages.
// Logic lives in handout-link.ts and handout-selection.ts; this file renders.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { HandoutPage } from '../../lib/handout/handout-catalogue.ts';
import type { PageLink } from '../../lib/tools/checklist-content.ts';
import { handoutQuery, MAX_PAGES, readHandoutLink, type ReadHandout } from './handout-link.ts';
import { addPage, matchesSearch, movePage, removePage } from './handout-selection.ts';
import { HandoutSheet } from './HandoutSheet.tsx';
import './handout-builder.css';

interface Props {
  /** Every page that can go in a handout, in the topic lists' order. */
  pages: HandoutPage[];
  /** The topic lists, for a reader whose link found nothing. */
  lists: PageLink[];
  /** The NHS self-care advice for sciatica, for the pages it applies to. */
  selfCare: string;
  /** This page's own address, without a query. */
  path: string;
  /** The care card (static HTML from the page). */
  children?: ReactNode;
  /** The ruled lines for notes on paper (static HTML from the page). */
  notes?: ReactNode;
}

type Mode = 'loading' | 'read' | 'build';
const NO_LINK: ReadHandout = { ids: [], notFound: 0, overLimit: 0, asked: false };

/** The builder, or the patient's view of a link. */
export default function HandoutBuilder({ pages, lists, selfCare, path, children, notes }: Props) {
  const byId = useMemo(() => new Map(pages.map((p) => [p.id, p])), [pages]);
  const [mode, setMode] = useState<Mode>('loading');
  const [chosen, setChosen] = useState<string[]>([]);
  const [link, setLink] = useState<ReadHandout>(NO_LINK);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  const [focusNext, setFocusNext] = useState('');
  const [origin, setOrigin] = useState('');

  // The address is read once, in the browser (the server render has none).
  useEffect(() => {
    const read = readHandoutLink(window.location.search, new Set(byId.keys()));
    setLink(read);
    setChosen(read.ids);
    setOrigin(window.location.origin);
    setMode(read.asked ? 'read' : 'build');
  }, [byId]);

  // After a move or a removal, focus goes to the control that stands where the reader was.
  useEffect(() => {
    if (!focusNext) return;
    document.getElementById(focusNext)?.focus();
    setFocusNext('');
  }, [focusNext]);

  const url = `${origin}${path}${handoutQuery(chosen)}`;
  const chosenPages = chosen.map((id) => byId.get(id)!);
  const title = (id: string) => byId.get(id)!.title;
  const control = (action: string, id: string) => `${action}-${id.replace('/', '-')}`;

  const toggle = (id: string, on: boolean) => {
    const next = on ? addPage(chosen, id) : removePage(chosen, id);
    setChosen(next);
    setStatus(on ? `Added ${title(id)}: ${next.length} of ${MAX_PAGES} pages chosen.` : `Removed ${title(id)}: ${next.length} of ${MAX_PAGES} pages chosen.`);
  };
  const move = (id: string, by: -1 | 1) => {
    const next = movePage(chosen, id, by);
    const place = next.indexOf(id);
    setChosen(next);
    setStatus(`${title(id)} is now number ${place + 1} of ${next.length}.`);
    // At the top "Move up" is disabled, at the bottom "Move down": focus the other one.
    const edge = (by === -1 && place === 0) || (by === 1 && place === next.length - 1);
    setFocusNext(control(edge ? (by === -1 ? 'down' : 'up') : (by === -1 ? 'up' : 'down'), id));
  };
  const remove = (id: string) => {
    const at = chosen.indexOf(id);
    const next = removePage(chosen, id);
    setChosen(next);
    setStatus(`Removed ${title(id)}: ${next.length} of ${MAX_PAGES} pages chosen.`);
    const neighbour = next[Math.min(at, next.length - 1)];
    setFocusNext(neighbour ? control('remove', neighbour) : 'choose-heading');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. Paste it into a text message or an email to your patient.');
    } catch {
      (document.getElementById('handout-link') as HTMLInputElement | null)?.select();
      setStatus('Select the link above and copy it.');
    }
  };

  // What the server renders, and what stays if the script never runs (no JavaScript, or it failed).
  if (mode === 'loading') {
    return (
      <div className="handout-builder">
        <h1>Handout</h1>
        {children}
        <p className="prose">Loading the pages chosen for you. If they do not appear, every page is also in our topic lists: {lists.map((l, i) => <span key={l.href}>{i > 0 && ', '}<a href={l.href}>{l.title}</a></span>)}.</p>
      </div>
    );
  }

  if (mode === 'read') {
    return (
      <div className="handout-builder">
        <HandoutSheet heading="h1" pages={chosenPages} link={link} lists={lists} selfCare={selfCare} url={url} notes={notes}>{children}</HandoutSheet>
        <p className="for-physios">
          Are you a physiotherapist? <button type="button" className="link-button" onClick={() => { setMode('build'); setFocusNext('choose-heading'); }}>Change these pages</button>
        </p>
      </div>
    );
  }

  const full = chosen.length >= MAX_PAGES;
  const kinds = [...new Set(pages.map((p) => p.kind))];
  const shown = pages.filter((p) => matchesSearch(p.words, typed));
  const body = `Pages from your physiotherapist: ${url}`;
  return (
    <div className="handout-builder">
      <div className="handout-controls">
        <h1>Make a handout for a patient</h1>
        <p className="prose">Choose up to {MAX_PAGES} pages, put them in order, then send the link or print it. Your patient gets the warning signs first, then each page’s key points. <strong>Nothing is stored:</strong> the link holds only the pages’ names, never a patient’s details or your notes.</p>

        <h2 id="choose-heading" tabIndex={-1}>1. Choose pages</h2>
        <label htmlFor="handout-find">Find a page</label>
        <input id="handout-find" type="search" value={typed} autoComplete="off" aria-describedby="handout-find-count" onChange={(e) => setTyped(e.target.value)} />
        <p id="handout-find-count" className="hint" aria-live="polite">{typed.trim() ? `${shown.length} of ${pages.length} pages match.` : `${pages.length} pages.`} {full && `You have chosen ${MAX_PAGES}, the most a handout holds: remove one to add another.`}</p>
        {kinds.map((kind) => {
          const ofKind = shown.filter((p) => p.kind === kind);
          return ofKind.length > 0 && (
            <fieldset key={kind}>
              <legend>{kind}s</legend>
              <ul>
                {ofKind.map((p) => {
                  const on = chosen.includes(p.id);
                  return (
                    <li key={p.id} className="option">
                      <input type="checkbox" id={control('pick', p.id)} checked={on} disabled={!on && full} onChange={(e) => toggle(p.id, e.target.checked)} />
                      <label htmlFor={control('pick', p.id)}>{p.title}</label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}

        <h2>2. Put them in order</h2>
        {chosen.length === 0 ? <p>No pages chosen yet.</p> : (
          <ol className="chosen">
            {chosenPages.map((p, i) => (
              <li key={p.id}>
                <span className="chosen-title">{p.title}</span>
                <span className="chosen-buttons">
                  <button type="button" id={control('up', p.id)} disabled={i === 0} aria-label={`Move ${p.title} up`} onClick={() => move(p.id, -1)}>Up</button>
                  <button type="button" id={control('down', p.id)} disabled={i === chosen.length - 1} aria-label={`Move ${p.title} down`} onClick={() => move(p.id, 1)}>Down</button>
                  <button type="button" id={control('remove', p.id)} aria-label={`Remove ${p.title}`} onClick={() => remove(p.id)}>Remove</button>
                </span>
              </li>
            ))}
          </ol>
        )}

        <h2>3. Send or print</h2>
        {chosen.length === 0 ? <p>Choose a page first.</p> : (
          <>
            <label htmlFor="handout-link">Link for your patient</label>
            <input id="handout-link" type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <div className="buttons">
              <button type="button" onClick={copy}>Copy link</button>
              <button type="button" onClick={() => window.print()}>Print</button>
              <a className="button" href={url}>Open the handout</a>
              <a className="button" href={`mailto:?subject=${encodeURIComponent('Pages from your physiotherapist')}&body=${encodeURIComponent(body)}`}>Email</a>
              <a className="button" href={`sms:?&body=${encodeURIComponent(body)}`}>Text message</a>
            </div>
          </>
        )}
        <p role="status" className="status">{status}</p>
      </div>

      {chosen.length > 0 && (
        <section className="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="preview-heading">What your patient sees</h2>
          <HandoutSheet heading="h3" pages={chosenPages} link={NO_LINK} lists={lists} selfCare={selfCare} url={url} notes={notes}>{children}</HandoutSheet>
        </section>
      )}
    </div>
  );
}
