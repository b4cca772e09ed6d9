// The components an article's MDX may use, by the names src/lib/markdown/article-components.ts
// allows; the article page passes them to the compiled body.
import CheckYourSigns from './CheckYourSigns.astro';
import NerveFigure from './NerveFigure.astro';

/** Components for `<Content components={articleComponents} />`. */
export const articleComponents = { NerveFigure, CheckYourSigns };
