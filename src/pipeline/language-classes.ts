// The word classes of the language check's model (language-model.json, built by
// scripts/train-language-model.ts). Closed-class words, the ones garbling swaps, keep their own
// identity; every other word is reduced to its part of speech, so that a medical text's
// vocabulary, which no general corpus has, still reads as ordinary English.

/** Function words: each is its own class. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along already also although always am among an and another any anyone
  anything are around as at away be because been before being below between both but by can cannot could did do does doing done
  down during each either else enough even ever every few for from further had has have having he her here hers
  herself him himself his how however i if in into is it its itself just least less like many may me might more most much must
  my myself near neither never no nor not now of off often on once one only onto or other others our ours out over own per quite
  rather same she should since so some such than that the their theirs them themselves then there these they this those though
  through thus to too toward towards under unless until up upon us very was we were what when where whether which while who whom
  whose why will with within without would yet you your yours yourself i've you're it's don't can't isn't doesn't won't that's
  there's`.split(/\s+/),
);

/** The common words garbling replaces, by length: the alternatives a suspicious word is weighed against. */
export const SWAPPABLE_WORDS: readonly string[] = `the of and to a in is it you that he was for on are with as his they be at one have this from or
  had by not but what some we can out other were all there when up use your how said an each she which do their if will way about
  many then them would like so these her him has more could go come did my no get may part over also just even only very back
  after our well been here any`.split(/\s+/);

/** Classes that are not words: the start and end of a sentence, a pause, a name, a number. */
export const START = '<s>';
export const END = '</s>';
export const PAUSE = ',';
export const NAME = 'P';
export const NUMBER = 'N';

/** Coarse part of speech of a Brown corpus tag. */
export function coarseTag(tag: string): string {
  if (tag.startsWith('np')) return NAME;
  if (tag.startsWith('nns')) return 'Ns';
  if (tag.startsWith('nn')) return 'Nn';
  if (tag.startsWith('vbg')) return 'G';
  if (/^vb[dn]/.test(tag)) return 'D';
  if (tag.startsWith('vbz')) return 'Z';
  if (tag.startsWith('vb')) return 'V';
  if (tag.startsWith('jj')) return 'J';
  if (tag.startsWith('rb')) return 'R';
  if (tag === 'cd') return NUMBER;
  // Every other tag (qualifiers, interjections, foreign words…) is one class.
  return 'W';
}
