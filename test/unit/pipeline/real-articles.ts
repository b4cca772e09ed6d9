// Loads the real article fixtures (test/fixtures/real-articles/): real web pages' text with
// its address, and for pages with chrome, the list of chrome lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../fixtures/real-articles');

/** One real page: its address, the title an editor would enter, its text and chrome lines. */
export interface RealArticle {
  name: string;
  url: string;
  title: string;
  text: string;
  chrome: { line: string; added: boolean }[];
}

/** Every fixture of one folder ("clean", "chrome" or "fresh"), in name order. */
export function realArticles(folder: 'clean' | 'chrome' | 'fresh'): RealArticle[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const name = file.replace(/\.txt$/, '');
    const raw = readFileSync(join(dir, file), 'utf8');
    const [head, text] = [raw.slice(0, raw.indexOf('\n\n')), raw.slice(raw.indexOf('\n\n') + 2)];
    const field = (key: string) => new RegExp(`^${key}: (.+)$`, 'm').exec(head)?.[1];
    const chromeFile = join(dir, `${name}.chrome`);
    const chrome = folder === 'chrome' ? readFileSync(chromeFile, 'utf8').split('\n').filter(Boolean).map((l) => ({ line: l.replace(/^(?:real|added): /, ''), added: l.startsWith('added: ') })) : [];
    // Without a title field, the page's first line is what an editor copies as the title,
    // unless it is a sentence; then the file name stands in.
    const first = text.split('\n')[0]!.trim();
    const title = field('Title') ?? (first.split(/\s+/).length <= 14 && !/[.!]$/.test(first) ? first : name.replace(/-/g, ' '));
    return { name, url: field('Source')!, title, text, chrome };
  });
}

/** Every real page's article text (the chrome pages included): the false-refusal set. The
 * fresh pages are not in it: they are the check's unseen test set (language-check-fresh.test.ts). */
export function allRealArticles(): RealArticle[] {
  return [...realArticles('clean'), ...realArticles('chrome')];
}
