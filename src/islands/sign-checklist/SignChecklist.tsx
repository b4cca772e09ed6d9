// The sign checklist island. Every warning question is visible, in short groups, the emergency
// ones first; each group is answered by a tick or "none of these". A result shows only once every
// group is answered, and it is the care level the decision function (src/lib/care/triage.ts)
// gives: never a score or a diagnosis. An emergency or same-day answer shows what to do at once,
// above the questions. Logic lives in checklist-model.ts and checklist-url.ts; this file renders.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { careRank, type CareLevelId } from '../../lib/care/care-level-ids.ts';
import { phoneParts } from '../../lib/care/phone-parts.ts';
import { upperFirst } from '../../lib/site/upper-first.ts';
import { decide, type TriageReason } from '../../lib/care/triage.ts';
import type { ChecklistContent, PageLink } from '../../lib/tools/checklist-content.ts';
import {
  isAnswered, NO_ANSWERS, setFinding, setNone, setSign, shownItems, triageAnswers, unanswered,
  type ChecklistAnswers, type ChecklistGroup,
} from './checklist-model.ts';
import { addressOf, PARAM, readLink, writeAnswers } from './checklist-url.ts';
import { useQrCode } from '../use-qr-code.ts';
import './sign-checklist.css';

/** The ruled lines for notes on the printout come from the page, as static HTML. */
type Props = ChecklistContent & { siteName: string; notes?: ReactNode };

