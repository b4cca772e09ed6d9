// Composes the import steps: raw sources in, MDX articles and a report out. Pure: no I/O.
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { articleFrontmatterSchema } from './article-frontmatter.ts';
import { describe } from './describe.ts';
import { assertCompiles, printMdx, type ArticleFrontmatter } from './emit-mdx.ts';
import { extractAttribution } from './extract-attribution.ts';
import { extractTitle } from './extract-title.ts';
import { attachParts, bestContainer, contentWords, findCopies, type CopyComparison } from './find-copies.ts';
import { garbleEvidence } from './garble-score.ts';
import { forSource, ImportError } from './import-error.ts';
import { insertComponents, type ComponentPlacement, type PlacedComponent } from './insert-components.ts';
import { languageEvidence } from './language-check.ts';
import { mergeCopies, sourceReadsGarbled } from './merge-copies.ts';
import { normalizeHeadings } from './normalize-headings.ts';
import { normalizeTypography } from './normalize-typography.ts';
import { preserveEdits } from './preserve-edits.ts';
import { verifySource } from './read-manifest.ts';
import { readSource } from './read-source.ts';
import { removeBoilerplate } from './remove-boilerplate.ts';
import { findProperNouns, sentenceCase } from './sentence-case.ts';
import { treeWords } from './tree-words.ts';
import type { RestorationReport, Removal, SourceManifestEntry } from './types.ts';

/** A raw source file with its manifest entry. */
export interface RawSource {
  entry: SourceManifestEntry;
  bytes: Uint8Array;
}

/** Everything the import found and did, written to content/import-report.json. */
export interface ImportReport {
  sources: { id: string; file: string; format: string; garbleScore: number; languageScore: number; wordsOutOfPlace: number; article: string }[];
  comparisons: CopyComparison[];
  restorations: RestorationReport[];
  removals: Removal[];
  articles: { slug: string; title: string; sources: string[]; redirectFrom: string[]; components: PlacedComponent[] }[];
}

/** The import's output: article files by slug, and the report. */
export interface ImportResult {
  articles: Map<string, string>;
  report: ImportReport;
}

/**
 * Runs the whole import. `committed` maps slug → the MDX now on disk (for hand edits);
 * `placement` names the sign topics, for the components placed in the articles.
 */
