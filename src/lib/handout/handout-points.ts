// What a topic's one-page handout says, chosen from the topic's own Markdown body (no second
// copy of any text): 3 to 6 key points and up to 5 things you can do, each a whole sentence of
// the page with its citations. The sentences stay in the page's order.
import { withoutCitations } from '../citations/citation-keys.ts';
import { splitSentences } from '../mentions/sentences.ts';

/** The sentences a handout prints, each as written in the body (citations included). */
export interface HandoutPoints {
  /** What the page says, in 3 to 6 sentences. */
  keyPoints: string[];
  /** What the reader can do: the sentences of the page's self-care and "getting it checked" sections. */
  canDo: string[];
}

/** The most key points a handout prints: with the care card and the notes, one A4 page. */
export const MAX_KEY_POINTS = 6;
/** The most "what you can do" sentences. */
export const MAX_CAN_DO = 5;
/** The most words of each list, after its first three sentences: long sentences make fewer points. */
export const MAX_WORDS = 75;

// Sections that say what the reader can do rather than what the problem is.
const CAN_DO_HEADING = /^(what helps|what to do|looking after|getting better|when to stop|getting it checked|how it is found and treated)\b/i;
interface Section {
  heading: string | undefined;
  sentences: string[];
}

/** The body's sections (the text before the first heading is one too), as sentences. */
function sections(body: string): Section[] {
  const out: Section[] = [{ heading: undefined, sentences: [] }];
  const paragraphs: string[][] = [[]];
  for (const line of body.split('\n')) {
    const heading = /^#{2,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push({ heading: heading[1]!.trim(), sentences: [] });
      paragraphs.push([]);
    } else {
      paragraphs.at(-1)!.push(line);
    }
  }
  // Lines of one paragraph are one text: a sentence may run over a line break.
  paragraphs.forEach((lines, i) => {
    for (const paragraph of lines.join('\n').split(/\n\s*\n/)) out[i]!.sentences.push(...splitSentences(paragraph.replace(/\s*\n\s*/g, ' ')).map((s) => s.text));
  });
  return out.filter((s) => s.sentences.length > 0);
}

/** Up to `max` sentences: the first of each section, then the second of each, and so on, printed in page order.
 * Why from the first on: a sentence that leans on the one before ("It says …") then never prints without it. */
function roundRobin(list: Section[], max: number): string[] {
  const taken = list.map(() => 0);
  let total = 0;
  let words = 0;
  let full = false;
  for (let round = 0; !full; round++) {
    let any = false;
    list.forEach((section, i) => {
      const next = section.sentences[round];
      if (full || next === undefined) return;
      const more = wordCount(next);
      // Why in order: a later section's sentence is never taken once an earlier one did not fit.
      if (total === max || (total >= 3 && words + more > MAX_WORDS)) return void (full = true);
      taken[i] = round + 1;
      total++;
      words += more;
      any = true;
    });
    if (!any) break;
  }
  return list.flatMap((section, i) => section.sentences.slice(0, taken[i]));
}

function wordCount(sentence: string): number {
  return withoutCitations(sentence).split(/\s+/).filter(Boolean).length;
}

/** The handout's sentences for a topic body. */
export function handoutPoints(body: string): HandoutPoints {
  const all = sections(body);
  const about = all.filter((s) => !s.heading || !CAN_DO_HEADING.test(s.heading));
  const canDo = all.filter((s) => s.heading && CAN_DO_HEADING.test(s.heading));
  return { keyPoints: roundRobin(about, MAX_KEY_POINTS), canDo: roundRobin(canDo, MAX_CAN_DO) };
}
