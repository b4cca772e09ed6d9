// Reads the topics' frontmatter straight from content/topics/ for code that runs outside the
// content collections (the article renderer, the preview-image process). The collection's
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
  /** Written from shared/reference alone (`writtenFrom: references`): articles neither link nor quote it. */
  fromReferences: boolean;
}

/** Every topic file's id, kind, title and aliases. */
export function readTopicFiles(dir: string): TopicLinkTarget[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const data = readFrontmatter(join(dir, file)) as { kind: TopicKind; title: string; aliases?: string[]; writtenFrom?: string };
      return { id: file.replace(/\.md$/, ''), kind: data.kind, title: data.title, aliases: data.aliases ?? [], fromReferences: data.writtenFrom === 'references' };
    });
}

/** The topics the articles' words are matched against: every topic but the reference pages. */
export function readArticleTopics(dir: string): TopicLinkTarget[] {
  return readTopicFiles(dir).filter((t) => !t.fromReferences);
}