export async function runImport(raw: readonly RawSource[], committed: ReadonlyMap<string, string>, placement: ComponentPlacement = { signs: [] }): Promise<ImportResult> {
  const entries = new Map(raw.map((r) => [r.entry.id, r.entry]));
  const parsed = raw.map(({ entry, bytes }) =>
    forSource(entry.file, () => {
      verifySource(entry, bytes);
      return { ...readSource(entry.id, entry.file, decode(entry.file, bytes)), textChecked: entry.textChecked !== undefined };
    }),
  );
  const scores = new Map(parsed.map((p) => [p.id, garbleEvidence(p.tree)]));
  const language = new Map(parsed.map((p) => [p.id, languageEvidence(p.tree)]));
  const clean = new Set(parsed.filter((p) => !sourceReadsGarbled(p, treeWords(p.tree), scores.get(p.id)!, language.get(p.id)!)).map((p) => p.id));
  const removals: Removal[] = parsed.flatMap((p) => p.removals);
  const byId = new Map(parsed.map((p) => [p.id, p]));
  const docs = parsed.map((p) => ({ id: p.id, words: treeWords(p.tree).map((w) => w.word) }));
  const found = findCopies(docs);
  const { comparisons } = found;
  const garbledIds = new Set(parsed.map((p) => p.id).filter((id) => !clean.has(id)));
  const groups = attachParts(found.groups, docs, garbledIds);
  const sets = new Map(docs.map((d) => [d.id, contentWords(d.words)]));

  const restorations: RestorationReport[] = [];
  const cleaned = groups.map((group) => forSource(byId.get(group[0]!)!.file, () => {
    // Proper nouns are learnt from this article's own clean copies only, so that importing
    // one source never re-cases another article's headings.
    const evidence = group.filter((id) => clean.has(id)).flatMap((id) => paragraphs(byId.get(id)!.tree));
    const merged = mergeCopies(group.map((id) => byId.get(id)!), group.length === 1 ? bestContainer(group[0]!, sets, garbledIds) : undefined);
    restorations.push(...merged.restorations);
    const { article } = merged;
    const body = entries.get(article.sources[0]!)!;
    const attribution = extractAttribution(body.id, article.tree);
    const ownRemovals = [...attribution.removals, ...removeBoilerplate(body.id, article.tree)];
    const known = [byId.get(body.id)!.metadata.title, ...group.map((id) => entries.get(id)!.title)];
    const titleLine = extractTitle(body.id, article.tree, known);
    ownRemovals.push(...titleLine.removals);
    removals.push(...ownRemovals);
    const metadata = { ...attribution.metadata, ...article.metadata };
    // The manifest title of the copy that gave the body wins: an editor wrote it from the
    // published page, while a damaged copy's own metadata may be damaged too.
    const title = body.title;
    const otherTitles = [titleLine.title, metadata.title, ...group.map((id) => entries.get(id)!.title)].filter(
      (t): t is string => t !== undefined && t !== title,
    );
    const properNouns = findProperNouns([...evidence, ...ownRemovals.map((r) => r.text)]);
    return { article, body, metadata, title, otherTitles, properNouns };
  }));

  const slugger = new GithubSlugger();
  const articles = new Map<string, string>();
  const reportArticles: ImportReport['articles'] = [];
  for (const { article, body, metadata, title, otherTitles, properNouns } of cleaned) {
    const tree: Root = normalizeTypography(article.tree);
    normalizeHeadings(tree, properNouns);
    const components = insertComponents(tree, placement);
    const casedTitle = sentenceCase(title, properNouns);
    const slug = slugger.slug(casedTitle);
    const redirectFrom = [...new Set(otherTitles.map((t) => new GithubSlugger().slug(t)))].filter((s) => s !== slug);
    const generated: ArticleFrontmatter = {
      title: casedTitle,
      description: describe(tree),
      sources: article.sources,
      publisher: metadata.publisher ?? body.publisher,
      author: metadata.author ?? body.author,
      editor: metadata.editor ?? body.editor,
      published: metadata.date ?? body.date,
      reviewed: body.reviewed,
      redirectFrom,
    };
    const frontmatter = preserveEdits(generated, committed.get(slug));
    checkFrontmatter(body.file, slug, frontmatter);
    const mdx = printMdx(frontmatter, tree);
    await assertCompiles(body.file, mdx);
    articles.set(slug, mdx);
    reportArticles.push({ slug, title: casedTitle, sources: article.sources, redirectFrom, components });
  }

  return {
    articles,
    report: {
      sources: parsed.map((p) => ({
        id: p.id,
        file: p.file,
        format: p.format,
        garbleScore: scores.get(p.id)!.score,
        languageScore: language.get(p.id)!.score,
        wordsOutOfPlace: language.get(p.id)!.implausible.length,
        article: reportArticles.find((a) => a.sources.includes(p.id))!.slug,
      })),
      comparisons,
      restorations,
      removals,
      articles: reportArticles,
    },
  };
}

// The build's own schema: a field it would reject stops the import here instead.
function checkFrontmatter(file: string, slug: string, frontmatter: ArticleFrontmatter): void {
  const parsed = articleFrontmatterSchema.safeParse(frontmatter);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  throw new ImportError(
    file,
    `the article it makes (content/articles/${slug}.mdx) would not build: field "${field}": ${issue.message} (${JSON.stringify((frontmatter as Record<string, unknown>)[String(issue.path[0])])})`,
    field === 'description' ? 'the source needs a first paragraph of article text; if its text was removed as chrome, check the report, or write a description in the committed .mdx (a re-import keeps it)' : 'correct the source\'s entry in content/sources/sources.yaml',
  );
}

function decode(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(file, 'the file is not valid UTF-8 text', 'save the page as UTF-8 text and record its new sha256 in content/sources/sources.yaml');
  }
}

function paragraphs(tree: Root): string[] {
  return tree.children.filter((n) => n.type === 'paragraph').map((n) => toString(n));
}

