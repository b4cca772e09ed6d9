// `npm run import` — reads content/sources/, writes content/articles/*.mdx and
// content/import-report.json. With --check it writes nothing and fails when the committed
// files differ from what the import produces. All files are built in memory first, so a
// failure never leaves a half-written article.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTopicFiles } from '../lib/topics/read-topic-files.ts';
import { ImportError } from './import-error.ts';
import { importSummary } from './import-summary.ts';
import { readManifest } from './read-manifest.ts';
import { runImport } from './run-import.ts';
import { sourcePath } from './source-path.ts';

// --root DIR runs the import on another project folder (used by the CLI's own tests).
const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? resolve(process.argv[rootFlag + 1] ?? '.') : resolve(import.meta.dirname, '../..');
const sourcesDir = join(root, 'content/sources');
const articlesDir = join(root, 'content/articles');
const reportFile = join(root, 'content/import-report.json');
const check = process.argv.includes('--check');

async function main(): Promise<number> {
  const manifest = readManifest('content/sources/sources.yaml', readFileSync(join(sourcesDir, 'sources.yaml'), 'utf8'));
  const raw = manifest.map((entry) => ({ entry, bytes: readFileSync(sourcePath(sourcesDir, entry.file)) }));
  const committedFiles = existsSync(articlesDir) ? readdirSync(articlesDir).filter((f) => f.endsWith('.mdx')) : [];
  const committed = new Map(committedFiles.map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(articlesDir, f), 'utf8')]));
  const signs = readTopicFiles(join(root, 'content/topics')).filter((t) => t.kind === 'sign').map((t) => ({ id: t.id, terms: [t.title, ...t.aliases] }));
  const { articles, report } = await runImport(raw, committed, { signs });
  const wanted = new Map([...articles].map(([slug, mdx]) => [join(articlesDir, `${slug}.mdx`), mdx]));
  wanted.set(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const stale = committedFiles.map((f) => join(articlesDir, f)).filter((path) => !wanted.has(path));

  if (check) {
    const differ = [...wanted].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p);
    const problems = [...differ.map((p) => `differs from the import: ${rel(p)}`), ...stale.map((p) => `not produced by the import: ${rel(p)}`)];
    if (problems.length > 0) {
      console.error(`import --check failed; run \`npm run import\` and commit the result:\n  ${problems.join('\n  ')}`);
      return 1;
    }
    console.log(`import --check: ${articles.size} articles and the report match the sources`);
    return 0;
  }
  const changed = [...articles].filter(([slug, mdx]) => committed.has(slug) && committed.get(slug) !== mdx).map(([slug]) => slug);
  const added = [...articles.keys()].filter((slug) => !committed.has(slug));
  mkdirSync(articlesDir, { recursive: true });
  for (const [path, text] of wanted) {
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  }
  for (const path of stale) rmSync(path);
  console.log(importSummary(report, changed, added).join('\n'));
  return 0;
}

function rel(path: string): string {
  return path.slice(root.length + 1);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ImportError ? `import failed: ${error.message}` : error);
    process.exit(1);
  },
);
