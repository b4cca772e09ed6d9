// The rules every warning sign must keep, checked when the list is loaded, so a sign with no
// care level, no wording or a source that resolves to nothing stops the build.

/** What the check needs to know of a sign. */
export interface CheckableSign {
  id: string;
  level: string;
  text: string;
  meaning: string;
  sources: readonly string[];
}

/** Problems with a list of signs, each naming the file and the sign. */
export function warningSignProblems(signs: readonly CheckableSign[], levels: readonly string[], isReference: (id: string) => boolean): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, sign] of signs.entries()) {
    const name = `src/data/warning-signs.ts: sign ${sign.id ? `"${sign.id}"` : `#${index + 1}`}`;
    if (!/^[a-z0-9-]{1,60}$/.test(sign.id ?? '')) problems.push(`${name} needs an id of lower-case letters, digits and hyphens`);
    if (seen.has(sign.id)) problems.push(`${name} is listed twice`);
    seen.add(sign.id);
    if (!levels.includes(sign.level)) problems.push(`${name} has no care level (one of ${levels.join(', ')}), got "${sign.level}"`);
    if (!sign.text?.trim()) problems.push(`${name} has no wording`);
    if (!sign.meaning?.trim()) problems.push(`${name} does not say what it can mean`);
    if (!sign.sources || sign.sources.length === 0) problems.push(`${name} has no source`);
    for (const id of sign.sources ?? []) if (!isReference(id)) problems.push(`${name} cites "${id}", which is not in src/data/references.ts`);
  }
  return problems;
}

/** Returns the signs unchanged, or throws listing every problem. */
export function checkWarningSigns<T extends CheckableSign>(signs: T[], levels: readonly string[], isReference: (id: string) => boolean): T[] {
  const problems = warningSignProblems(signs, levels, isReference);
  if (problems.length > 0) throw new Error(`Warning signs are not safe to publish:\n${problems.join('\n')}`);
  return signs;
}