const URGENT: readonly CareLevelId[] = ['emergency', 'same-day'];
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/** The interactive checklist. */
export default function SignChecklist({ groups, emergencyGroups, signs, rules, levels, questions, articleSigns, nextSteps, notSure, caudaEquinaSigns, links, siteName, notes }: Props) {
  const [answers, setAnswers] = useState<ChecklistAnswers>(NO_ANSWERS);
  const [highlight, setHighlight] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [shown, setShown] = useState(false);
  const [asked, setAsked] = useState(false);
  const [linkNote, setLinkNote] = useState('');
  const [today, setToday] = useState('');
  const [copied, setCopied] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const urgentRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLElement>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const lastUrgent = useRef<CareLevelId | null>(null);

  // Restore answers from the address once, in the browser (the server render has none), and
  // keep any answer given before the script ran (the form's own fields).
  useEffect(() => {
    const known = {
      findings: new Set(groups.flatMap((g) => g.items.map((i) => i.id))),
      groups: new Set(groups.filter((g) => !g.choices).map((g) => g.id)),
      signs: new Set(articleSigns.map((s) => s.id)),
    };
    const early = formRef.current ? new URLSearchParams(new FormData(formRef.current) as unknown as Record<string, string>).toString() : '';
    const fromUrl = readLink(window.location.search, known);
    const fromForm = readLink(`${early}&${PARAM.care}=form`, known).answers;
    const merged: ChecklistAnswers = {
      findings: [...new Set([...fromUrl.answers.findings, ...fromForm.findings])],
      none: [...new Set([...fromUrl.answers.none, ...fromForm.none])].filter((g) => !groups.find((x) => x.id === g)?.items.some((i) => fromForm.findings.includes(i.id))),
      signs: [...new Set([...fromUrl.answers.signs, ...fromForm.signs])],
      ...((fromForm.duration ?? fromUrl.answers.duration) && { duration: fromForm.duration ?? fromUrl.answers.duration }),
      ...((fromForm.change ?? fromUrl.answers.change) && { change: fromForm.change ?? fromUrl.answers.change }),
    };
    setAnswers(merged);
    setHighlight(fromUrl.highlight);
    setShown(fromUrl.isResult && unanswered(groups, merged).length === 0);
    if (fromUrl.dropped) setLinkNote(fromUrl.answers.findings.length + fromUrl.answers.none.length > 0
      ? 'Some answers in this link could not be read. Please check the questions below.'
      : 'This link’s answers could not be read. Please answer the questions below.');
    setToday(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
    setHydrated(true);
  }, [groups, articleSigns]);

  const result = decide(triageAnswers(answers), signs, rules);
  const missing = unanswered(groups, answers);
  const complete = missing.length === 0;
  const level = complete && result.level ? levels[result.level] : undefined;
  const urgentLevel = result.level && URGENT.includes(result.level) ? result.level : undefined;
  const query = writeAnswers(answers, complete ? result.level : undefined);
  const shareUrl = hydrated ? `${window.location.origin}${window.location.pathname}${query}` : '';

  // Keep the address in step with the answers (the only place they are stored) and with the
  // signs the article asked to highlight.
  useEffect(() => {
    if (!hydrated) return;
    window.history.replaceState(null, '', `${window.location.pathname}${addressOf(query, highlight)}${window.location.hash}`);
    setCopied('');
  }, [query, highlight, hydrated]);

  // The printout's QR code leads back to the filled-in checklist.
  const qr = useQrCode(shareUrl, hydrated && shown && complete);

  // A first urgent answer, or one more urgent than before, moves focus to what to do, so it is
  // seen and read out first.
  useEffect(() => {
    const now = urgentLevel ?? null;
    if (now && (lastUrgent.current === null || careRank(now) < careRank(lastUrgent.current))) urgentRef.current?.focus();
    lastUrgent.current = now;
  }, [urgentLevel]);

  const urgentReasons = result.reasons.filter((r) => URGENT.includes(r.level));
  // Context questions ticked (cancer, a weak immune system …): worth telling whoever examines you.
  const context = groups.flatMap((g) => g.items).filter((i) => answers.findings.includes(i.id) && !signs.some((s) => s.id === i.id));
  const noted = (reasons: TriageReason[]) => [...new Set(reasons.flatMap((r) => (r.question ? [r.question] : [])))].map((id) => questions[id]!);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied(`Link copied. It opens your answers and the result (${level?.name ?? ''}). Paste it into a message to your physiotherapist.`);
    } catch {
      (document.getElementById('share-link') as HTMLInputElement | null)?.select();
      setCopied('Select the link above and copy it.');
    }
  };

  const startAgain = () => {
    setAnswers(NO_ANSWERS);
    setShown(false);
    setAsked(false);
    setLinkNote('');
    // Focus goes back to the first question, not to the page's end.
    requestAnimationFrame(() => firstRef.current?.focus());
  };

  const group = (g: ChecklistGroup, index: number) => {
    const open = asked && !isAnswered(g, answers);
    const hintId = `hint-${g.id}`;
    if (g.choices) {
      const value = g.id === 'duration' ? answers.duration : answers.change;
      return (
        <fieldset key={g.id} id={`group-${g.id}`} className={`group choice${open ? ' missing' : ''}`}>
          <legend>{g.legend}</legend>
          {open && <p className="needs-answer">Please choose one answer.</p>}
          {g.choices.map((c) => (
            <div className="option" key={c.id}>
              <input type="radio" id={`${g.id}-${c.id}`} name={g.id} value={c.id} checked={value === c.id}
                onChange={() => setAnswers((a) => ({ ...a, [g.id]: c.id }))} />
              <label htmlFor={`${g.id}-${c.id}`}>{c.text}</label>
            </div>
          ))}
        </fieldset>
      );
    }
    return (
      <fieldset key={g.id} id={`group-${g.id}`} className={`group${open ? ' missing' : ''}`} aria-describedby={g.hint ? hintId : undefined}>
        <legend>{g.legend}</legend>
        {g.hint && <p className="hint" id={hintId}>{g.hint}</p>}
        {open && <p className="needs-answer">Please tick any that apply, or “{g.none}”.</p>}
        {shownItems(g, answers, hydrated).map((item, i) => (
          <div className={`option${item.parent ? ' follow-up' : ''}`} key={item.id}>
            <input type="checkbox" id={`q-${item.id}`} name={PARAM.findings} value={item.id} ref={index === 0 && i === 0 ? firstRef : undefined}
              checked={answers.findings.includes(item.id)} onChange={(e) => setAnswers((a) => setFinding(a, g, item.id, e.target.checked))} />
            <label htmlFor={`q-${item.id}`} data-sign={signs.some((s) => s.id === item.id) ? item.id : undefined}>{upperFirst(item.text)}</label>
          </div>
        ))}
        {g.none && (
          <div className="option none">
            <input type="checkbox" id={`none-${g.id}`} name={PARAM.none} value={g.id} checked={answers.none.includes(g.id)}
              onChange={(e) => setAnswers((a) => setNone(a, g, e.target.checked))} />
            <label htmlFor={`none-${g.id}`}>{g.none}</label>
          </div>
        )}
      </fieldset>
    );
  };

  return (
    <div className="checklist">
      {urgentLevel && (
        <section className={`urgent level-${urgentLevel}`} ref={urgentRef} tabIndex={-1} aria-labelledby="urgent-title" data-care-level={urgentLevel}>
          <h2 id="urgent-title"><span className="visually-hidden">{levels[urgentLevel].name}: </span>{urgentLevel === 'emergency' ? 'Get help now' : 'Get help today'}</h2>
          <p className="urgent-action"><Advice text={levels[urgentLevel].action} /> <Sources links={levels[urgentLevel].sources} /></p>
          <p className="not-sure" data-care-advice="not-sure"><Advice text={notSure} /></p>
          <p>Because you told us:</p>
          <ul>{urgentReasons.map((r) => <li key={r.id} data-sign={r.source === 'sign' ? r.id : undefined}>{upperFirst(r.text)}. {r.meaning}</li>)}</ul>
          <Questions list={noted(urgentReasons)} href={links.questions} />
          {urgentReasons.some((r) => caudaEquinaSigns.includes(r.id)) && <p><a href={links.card}>Cauda equina warning card</a>: the signs to show whoever sees you.</p>}
        </section>
      )}

      {linkNote && <p className="link-note" role="status">{linkNote}</p>}

      <form className="questions" aria-label="Sign checklist" method="get" ref={formRef} onSubmit={(e) => {
        e.preventDefault();
        setAsked(true);
        if (missing.length > 0) {
          requestAnimationFrame(() => missingRef.current?.focus());
          return;
        }
        setShown(true);
        // After React shows the result, take keyboard and screen-reader users to it.
        requestAnimationFrame(() => resultRef.current?.focus());
      }}>
        <div className="warning-questions" data-care-card="" data-pagefind-ignore="">
          <h2 className="questions-title">Warning signs: do you have any of these?</h2>
          <p className="hint">In each group, tick what applies or “None of these”, wherever your pain is.</p>
          <p className="emergency-note" data-care-level="emergency"><strong><Advice text={levels.emergency.heading} /> any of the signs in the first {NUMBER_WORDS[emergencyGroups.length] ?? emergencyGroups.length} groups.</strong> The checklist tells you as soon as you tick one.</p>
          <p className="not-sure" data-care-advice="not-sure"><Advice text={notSure} /></p>
          {groups.filter((g) => !g.choices).map(group)}
        </div>
        <div className="progress-questions">
          <h2 className="questions-title">How your pain is going</h2>
          {groups.filter((g) => g.choices).map((g) => group(g, 1))}
        </div>
        <fieldset className="group article-signs">
          <legend>Optional: signs the articles describe</legend>
          <p className="hint">These do not change your result. Tick any you notice, to see which pages describe them.</p>
          {articleSigns.map((s) => (
            <div className={`option${highlight.includes(s.id) ? ' highlighted' : ''}`} key={s.id}>
              <input type="checkbox" id={`sign-${s.id}`} name={PARAM.signs} value={s.id} checked={answers.signs.includes(s.id)}
                onChange={(e) => setAnswers((a) => setSign(a, s.id, e.target.checked))} />
              <label htmlFor={`sign-${s.id}`}>{s.question}{highlight.includes(s.id) && <span className="from-article"> (named in the article you came from)</span>}</label>
            </div>
          ))}
        </fieldset>
        <input type="hidden" name={PARAM.care} value="answered" />
        <button type="submit" className="show-result">Show my result</button>
      </form>

      <section className="result" aria-labelledby="result-title" ref={resultRef} tabIndex={-1}>
        <h2 id="result-title">Your result</h2>
        <div aria-live="polite" aria-atomic="true">
          {!(shown && complete && level) ? (
            <div className="placeholder" ref={missingRef} tabIndex={-1}>
              {asked && missing.length > 0 ? (
                <>
                  <p><strong>Please answer every group first.</strong> {missing.length === 1 ? 'One group has' : `${missing.length} groups have`} no answer yet:</p>
                  <ul>{missing.map((g) => <li key={g.id}><a href={`#group-${g.id}`}>{g.legend}</a></li>)}</ul>
                </>
              ) : (
                <p>Answer every group above, then choose “Show my result”. It is not a diagnosis.</p>
              )}
            </div>
          ) : (
            <div className={`care level-${level.id}`} data-care-level={level.id}>
              <p className="care-name"><strong>{level.name}:</strong> <Advice text={level.action} /> <Sources links={level.sources} /></p>
              <p className="not-sure" data-care-advice="not-sure"><Advice text={notSure} /></p>
            </div>
          )}
        </div>
        {shown && complete && level && !urgentLevel && (
          <>
            {result.reasons.length > 0 && (
              <>
                <h3>Because you told us</h3>
                <ul>{result.reasons.map((r) => <li key={r.id} data-sign={r.source === 'sign' ? r.id : undefined}>{upperFirst(r.text)}. {r.meaning}</li>)}</ul>
              </>
            )}
            <Questions list={noted(result.reasons)} href={links.questions} />
            {context.length > 0 && (
              <>
                <h3>Tell the clinician you see</h3>
                <ul>{context.map((c) => <li key={c.id}>{upperFirst(c.text)}.</li>)}</ul>
              </>
            )}
            <h3>What you can do</h3>
            <ul className="next-steps">
              {nextSteps.map((step) => (
                <li key={step.text}>{step.text} <Sources links={step.sources} />{step.more && <> <a href={step.more.href}>{step.more.title}</a></>}</li>
              ))}
            </ul>
            {answers.signs.length > 0 && (
              <>
                <h3>Pages about the signs you ticked</h3>
                <ul>{articleSigns.filter((s) => answers.signs.includes(s.id)).map((s) => <li key={s.id}><a href={s.href}>{s.title}</a></li>)}</ul>
              </>
            )}
          </>
        )}
        <p className="not-diagnosis">This checklist cannot diagnose you. Only a clinician who examines you can say where your pain comes from.</p>

        <div className="actions" hidden={!hydrated || !shown || !complete}>
          <h3>Keep or share your answers</h3>
          <label htmlFor="share-link">Link to your answers and result (it holds only what you ticked)</label>
          <input id="share-link" type="url" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
          <div className="buttons">
            <button type="button" onClick={copy}>Share with my PT: copy link</button>
            <button type="button" onClick={() => window.print()}>Print</button>
            <button type="button" onClick={startAgain}>Start again</button>
          </div>
          <p role="status" className="copied">{copied}</p>
        </div>
      </section>

      {level && (
        <section className="print-summary" aria-hidden="true">
          <h2>{siteName}: sign checklist</h2>
          <p>Date: {today}</p>
          <p className="print-level"><strong>Result: {level.name}. {level.action}</strong></p>
          <p>{notSure}</p>
          <p>Because you told us:</p>
          <ul>{(urgentLevel ? urgentReasons : result.reasons).map((r) => <li key={r.id}>{upperFirst(r.text)} ({levels[r.level].name.toLowerCase()})</li>)}</ul>
          {!urgentLevel && context.length > 0 && <><p>Tell the clinician you see:</p><ul>{context.map((c) => <li key={c.id}>{upperFirst(c.text)}</li>)}</ul></>}
          {notes}
          <div className="print-link">
            {qr && <div className="qr" dangerouslySetInnerHTML={{ __html: qr }} />}
            <p>Open these answers again: {shareUrl}</p>
          </div>
        </section>
      )}
    </div>
  );
}

/** Advice text with tappable phone numbers. */
function Advice({ text }: { text: string }) {
  return <>{phoneParts(text).map((p, i) => (p.href ? <a key={i} href={p.href} className="phone">{p.text}</a> : <span key={i}>{p.text}</span>))}</>;
}

function Sources({ links }: { links: PageLink[] }) {
  return <span className="sources">(from {links.map((l, i) => <span key={l.href}>{i > 0 && ', '}<a href={l.href}>{l.title}</a></span>)})</span>;
}

/** The open clinical questions behind a result, for honesty about where sources disagree. */
function Questions({ list, href }: { list: { id: string; question: string; siteDoes: string }[]; href: string }) {
  if (list.length === 0) return null;
  return (
    <div className="open-questions">
      <p><strong>Where our sources disagree:</strong></p>
      <ul>{list.map((q) => <li key={q.id}>{q.question} {q.siteDoes} <a href={`${href.replace(/#.*$/, '')}#question-${q.id}`}>Clinical question {q.id}</a></li>)}</ul>
    </div>
  );
}
