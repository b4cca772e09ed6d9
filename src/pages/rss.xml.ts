// The articles as an RSS feed, newest review first; feed readers want recent items, so the
// feed keeps the latest 50 however many articles there are.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_QUESTION } from '../consts.ts';
import { getArticles } from '../lib/articles/articles.ts';
import { articleHref, href } from '../lib/site/urls.ts';

/** How many articles the feed carries. */
const FEED_ITEMS = 50;

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getArticles()).sort((a, b) => b.data.reviewed.getTime() - a.data.reviewed.getTime() || a.id.localeCompare(b.id));
  return rss({
    title: `${SITE_NAME}: articles`,
    description: SITE_QUESTION,
    site: new URL(href('/'), site),
    items: articles.slice(0, FEED_ITEMS).map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: articleHref(a.id),
      pubDate: a.data.reviewed,
    })),
    customData: '<language>en-gb</language>',
  });
};
