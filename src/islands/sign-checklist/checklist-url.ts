// The checklist's answers in the page address, so a PT can send a link that reopens them, and so
// the form, submitted before its script runs or without one (GET), keeps every answer. The
// parameter names are the form fields' names. Reading is defensive: an address may be edited,
// truncated or hostile; anything unknown is dropped (and the reader told), never shown.
import type { CareLevelId } from '../../lib/care/care-level-ids.ts';
import type { Change, Duration } from '../../lib/care/triage.ts';
import type { ChecklistAnswers } from './checklist-model.ts';

/** Query parameters, one per form field, plus the care level for whoever reads the link. */
export const PARAM = { findings: 'flags', none: 'none', duration: 'duration', change: 'change', signs: 'signs', care: 'care', highlight: 'highlight' } as const;

// An id is lower-case letters, digits and hyphens; the longest real one is far shorter.
const ID = /^[a-z0-9-]{1,60}$/;
// At most this many characters of a parameter are read: a huge address costs nothing.
const MAX_PARAM = 2000;
const DURATIONS: readonly Duration[] = ['under-2-weeks', 'weeks', 'months'];
const CHANGES: readonly Change[] = ['better', 'same', 'worse'];

/** What the checklist knows, to keep only real answers. */
export interface KnownIds {
  findings: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  signs: ReadonlySet<string>;
}

/** Answers read from an address, the signs an article asks to highlight, and whether anything was dropped. */
export interface ReadLink {
  answers: ChecklistAnswers;
  highlight: string[];
  /** Some value in the link was not a known answer. */
  dropped: boolean;
  /** The link is a shared result (it carries a care level). */
  isResult: boolean;
}

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.slice(0, MAX_PARAM * 8));
  } catch {
    return new URLSearchParams();
  }
}

/**
 * Reads the answers from a query string, keeping only known ids, each once. The care level in
 * the link is not read as a result: it is worked out again from the answers, so an edited link
 * cannot make a result look less urgent than its answers.
 */
export function readLink(search: string, known: KnownIds): ReadLink {
  const p = params(search);
  let dropped = false;
  const ids = (name: string, allowed: ReadonlySet<string>) => {
    const out: string[] = [];
    for (const raw of p.getAll(name)) {
      for (const id of raw.slice(0, MAX_PARAM).split(',')) {
        const clean = id.trim();
        if (!clean) continue;
        if (ID.test(clean) && allowed.has(clean)) {
          if (!out.includes(clean)) out.push(clean);
        } else dropped = true;
      }
    }
    return out;
  };
  const one = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = p.get(name);
    if (value === null) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    dropped = true;
    return undefined;
  };
  const isResult = p.has(PARAM.care);
  const findings = ids(PARAM.findings, known.findings);
  const none = ids(PARAM.none, known.groups);
  const duration = one(PARAM.duration, DURATIONS);
  const change = one(PARAM.change, CHANGES);
  // An article's old "check your signs" link (signs=… and no care level) only highlights them.
  const signs = ids(PARAM.signs, known.signs);
  const highlight = [...new Set([...ids(PARAM.highlight, known.signs), ...(isResult ? [] : signs)])];
  return {
    answers: { findings, none, signs: isResult ? signs : [], ...(duration && { duration }), ...(change && { change }) },
    highlight,
    dropped,
    isResult,
  };
}

/** Writes the answers, and the care level they lead to, into a query string ("" when nothing is answered). */
export function writeAnswers(answers: ChecklistAnswers, level?: CareLevelId): string {
  const p = new URLSearchParams();
  if (answers.findings.length > 0) p.set(PARAM.findings, answers.findings.join(','));
  if (answers.none.length > 0) p.set(PARAM.none, answers.none.join(','));
  if (answers.duration) p.set(PARAM.duration, answers.duration);
  if (answers.change) p.set(PARAM.change, answers.change);
  if (answers.signs.length > 0) p.set(PARAM.signs, answers.signs.join(','));
  if (p.size > 0 && level) p.set(PARAM.care, level);
  const text = p.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** The checklist's own address: the answers, then the signs an article asked to highlight (kept so a reload still shows them; a shared link carries only the answers). */
export function addressOf(answersQuery: string, highlight: readonly string[]): string {
  if (highlight.length === 0) return answersQuery;
  return `${answersQuery}${answersQuery ? '&' : '?'}${PARAM.highlight}=${highlight.join(',')}`;
}
