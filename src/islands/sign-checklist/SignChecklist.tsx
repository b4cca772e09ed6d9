// The sign checklist island: warning signs first (for everyone, knee signs included), then the
// signs the articles link to the back, then circumstances. The result is the most urgent care
// level the answers call for and what each ticked sign can mean; never a score or a diagnosis.
// Logic lives in checklist-model.ts and checklist-url.ts; this file renders.
import { useEffect, useRef, useState } from 'react';
import { careRank, type CareLevelId } from '../../data/care-levels.ts';
import type { ChecklistCareLevel } from '../../lib/tools/checklist-content.ts';
import {
  chosenCircumstances, chosenSigns, chosenWarnings, GROUPS, resultFor, toggle,
  type Answers, type ChecklistSign, type ChecklistWarning, type PageLink, type ResultReason,
} from './checklist-model.ts';
import { holdsResult, readAnswers, writeAnswers } from './checklist-url.ts';
import './sign-checklist.css';

/** A next step the articles suggest, with where it comes from. */
export interface NextStep {
  text: string;
  sources: PageLink[];
  more?: PageLink;
}

/** The text that explains a result, with where it comes from. */
export interface ResultText {
  text: string;
  sources: PageLink[];
}

interface Props {
  signs: ChecklistSign[];
  warnings: ChecklistWarning[];
  /** What each care level tells the reader to do. */
  levels: Record<CareLevelId, ChecklistCareLevel>;
  resultText: Record<ResultReason, ResultText>;
  nextSteps: NextStep[];
  urgentHelpHref: string;
  siteName: string;
}

const NONE: Answers = { signs: [], warnings: [] };
const URGENT: readonly CareLevelId[] = ['emergency', 'same-day'];

