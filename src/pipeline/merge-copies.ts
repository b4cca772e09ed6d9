// Step 4c: merges a group of copies into one canonical article. The clean source with the
// fullest structure gives the body; each garbled copy is de-scrambled against it, and what
// only the garbled copy had (emphasis, frontmatter metadata) is carried over.
import { carryMarks } from './carry-marks.ts';
import { descramble } from './descramble.ts';
import { garbleScore, isGarbled } from './garble-score.ts';
import { ImportError } from './import-error.ts';
import { treeWords, type Mark } from './tree-words.ts';
import type { CanonicalArticle, FoundMetadata, ParsedSource, RestorationReport } from './types.ts';

/** Merges copies (in manifest order) into one article and reports each restoration. */
export function mergeCopies(copies: readonly ParsedSource[]): { article: CanonicalArticle; restorations: RestorationReport[] } {
  const scored = copies.map((source) => ({ source, words: treeWords(source.tree) }))
    .map((c) => ({ ...c, score: garbleScore(c.words.map((w) => w.word)) }));
  const clean = scored.filter((c) => !isGarbled(c.score));
  const garbled = scored.filter((c) => isGarbled(c.score));
  if (clean.length === 0) {
    const named = garbled.map((g) => `${g.source.file} (garble score ${g.score})`).join(', ');
    throw new ImportError(garbled[0]!.source.file, `garbled text with no clean twin to restore it from: ${named}; it is not published`);
  }
  const base = clean[0]!;
  const restorations: RestorationReport[] = [];
  let metadata: FoundMetadata = { ...base.source.metadata };
  for (const copy of garbled) {
    const result = descramble(copy.words.map((w) => w.word), base.words.map((w) => w.word));
    const marks = new Map<number, ReadonlySet<Mark>>();
    copy.words.forEach((word, i) => {
      const target = result.cleanIndex[i];
      if (word.marks.size > 0 && target !== null && target !== undefined) marks.set(target, word.marks);
    });
    const emphasisCarried = carryMarks(base.source.tree, base.words, marks);
    restorations.push({
      garbled: copy.source.id,
      twin: base.source.id,
      garbleScore: copy.score,
      tokensCompared: result.tokensCompared,
      wordsRestored: result.restorations.length,
      restorations: result.restorations,
      unresolved: result.unresolved,
      emphasisCarried,
    });
    // Metadata written as fields (frontmatter) is more reliable than what we infer from text.
    metadata = { ...metadata, ...copy.source.metadata };
  }
  for (const other of clean.slice(1)) metadata = { ...other.source.metadata, ...metadata };
  return {
    article: {
      sources: [base.source.id, ...copies.filter((c) => c !== base.source).map((c) => c.id)],
      tree: base.source.tree,
      metadata,
    },
    restorations,
  };
}
