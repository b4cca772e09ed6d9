// Every internal link and #fragment in the built HTML leads somewhere that exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { builtPages, DIST, elements, type BuiltPage } from './built-site.ts';

const pages = builtPages();
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const ORIGIN = 'http://site.invalid';
const idsByPath = new Map(pages.map((p) => [p.path, new Set(collectIds(p))]));

function collectIds(page: BuiltPage): string[] {
  const ids: string[] = [];
  visit(page.tree, 'element', (node: Element) => {
    if (node.properties.id) ids.push(String(node.properties.id));
  });
  return ids;
}

/** The dist file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const inner = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
  if (inner === undefined) return undefined;
  const candidates = [join(DIST, inner), join(DIST, inner, 'index.html'), join(DIST, `${inner.replace(/\/$/, '')}.html`)];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
}

describe('internal links', () => {
  it.each(pages.map((p) => [p.path, p]))('on %s all resolve, fragments included', (_, page) => {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.path}`, ORIGIN);
    const broken: string[] = [];
    for (const link of [...elements(page.tree, 'a'), ...elements(page.tree, 'link')]) {
      const raw = link.properties.href;
      if (typeof raw !== 'string' || /^(mailto:|tel:)/.test(raw)) continue;
      const target = new URL(raw, pageUrl);
      if (target.origin !== ORIGIN) continue;
      if (!fileFor(decodeURI(target.pathname))) {
        broken.push(`${raw} (no page at ${target.pathname})`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const targetPath = decodeURI(target.pathname).slice(base.length - 1);
      if (fragment && !idsByPath.get(targetPath)?.has(fragment)) broken.push(`${raw} (no id="${fragment}" on ${targetPath})`);
    }
    expect(broken, `broken links on ${page.path}`).toEqual([]);
  });
});
