// Step 4c: merges a group of copies into one canonical article. The copy with the least sign
// of garbling gives the body, whatever the manifest order; every other copy is de-scrambled
// against it, and what only that copy had (emphasis, frontmatter metadata) is carried over.
// Text that only a garbled copy has cannot be restored from the twin: the import stops.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { AlignmentTooLarge } from './align-tokens.ts';
import { carryMarks } from './carry-marks.ts';
import { descramble, type Descrambled } from './descramble.ts';
import { COMMON_FUNCTION_WORDS } from './function-words.ts';
import { evidenceOf, garbleEvidence, isGarbled, type GarbleEvidence } from './garble-score.ts';
import { ImportError } from './import-error.ts';
import { languageEvidence, readsGarbled, type LanguageEvidence } from './language-check.ts';
import { treeWords, type Mark, type TreeWord } from './tree-words.ts';
import type { CanonicalArticle, FoundMetadata, ParsedSource, RestorationReport } from './types.ts';

interface Copy {
  source: ParsedSource;
  words: TreeWord[];
  evidence: GarbleEvidence;
  language: LanguageEvidence;
  garbled: boolean;
  common: number;
}

/** Whether a source reads as garbled: words that are no English word, or short words out of place. */
export function sourceReadsGarbled(source: ParsedSource, words: readonly TreeWord[], evidence: GarbleEvidence, language: LanguageEvidence): boolean {
  return isGarbled(evidence, words.length) || (!source.textChecked && readsGarbled(language));
}

/** Merges copies (in manifest order) into one article and reports each restoration. */
export function mergeCopies(copies: readonly ParsedSource[], closest?: { id: string; share: number }): { article: CanonicalArticle; restorations: RestorationReport[] } {
  const scored: Copy[] = copies.map((source) => {
    const words = treeWords(source.tree);
    const evidence = evidenceOf(words);
    const language = languageEvidence(source.tree);
    const common = words.filter((w) => COMMON_FUNCTION_WORDS.has(w.word)).length / Math.max(1, words.length);
    return { source, words, evidence, language, garbled: sourceReadsGarbled(source, words, evidence, language), common };
  });
  // The base is chosen by the text alone, never by manifest order: fewest stray words, then
  // the lowest language score (short words out of place, weighed), then the most common
  // function words (which garbling replaces), then the id.
  const base = [...scored].sort((a, b) =>
    a.evidence.strayWords.length - b.evidence.strayWords.length ||
    a.language.score - b.language.score ||
    b.common - a.common ||
    (a.source.id < b.source.id ? -1 : 1),
  )[0]!;
  if (base.garbled) refuseGarbled(scored, closest);
  const restorations: RestorationReport[] = [];
  let metadata: FoundMetadata = { ...base.source.metadata };
  for (const copy of scored.filter((c) => c !== base)) {
    const result = restore(copy, base);
    const marks = new Map<number, ReadonlySet<Mark>>();
    copy.words.forEach((word, i) => {
      const target = result.cleanIndex[i];
      if (word.marks.size > 0 && target !== null && target !== undefined) marks.set(target, word.marks);
    });
    const emphasisCarried = carryMarks(base.source.tree, base.words, marks);
    restorations.push({
      garbled: copy.source.id,
      twin: base.source.id,
      garbleScore: Math.round((result.restorations.length / Math.max(1, result.tokensCompared)) * 1000) / 1000,
      tokensCompared: result.tokensCompared,
      wordsRestored: result.restorations.length,
      restorations: result.restorations,
      unresolved: result.unresolved,
      emphasisCarried,
    });
    // Metadata written as fields (frontmatter) is more reliable than what we infer from text,
    // unless garbling reached it too.
    metadata = copy.garbled ? { ...metadata, ...ungarbled(copy.source.metadata) } : { ...copy.source.metadata, ...metadata };
  }
  return {
    article: {
      sources: [base.source.id, ...copies.filter((c) => c !== base.source).map((c) => c.id)],
      tree: base.source.tree,
      metadata,
    },
    restorations,
  };
}

// De-scrambles one copy against the base; text the base lacks stops the import.
function restore(copy: Copy, base: Copy): Descrambled {
  let result: Descrambled;
  try {
    result = descramble(copy.words.map((w) => w.word), base.words.map((w) => w.word));
  } catch (error) {
    if (!(error instanceof AlignmentTooLarge)) throw error;
    throw new ImportError(copy.source.file, `cannot be aligned with its twin ${base.source.file}: ${error.message}`, 'check that the two files are copies of the same page; if they are not, they should not share most of their words');
  }
  if (result.unresolved.length > 0) {
    // Point at the block with the most words the twin lacks.
    const counts = new Map<RootContent, number>();
    result.restored.forEach((word, i) => {
      if (word === null) counts.set(copy.words[i]!.block, (counts.get(copy.words[i]!.block) ?? 0) + 1);
    });
    const [block] = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best));
    const text = toString(block).replace(/\s+/g, ' ').trim();
    throw new ImportError(
      copy.source.file,
      `this ${copy.garbled ? 'garbled copy' : 'copy'} has text that its twin ${base.source.file} lacks, so it cannot be checked or restored: “${text.length > 160 ? `${text.slice(0, 160)}…` : text}” (${result.unresolved.length === 1 ? `1 word: “${result.unresolved[0]}”` : `${result.unresolved.length} words in all`})`,
      'add a clean copy of the page that has this text, or leave this copy out of content/sources/sources.yaml',
      lineOf(block),
    );
  }
  return result;
}

function refuseGarbled(copies: readonly Copy[], closest: { id: string; share: number } | undefined): never {
  const named = copies.map((c) => {
    const stray = c.evidence.strayWords.length > 0 ? `words that are no English word: ${[...new Set(c.evidence.strayWords)].slice(0, 8).join(', ')}; ` : '';
    const places = c.language.implausible.slice(0, 4).map((p) => `${p.line ?? '?'}: “${p.phrase}”`).join(', ');
    return `${c.source.file} (garble score ${c.evidence.score}; ${stray}${c.language.implausible.length} of ${c.language.weighed} short words out of place, e.g. line ${places})`;
  }).join('; ');
  const first = copies[0]!;
  throw new ImportError(
    first.source.file,
    `garbled text with no clean twin to restore it from, so it is not published: ${named}${closest ? `. The closest source is ${closest.id} (${Math.round(closest.share * 100)} % of this one's content words are in it; a copy needs 80 %)` : ''}`,
    'add a clean copy of the same page to content/sources/ and sources.yaml, or leave this one out; if an editor has read it against the page and it is as published, add `textChecked: YYYY-MM-DD` to its entry',
    first.language.implausible[0]?.line,
  );
}

// The fields of a garbled copy's metadata that show no sign of garbling.
function ungarbled(metadata: FoundMetadata): FoundMetadata {
  const clean = ([, value]: [string, string | undefined]) =>
    value !== undefined && garbleEvidence({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }).strayWords.length === 0;
  return Object.fromEntries(Object.entries(metadata).filter(clean)) as FoundMetadata;
}

function lineOf(block: RootContent): number | undefined {
  return block.position?.start.line;
}
