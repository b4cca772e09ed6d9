// Reads the topics' frontmatter straight from content/topics/ for code that runs before the
// content collections exist (the Markdown plugins configured in astro.config.mjs). The
// collection's schema still validates every file during the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
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
      const text = readFileSync(join(dir, file), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      if (!yaml) throw new Error(`content/topics/${file}: no frontmatter`);
      const data = parseYaml(yaml) as { kind: TopicKind; title: string; aliases?: string[] };
      return { id: file.replace(/\.md$/, ''), kind: data.kind, title: data.title, aliases: data.aliases ?? [] };
    });
}
