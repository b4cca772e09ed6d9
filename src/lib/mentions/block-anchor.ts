// Stable anchors for paragraphs: "p-" and the slug of the paragraph's first words. The same
// function names paragraphs in the mention index and in the rendered article, so a link to a
// passage lands on it; it stays the same when other paragraphs are added or moved.
import GithubSlugger from 'github-slugger';

const WORDS = 6;

/** A new anchor namer for one document (repeated openings get -1, -2… as headings do). */
export function anchorNamer(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(`p ${text.trim().split(/\s+/).slice(0, WORDS).join(' ')}`);
}
