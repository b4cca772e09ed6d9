// Makes random clean articles for whole-pipeline property tests: prose with varied
// punctuation, numbers, abbreviations, URLs, lists, links and (sometimes) boilerplate the
// import must remove and report. Seeded, so every run makes the same articles.
import { random } from '../../support/seeded-random.ts';

const FUNCTION = 'the of and to a in is that it for on with as be or your can this are you not but from by at have was if when may also more than which'.split(' ');
const CONTENT = 'knee pain nerve lumbar spine femoral sciatic hamstring physiotherapist exercise stretching radiculopathy posture walking sitting numbness tingling weakness reflex muscle thigh buttock vertebra disc stenosis inflammation swelling stiffness treatment examination symptoms kneecap cartilage ligament tendon strength mobility assessment referral imaging'.split(' ');
const NAMES = 'Smith Patel Jones Okafor Nguyen Garcia'.split(' ');
const EXTRAS = [
  () => `${pick(['take', 'about'])} ${int(1, 9)}.${int(1, 9)} mg`,
  () => `${int(1, 9)},${int(100, 999)} people`,
  () => `${int(5, 95)}% of them`,
  () => `${pick(['e.g.', 'i.e.'])} ${pick(CONTENT)}`,
  () => `Dr. ${pick(NAMES)}`,
  () => `${pick(CONTENT)} vs. ${pick(CONTENT)}`,
  () => `L${int(1, 4)}–L${int(2, 5)}`,
  () => `(${pick(CONTENT)} ${pick(FUNCTION)} ${pick(CONTENT)})`,
  () => `“${pick(CONTENT)} ${pick(CONTENT)}”`,
  () => `https://example.org/${pick(CONTENT)}/${int(1, 99)}.html`,
  () => `${int(3, 6)} to ${int(7, 12)} weeks`,
];
const END = ['.', '.', '.', '!', '?'];
const BOILERPLATE_SENTENCE = () => `Take a look at this video from Dr. ${pick(NAMES)} on e.g. ${pick(CONTENT)}.`;
const BOILERPLATE_LINE = ['Was this page helpful?', 'Skip to Content', 'Subscribe to our newsletter'];

let next = random(1);
const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** A block of an article model. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; sentences: string[] }
  | { kind: 'list'; items: string[] };

/** A random article: a title and blocks, each rendered the same way in both formats. */
export interface ArticleModel {
  title: string;
  blocks: Block[];
}

// Pseudo-words of six letters or more make each article's content words its own.
function coined(): string {
  const syllables = ['vel', 'mor', 'tan', 'quin', 'dra', 'sel', 'bor', 'lin', 'kas', 'ter'];
  return Array.from({ length: 3 }, () => pick(syllables)).join('');
}

function sentence(own: readonly string[], terse: boolean): string {
  const length = int(6, 16);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = next();
    if (!terse && r < 0.4) words.push(pick(FUNCTION));
    else if (r < 0.7) words.push(pick(CONTENT));
    else if (r < 0.85) words.push(pick(own));
    else words.push(EXTRAS[int(0, EXTRAS.length - 1)]!());
    if (next() < 0.08 && i < length - 1) words[words.length - 1] += pick([',', ';', ':']);
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${pick(END)}`;
}

function titleCase(words: readonly string[]): string {
  return words.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`).join(' ');
}

/** A random clean article. `boilerplate` adds sentences and lines the import must remove. */
export function randomArticle(seed: number, options: { paragraphs?: number; boilerplate?: boolean; terse?: boolean } = {}): ArticleModel {
  next = random(seed);
  const own = Array.from({ length: 12 }, coined);
  const blocks: Block[] = [];
  const count = options.paragraphs ?? int(3, 8);
  for (let p = 0; p < count; p++) {
    if (next() < 0.3) blocks.push({ kind: 'heading', text: titleCase([pick(CONTENT), pick(own), pick(CONTENT)]) });
    if (next() < 0.25) {
      blocks.push({ kind: 'list', items: Array.from({ length: int(2, 5) }, () => `${titleCase([pick(CONTENT)])} ${pick(own)}: ${pick(CONTENT)} ${pick(CONTENT)}`) });
      continue;
    }
    const sentences = Array.from({ length: int(1, 5) }, () => sentence(own, options.terse ?? false));
    if (options.boilerplate && next() < 0.3) sentences.splice(int(0, sentences.length), 0, BOILERPLATE_SENTENCE());
    blocks.push({ kind: 'paragraph', sentences });
  }
  if (options.boilerplate) blocks.push({ kind: 'paragraph', sentences: [pick(BOILERPLATE_LINE)] });
  return { title: titleCase([pick(CONTENT), pick(own), pick(CONTENT), pick(CONTENT)]), blocks };
}

/** The article as a plain-text source: title line, bare-line headings, • bullets. */
export function toPlainText(article: ArticleModel): string {
  const lines = [article.title, ''];
  for (const block of article.blocks) {
    if (block.kind === 'heading') lines.push(block.text, '');
    else if (block.kind === 'paragraph') lines.push(block.sentences.join(' '), '');
    else lines.push(...block.items.map((item) => `  • ${item}`), '');
  }
  return lines.join('\n');
}

/**
 * The article as frontmatter + HTML. Every third URL becomes a link around its sentence's
 * first word; `unsafe` links (protocol-relative, javascript:) keep their text only.
 */
export function toHtml(article: ArticleModel, seed: number): string {
  next = random(seed);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const linked = (text: string) =>
    escape(text).replace(/^(\S+)/, (word) => {
      const r = next();
      if (r < 0.2) return `<a href="https://example.org/${int(1, 99)}">${word}</a>`;
      if (r < 0.3) return `<a href="${pick(['//evil.example/x', 'javascript:alert(1)', '/\\evil.example'])}">${word}</a>`;
      if (r < 0.4) return `<em>${word}</em>`;
      return word;
    });
  const html = article.blocks.map((block) => {
    if (block.kind === 'heading') return `<h2>${escape(block.text)}</h2>`;
    if (block.kind === 'paragraph') return `<p>${block.sentences.map(linked).join(' ')}</p>`;
    return `<ul>${block.items.map((item) => `<li>${linked(item)}</li>`).join('')}</ul>`;
  });
  return `---\ntitle: ${JSON.stringify(article.title)}\n---\n${html.join('\n')}\n`;
}

/** Every word of the article as a reader sees it, title first. */
export function articleText(article: ArticleModel): string {
  return [article.title, ...article.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind === 'paragraph' ? b.sentences.join(' ') : b.items.join(' ')))].join('\n');
}
