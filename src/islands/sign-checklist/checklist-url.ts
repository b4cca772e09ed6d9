// The checklist's answers in the page address, so a PT can send a link that reopens them.
// The link holds only known ids (no free text, nothing personal) and, for whoever reads it,
// the care level the answers lead to. Reading is defensive: an address may be edited,
// truncated or hostile; anything unknown is dropped, never shown. Links made before the
// checklist routed by care level (flags=…&signs=…) hold the same ids and open the same way.
import type { CareLevelId } from '../../data/care-levels.ts';
import type { Answers } from './checklist-model.ts';

/** Query parameters: chosen signs, chosen warning signs, and the care level they lead to. */
export const SIGNS_PARAM = 'signs';
export const FLAGS_PARAM = 'flags';
export const CARE_PARAM = 'care';

// An id is lower-case letters, digits and hyphens; the longest real one is far shorter.
const ID = /^[a-z0-9-]{1,60}$/;
// At most this many characters of a parameter are read: a huge address costs nothing.
const MAX_PARAM = 2000;

/**
 * Reads the answers from a query string, keeping only known ids, each once. The care level in
 * the link is not read: it is worked out again from the answers, so an edited link cannot
 * make a result look less urgent than its answers.
 */
export function readAnswers(search: string, known: { signs: ReadonlySet<string>; warnings: ReadonlySet<string> }): Answers {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, MAX_PARAM * 4));
  } catch {
    return { signs: [], warnings: [] };
  }
  const ids = (name: string, allowed: ReadonlySet<string>) => {
    const out: string[] = [];
    for (const raw of params.getAll(name)) {
      for (const id of raw.slice(0, MAX_PARAM).split(',')) {
        const clean = id.trim();
        if (ID.test(clean) && allowed.has(clean) && !out.includes(clean)) out.push(clean);
      }
    }
    return out;
  };
  return { signs: ids(SIGNS_PARAM, known.signs), warnings: ids(FLAGS_PARAM, known.warnings) };
}

/** Writes the answers, and the care level they lead to, into a query string ("" when nothing is chosen). */
export function writeAnswers(answers: Answers, level?: CareLevelId): string {
  const params = new URLSearchParams();
  if (answers.warnings.length > 0) params.set(FLAGS_PARAM, answers.warnings.join(','));
  if (answers.signs.length > 0) params.set(SIGNS_PARAM, answers.signs.join(','));
  if (params.size > 0 && level) params.set(CARE_PARAM, level);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * Whether an address holds a result to show at once: a shared result carries its care level
 * (or, in older links, warning-sign answers). A link that only pre-ticks signs, as an article's
 * "check your signs" card does, opens the questions first, warning signs included.
 */
export function holdsResult(search: string): boolean {
  try {
    const params = new URLSearchParams(search.slice(0, MAX_PARAM * 4));
    return params.has(CARE_PARAM) || params.has(FLAGS_PARAM);
  } catch {
    return false;
  }
}
