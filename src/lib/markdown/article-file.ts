// Which Markdown files are imported articles (the cross-linking plugins touch only those).
import type { VFile } from 'vfile';

/** True for files under content/articles/. */
export function isArticleFile(file: VFile): boolean {
  return /[\\/]content[\\/]articles[\\/]/.test(file.path ?? '');
}
