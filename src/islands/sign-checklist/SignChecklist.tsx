// The sign checklist island: red flags first, then the signs the articles link to the back,
// a tiered plain result (never a diagnosis), and ways to share, print or start again.
// Logic lives in checklist-model.ts and checklist-url.ts; this file renders.
import { useEffect, useRef, useState } from 'react';
import { chosenSigns, GROUPS, tierFor, toggle, type Answers, type ChecklistRedFlag, type ChecklistSign, type PageLink, type Tier } from './checklist-model.ts';
import { readAnswers, writeAnswers } from './checklist-url.ts';
import './sign-checklist.css';

/** A next step the articles suggest, with where it comes from. */
export interface NextStep {
  text: string;
  sources: PageLink[];
  more?: PageLink;
}

interface Props {
  signs: ChecklistSign[];
  redFlags: ChecklistRedFlag[];
  /** What to do when a red flag applies, and why (from the reference). */
  redFlagAction: string;
  redFlagReason: string;
  /** Tier messages, each citing the articles it comes from. */
  tierText: Record<Exclude<Tier, 'none'>, { text: string; sources: PageLink[] }>;
  nextSteps: NextStep[];
  siteName: string;
}

const NONE: Answers = { signs: [], redFlags: [] };

/** The interactive checklist. */
export default function SignChecklist({ signs, redFlags, redFlagAction, redFlagReason, tierText, nextSteps, siteName }: Props) {
  const [answers, setAnswers] = useState<Answers>(NONE);
  const [hydrated, setHydrated] = useState(false);
  const [today, setToday] = useState('');
  const [copied, setCopied] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const urgentRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLElement>(null);
  const hadRedFlag = useRef(false);

  // Restore answers from the address once, in the browser (the server render has none), and
  // keep any box ticked before the page finished loading its script.
  useEffect(() => {
    const fromUrl = readAnswers(window.location.search, { signs: new Set(signs.map((s) => s.id)), redFlags: new Set(redFlags.map((f) => f.id)) });
    const ticked = [...(rootRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ?? [])].map((box) => box.id);
    const early = (prefix: string) => ticked.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
    setAnswers({
      signs: [...new Set([...fromUrl.signs, ...early('sign-')])],
      redFlags: [...new Set([...fromUrl.redFlags, ...early('flag-')])],
    });
    setToday(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
    setHydrated(true);
  }, [signs, redFlags]);

  // Keep the address in step with the answers: the only place they are stored.
  useEffect(() => {
    if (!hydrated) return;
    window.history.replaceState(null, '', `${window.location.pathname}${writeAnswers(answers)}`);
    setCopied('');
  }, [answers, hydrated]);

  // A first red flag moves focus to the emergency message, so it is seen and read out first.
  useEffect(() => {
    const has = answers.redFlags.length > 0;
    if (has && !hadRedFlag.current) urgentRef.current?.focus();
    hadRedFlag.current = has;
  }, [answers.redFlags]);

  const chosen = chosenSigns(signs, answers);
  const tier = tierFor(chosen.length);
  const chosenFlags = redFlags.filter((f) => answers.redFlags.includes(f.id));
  const shareUrl = hydrated ? `${window.location.origin}${window.location.pathname}${writeAnswers(answers)}` : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied('Link copied. Paste it into a message to your physiotherapist.');
    } catch {
      (document.getElementById('share-link') as HTMLInputElement | null)?.select();
      setCopied('Select the link above and copy it.');
    }
  };

  return (
    <div className="checklist" ref={rootRef}>
      {chosenFlags.length > 0 && (
        <section className="urgent" ref={urgentRef} tabIndex={-1} aria-labelledby="urgent-title">
          <h2 id="urgent-title"><span className="visually-hidden">Emergency: </span>Get help now</h2>
          <p>You chose:</p>
          <ul>{chosenFlags.map((f) => <li key={f.id}>{f.text}</li>)}</ul>
          <p className="urgent-action">{redFlagAction}</p>
          <p>{redFlagReason}</p>
        </section>
      )}

      <form className="questions" aria-label="Sign checklist" onSubmit={(e) => {
        // The result updates as you tick; the button takes keyboard and screen-reader users to it.
        e.preventDefault();
        resultRef.current?.focus();
      }}>
        <fieldset className="red-flag-questions">
          <legend>First, warning signs: do you have back pain or sciatica and any of these?</legend>
          {redFlags.map((flag) => (
            <div className="option" key={flag.id}>
              <input type="checkbox" id={`flag-${flag.id}`} checked={answers.redFlags.includes(flag.id)}
                onChange={(e) => setAnswers((a) => ({ ...a, redFlags: toggle(a.redFlags, flag.id, e.target.checked) }))} />
              <label htmlFor={`flag-${flag.id}`}>{flag.text}</label>
            </div>
          ))}
        </fieldset>

        {GROUPS.map((group) => (
          <fieldset key={group.id}>
            <legend>{group.legend}</legend>
            {signs.filter((s) => s.group === group.id).map((sign) => (
              <div className="option" key={sign.id}>
                <input type="checkbox" id={`sign-${sign.id}`} aria-describedby={`about-${sign.id}`} checked={answers.signs.includes(sign.id)}
                  onChange={(e) => setAnswers((a) => ({ ...a, signs: toggle(a.signs, sign.id, e.target.checked) }))} />
                <label htmlFor={`sign-${sign.id}`}>{sign.question}</label>
                <p className="about" id={`about-${sign.id}`}>
                  <a href={sign.href}>About this sign</a>. Described in: {sign.articles.map((a, i) => (
                    <span key={a.href}>{i > 0 && '; '}<a href={a.href}>{a.title}</a></span>
                  ))}.
                </p>
              </div>
            ))}
          </fieldset>
        ))}
        <button type="submit" className="show-result">Show my result</button>
      </form>

      <section className="result" aria-labelledby="result-title" ref={resultRef} tabIndex={-1}>
        <h2 id="result-title">Your result</h2>
        <div aria-live="polite" aria-atomic="true" className="tier" data-tier={tier}>
          {tier === 'none' ? (
            <p>Tick the signs you have. Your result appears here. It is not a diagnosis.</p>
          ) : (
            <p>
              <strong>You chose {chosen.length} of the {signs.length} signs the articles link to the back.</strong>{' '}
              {tierText[tier].text} <Sources links={tierText[tier].sources} />
            </p>
          )}
        </div>
        {chosen.length > 0 && (
          <>
            <h3>The signs you chose</h3>
            <ul>{chosen.map((s) => <li key={s.id}><a href={s.href}>{s.title}</a></li>)}</ul>
          </>
        )}
        <h3>What the articles suggest next</h3>
        <ul className="next-steps">
          {nextSteps.map((step) => (
            <li key={step.text}>{step.text} <Sources links={step.sources} />{step.more && <> <a href={step.more.href}>{step.more.title}</a></>}</li>
          ))}
        </ul>
        <p className="not-diagnosis">This checklist cannot diagnose you. Only a clinician who examines you can say where your pain comes from.</p>

        <div className="actions" hidden={!hydrated}>
          <h3>Keep or share your answers</h3>
          <label htmlFor="share-link">Link to your answers (it holds only the signs you ticked)</label>
          <input id="share-link" type="url" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
          <div className="buttons">
            <button type="button" onClick={copy}>Share with my PT: copy link</button>
            <button type="button" onClick={() => window.print()}>Print</button>
            <button type="button" onClick={() => setAnswers(NONE)}>Start again</button>
          </div>
          <p role="status" className="copied">{copied}</p>
        </div>
      </section>

      <section className="print-summary">
        <h2>{siteName}: sign checklist</h2>
        <p>Date: {today}</p>
        {chosenFlags.length > 0 && <p><strong>Warning signs ticked: {chosenFlags.map((f) => f.text).join('; ')}. {redFlagAction}</strong></p>}
        <p>Signs ticked ({chosen.length}):</p>
        <ul>{chosen.map((s) => <li key={s.id}>{s.title}</li>)}</ul>
        <p>Questions to ask: Could my knee pain come from my back? Should my back be examined as well as my knee? Do back movements change my knee pain?</p>
        <p>Open these answers again: {shareUrl}</p>
      </section>
    </div>
  );
}

function Sources({ links }: { links: PageLink[] }) {
  return <span className="sources">(from {links.map((l, i) => <span key={l.href}>{i > 0 && ', '}<a href={l.href}>{l.title}</a></span>)})</span>;
}
