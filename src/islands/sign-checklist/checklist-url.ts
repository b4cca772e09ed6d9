// The checklist's answers in the page address, so a PT can send a link that reopens them.
// The link holds only known ids (no free text, nothing personal). Reading is defensive: an
// address may be edited, truncated or hostile; anything unknown is dropped, never shown.
import type { Answers } from './checklist-model.ts';

/** Query parameters: chosen signs and chosen red flags. */
export const SIGNS_PARAM = 'signs';
export const FLAGS_PARAM = 'flags';

// An id is lower-case letters, digits and hyphens; the longest real one is far shorter.
const ID = /^[a-z0-9-]{1,60}$/;
// At most this many characters of a parameter are read: a huge address costs nothing.
const MAX_PARAM = 2000;

/** Reads the answers from a query string, keeping only known ids, each once. */
export function readAnswers(search: string, known: { signs: ReadonlySet<string>; redFlags: ReadonlySet<string> }): Answers {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, MAX_PARAM * 4));
  } catch {
    return { signs: [], redFlags: [] };
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
  return { signs: ids(SIGNS_PARAM, known.signs), redFlags: ids(FLAGS_PARAM, known.redFlags) };
}

/** Writes the answers into a query string ("" when nothing is chosen). */
export function writeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  if (answers.redFlags.length > 0) params.set(FLAGS_PARAM, answers.redFlags.join(','));
  if (answers.signs.length > 0) params.set(SIGNS_PARAM, answers.signs.join(','));
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
