// Reads the topics' frontmatter straight from content/topics/ for code that runs outside the
// content collections (the article renderer, the preview-image worker). The collection's
// schema still validates every file during the build.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../content/frontmatter.ts';
import type { TopicKind } from './topic-kinds.ts';

/** What the Markdown plugins need of a topic. */
export interface TopicLinkTarget {
  id: string;
  kind: TopicKind;
  title: string;
  aliases: string[];
}

/** Every topic file's id, kind, title and aliases. */
export function readTopicFiles(dir: string): TopicLinkTarget[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const data = readFrontmatter(join(dir, file)) as { kind: TopicKind; title: string; aliases?: string[] };
      return { id: file.replace(/\.md$/, ''), kind: data.kind, title: data.title, aliases: data.aliases ?? [] };
    });
}
