// Renders an article body the way the site does (Sätteri, the article guard and hast plugin,
// as astro.config.mjs wires them) to static HTML, outside Astro, for unit tests. The allowed
// components render as marked stand-ins; `plain: true` renders without our plugins.
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { evaluate } from 'satteri';
import { articleGuard } from '../../src/lib/markdown/article-guard.ts';
import { ARTICLE_FEATURES } from '../../src/lib/markdown/article-features.ts';
import { articleHastPlugin } from '../../src/lib/markdown/article-hast-plugin.ts';
import type { TopicLinkTarget } from '../../src/lib/topics/read-topic-files.ts';

const standIn = (name: string) => (props: Record<string, string>) =>
  createElement('aside', { 'data-site-added': '' }, `${name}(${Object.entries(props).map(([k, v]) => `${k}=${v}`).join(' ')})`);

/** A renderer for the given topics and base path. */
export function articleRenderer(topics: readonly TopicLinkTarget[], base = '/') {
  const signIds = new Set(topics.filter((t) => t.kind === 'sign').map((t) => t.id));
  return async (body: string, { plain = false } = {}): Promise<string> => {
    const module = await evaluate(body, {
      ...runtime,
      features: ARTICLE_FEATURES,
      mdastPlugins: plain ? [] : [articleGuard({ signIds })],
      hastPlugins: plain ? [] : [articleHastPlugin({ topics, base })],
    } as never);
    const Content = (module as { default: (props: object) => unknown }).default as never;
    return renderToStaticMarkup(createElement(Content, { components: { NerveFigure: standIn('NerveFigure'), CheckYourSigns: standIn('CheckYourSigns') } }));
  };
}
