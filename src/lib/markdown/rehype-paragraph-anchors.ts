// Rehype plugin: gives every paragraph of an article a stable id ("p-" + its first words), so
// a topic page can link to the exact passage it quotes.
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { anchorNamer } from '../mentions/block-anchor.ts';
import { isArticleFile } from './article-file.ts';
import { hastBlocks } from './hast-blocks.ts';

/** Adds ids to article paragraphs. */
export default function rehypeParagraphAnchors() {
  return (tree: Root, file: VFile) => {
    if (!isArticleFile(file)) return;
    const name = anchorNamer();
    for (const block of hastBlocks(tree)) block.properties.id ??= name(toString(block));
  };
}