/** The interactive checklist. */
export default function SignChecklist({ signs, warnings, levels, resultText, nextSteps, urgentHelpHref, siteName }: Props) {
  const [answers, setAnswers] = useState<Answers>(NONE);
  const [hydrated, setHydrated] = useState(false);
  const [shown, setShown] = useState(false);
  const [today, setToday] = useState('');
  const [copied, setCopied] = useState('');
  const [qr, setQr] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const urgentRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLElement>(null);
  const lastUrgent = useRef<CareLevelId | null>(null);

  // Restore answers from the address once, in the browser (the server render has none), and
  // keep any box ticked before the page finished loading its script. A shared result shows at once.
  useEffect(() => {
    const fromUrl = readAnswers(window.location.search, { signs: new Set(signs.map((s) => s.id)), warnings: new Set(warnings.map((w) => w.id)) });
    const ticked = [...(rootRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ?? [])].map((box) => box.id);
    const early = (prefix: string) => ticked.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
    setAnswers({
      signs: [...new Set([...fromUrl.signs, ...early('sign-')])],
      warnings: [...new Set([...fromUrl.warnings, ...early('flag-')])],
    });
    setShown(holdsResult(window.location.search) && fromUrl.signs.length + fromUrl.warnings.length > 0);
    setToday(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
    setHydrated(true);
  }, [signs, warnings]);

  const result = resultFor(answers, warnings, signs);
  const level = levels[result.level];
  const query = writeAnswers(answers, result.level);
  const shareUrl = hydrated ? `${window.location.origin}${window.location.pathname}${query}` : '';

  // Keep the address in step with the answers: the only place they are stored.
  useEffect(() => {
    if (!hydrated) return;
    window.history.replaceState(null, '', `${window.location.pathname}${query}`);
    setCopied('');
  }, [query, hydrated]);

  // The printout's QR code leads back to the filled-in checklist; its code loads only once needed.
  useEffect(() => {
    if (!hydrated || !shown) return;
    let current = true;
    import('qrcode')
      .then((QRCode) => QRCode.toString(shareUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 }))
      .then((svg) => current && setQr(svg))
      .catch(() => current && setQr(''));
    return () => {
      current = false;
    };
  }, [shareUrl, hydrated, shown]);

  // A first urgent warning sign, or one more urgent than before, moves focus to what to do, so
  // it is seen and read out first.
  const ticked = chosenWarnings(warnings, answers);
  const urgent = URGENT.includes(result.level) && result.reason === 'warning';
  useEffect(() => {
    const level = urgent ? result.level : null;
    if (level && (lastUrgent.current === null || careRank(level) < careRank(lastUrgent.current))) urgentRef.current?.focus();
    lastUrgent.current = level;
  }, [urgent, result.level]);

  const chosen = chosenSigns(signs, answers);
  const circumstances = chosenCircumstances(signs, answers);
  const setWarning = (id: string, on: boolean) => setAnswers((a) => ({ ...a, warnings: toggle(a.warnings, id, on) }));
  const setSign = (id: string, on: boolean) => setAnswers((a) => ({ ...a, signs: toggle(a.signs, id, on) }));

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied(`Link copied. It opens your answers and the result (${level.name}). Paste it into a message to your physiotherapist.`);
    } catch {
      (document.getElementById('share-link') as HTMLInputElement | null)?.select();
      setCopied('Select the link above and copy it.');
    }
  };

  const warningBox = (w: ChecklistWarning) => (
    <div className="option" key={w.id}>
      <input type="checkbox" id={`flag-${w.id}`} checked={answers.warnings.includes(w.id)} onChange={(e) => setWarning(w.id, e.target.checked)} />
      <label htmlFor={`flag-${w.id}`}>{capitalise(w.short ?? w.text)}</label>
    </div>
  );
  const byLevel = (core: boolean) => (['emergency', 'same-day', 'routine'] as const)
    .map((id) => ({ level: levels[id], items: warnings.filter((w) => w.level === id && Boolean(w.short) === core) }))
    .filter((g) => g.items.length > 0);
  const moreTicked = warnings.some((w) => !w.short && answers.warnings.includes(w.id));

  return (
    <div className="checklist" ref={rootRef}>
      {urgent && (
        <section className={`urgent level-${result.level}`} ref={urgentRef} tabIndex={-1} aria-labelledby="urgent-title">
          <h2 id="urgent-title"><span className="visually-hidden">{level.name}: </span>{result.level === 'emergency' ? 'Get help now' : 'Get help today'}</h2>
          <p className="urgent-action">{level.action} <Sources links={level.sources} /></p>
          <p>You ticked:</p>
          <ul>{ticked.filter((w) => URGENT.includes(w.level)).map((w) => <li key={w.id}>{capitalise(w.text)}. {w.meaning}</li>)}</ul>
        </section>
      )}

      <form className="questions" aria-label="Sign checklist" onSubmit={(e) => {
        e.preventDefault();
        setShown(true);
        // After React shows the result, take keyboard and screen-reader users to it.
        requestAnimationFrame(() => resultRef.current?.focus());
      }}>
        <fieldset className="warning-questions" data-care-card="" data-pagefind-ignore="">
          <legend>First, warning signs: do you have any of these?</legend>
          <p className="hint">Answer these whether your pain is in your back, your leg or your knee.</p>
          {byLevel(true).map(({ level: l, items }) => (
            <div role="group" aria-labelledby={`warn-${l.id}`} className={`warning-group level-${l.id}`} key={l.id}>
              <p className="level-heading" id={`warn-${l.id}`}>{l.heading}</p>
              {items.map(warningBox)}
            </div>
          ))}
          <details open={moreTicked || undefined}>
            <summary>More warning signs: cancer, injury, fever, walking changes and others</summary>
            {byLevel(false).map(({ level: l, items }) => (
              <div role="group" aria-labelledby={`warn-more-${l.id}`} className={`warning-group level-${l.id}`} key={l.id}>
                <p className="level-heading" id={`warn-more-${l.id}`}>{l.heading}</p>
                {items.map(warningBox)}
              </div>
            ))}
            <p><a href={urgentHelpHref}>All warning signs, with what each can mean</a></p>
          </details>
        </fieldset>

        {GROUPS.map((group) => (
          <fieldset key={group.id} className={`group-${group.id}`}>
            <legend>{group.legend}</legend>
            {signs.filter((s) => s.group === group.id).map((sign) => (
              <div className="option" key={sign.id}>
                <input type="checkbox" id={`sign-${sign.id}`} aria-describedby={`about-${sign.id}`} checked={answers.signs.includes(sign.id)} onChange={(e) => setSign(sign.id, e.target.checked)} />
                <label htmlFor={`sign-${sign.id}`}>{sign.question}</label>
                <p className="about" id={`about-${sign.id}`}>
                  <a href={sign.href}>About this sign</a>{sign.articles.length > 0 && <> · in articles {sign.articles.map((a, i) => (
                    <span key={a.href}>{i > 0 && ', '}<a href={a.href} title={a.title}>{i + 1}<span className="visually-hidden">: {a.title}</span></a></span>
                  ))}</>}
                </p>
              </div>
            ))}
          </fieldset>
        ))}
        <button type="submit" className="show-result">Show my result</button>
      </form>

      <section className="result" aria-labelledby="result-title" ref={resultRef} tabIndex={-1}>
        <h2 id="result-title">Your result</h2>
        <div aria-live="polite" aria-atomic="true">
          {!shown ? (
            <p className="placeholder">Answer the questions above, then choose “Show my result”. It is not a diagnosis.</p>
          ) : (
            <div className={`care level-${result.level}`} data-care-level={result.level}>
              <p className="care-name"><strong>{level.name}:</strong> {level.action} <Sources links={level.sources} /></p>
              <p>{resultText[result.reason].text} <Sources links={resultText[result.reason].sources} /></p>
            </div>
          )}
        </div>
        {shown && ticked.length > 0 && (
          <>
            <h3>The warning signs you ticked</h3>
            <ul>{ticked.map((w) => <li key={w.id}><strong>{capitalise(w.text)}</strong> ({levels[w.level].name.toLowerCase()}). {w.meaning}</li>)}</ul>
          </>
        )}
        {shown && chosen.length > 0 && (
          <>
            <h3>What the articles say your signs can mean</h3>
            <ul>{chosen.map((s) => <li key={s.id}><a href={s.href}>{s.title}</a>: {s.meaning}</li>)}</ul>
          </>
        )}
        {shown && circumstances.length > 0 && (
          <>
            <h3>Your circumstances</h3>
            <p>These are not signs and did not change your result.</p>
            <ul>{circumstances.map((s) => <li key={s.id}><a href={s.href}>{s.title}</a>: {s.meaning}</li>)}</ul>
          </>
        )}
        {shown && (
          <>
            <h3>What the articles suggest next</h3>
            <ul className="next-steps">
              {nextSteps.map((step) => (
                <li key={step.text}>{step.text} <Sources links={step.sources} />{step.more && <> <a href={step.more.href}>{step.more.title}</a></>}</li>
              ))}
            </ul>
          </>
        )}
        <p className="not-diagnosis">This checklist cannot diagnose you. Only a clinician who examines you can say where your pain comes from.</p>

        <div className="actions" hidden={!hydrated || !shown}>
          <h3>Keep or share your answers</h3>
          <label htmlFor="share-link">Link to your answers and result (it holds only what you ticked)</label>
          <input id="share-link" type="url" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
          <div className="buttons">
            <button type="button" onClick={copy}>Share with my PT: copy link</button>
            <button type="button" onClick={() => window.print()}>Print</button>
            <button type="button" onClick={() => { setAnswers(NONE); setShown(false); }}>Start again</button>
          </div>
          <p role="status" className="copied">{copied}</p>
        </div>
      </section>

      <section className="print-summary" aria-hidden="true">
        <h2>{siteName}: sign checklist</h2>
        <p>Date: {today}</p>
        <p className="print-level"><strong>Result: {level.name}. {level.action}</strong></p>
        <p>{resultText[result.reason].text}</p>
        {ticked.length > 0 && <><p>Warning signs ticked:</p><ul>{ticked.map((w) => <li key={w.id}>{capitalise(w.text)} ({levels[w.level].name.toLowerCase()})</li>)}</ul></>}
        <p>Signs ticked ({chosen.length}):</p>
        <ul>{chosen.map((s) => <li key={s.id}>{s.title}: {s.meaning}</li>)}</ul>
        {circumstances.length > 0 && <><p>Circumstances (not signs):</p><ul>{circumstances.map((s) => <li key={s.id}>{s.title}</li>)}</ul></>}
        <p>Questions to ask: Could my knee pain come from my back? Should my back be examined as well as my knee? Do back movements change my knee pain?</p>
        <div className="print-link">
          {qr && <div className="qr" dangerouslySetInnerHTML={{ __html: qr }} />}
          <p>Open these answers again: {shareUrl}</p>
        </div>
      </section>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Sources({ links }: { links: PageLink[] }) {
  return <span className="sources">(from {links.map((l, i) => <span key={l.href}>{i > 0 && ', '}<a href={l.href}>{l.title}</a></span>)})</span>;
}
