// The success summary `npm run import` prints: what merged, what was restored, what was
// removed (by kind), which sources scored near a garbling threshold, and which articles that
// were already committed changed (so an editor sees at once whether an import touched more
// than the source they added).
import { GARBLED_SCORE } from './language-check.ts';
import type { ImportReport } from './run-import.ts';

// A clean source whose score is past this share of the refusal threshold is worth a look.
const NEAR = 0.6;

/** The summary lines; `changed` lists committed articles whose text the import changed. */
export function importSummary(report: ImportReport, changed: readonly string[], added: readonly string[]): string[] {
  const lines = [`imported ${report.sources.length} sources into ${report.articles.length} articles`];
  for (const article of report.articles.filter((a) => a.sources.length > 1)) lines.push(`  merged: ${article.sources.join(' + ')} → ${article.slug} (body from ${article.sources[0]})`);
  for (const r of report.restorations) lines.push(`  restored: ${r.garbled} from ${r.twin}, ${r.wordsRestored} words`);
  const kinds = new Map<string, number>();
  for (const removal of report.removals) kinds.set(removal.reason, (kinds.get(removal.reason) ?? 0) + 1);
  for (const [reason, count] of kinds) lines.push(`  removed: ${count} × ${reason}`);
  const restoredIds = new Set(report.restorations.map((r) => r.garbled));
  for (const s of report.sources.filter((s) => !restoredIds.has(s.id))) {
    if (s.languageScore > GARBLED_SCORE * NEAR) {
      lines.push(`  near the garbling threshold: ${s.file} (${s.wordsOutOfPlace} short words out of place, score ${s.languageScore}; refused from ${GARBLED_SCORE}): read it against the page`);
    }
  }
  lines.push(changed.length === 0 ? '  no other article changed' : `  changed articles already committed: ${changed.join(', ')}`);
  if (added.length > 0) lines.push(`  new articles: ${added.join(', ')}`);
  return lines;
}
