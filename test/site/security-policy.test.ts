// The Content Security Policy of every built page, against the page itself: its <meta> comes
// first in <head>, allows no inline code but the exact inline scripts and styles the page holds
// (hashed here again from the parsed page), and `_headers` gives hosts the same policy.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, elements } from './built-site.ts';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = builtPages();
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

describe('the content security policy', () => {
  it.each(pages.map((p) => [p.path, p]))('%s: first in <head>, strict, and hashing exactly its inline scripts and styles', (_, page) => {
    const [head] = elements(page.tree, 'head');
    const first = head!.children.find((c) => c.type === 'element');
    expect(first && 'tagName' in first && first.tagName, 'the policy is the first element of <head>').toBe('meta');
    const policy = String((first as { properties: Record<string, unknown> }).properties.content);
    expect(String((first as { properties: Record<string, unknown> }).properties.httpEquiv)).toBe('Content-Security-Policy');
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    for (const name of ['default-src', 'object-src', 'base-uri', 'form-action']) expect(directive(policy, name), name).not.toBe('');
    const inlineScripts = elements(page.tree, 'script').filter((s) => !s.properties.src && s.properties.type !== 'application/ld+json');
    const want = (list: string[]) => [...new Set(list)].sort();
    const listed = (name: string) => directive(policy, name).split(' ').filter((t) => t.startsWith("'sha256-")).sort();
    expect(listed('script-src')).toEqual(want(inlineScripts.map((s) => sha(toString(s)))));
    expect(listed('style-src')).toEqual(want(elements(page.tree, 'style').map((s) => sha(toString(s)))));
    expect(page.html, 'no inline event handlers').not.toMatch(/\son[a-z]+=["']/);
  });

  it('is in _headers for every page, as the page states it, with frame-ancestors and the file-wide headers', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file)).toBe(true);
    const blocks = new Map(readFileSync(file, 'utf8').trim().split(/\n\n+/).map((b) => {
      const [path, ...lines] = b.split('\n');
      return [path!, Object.fromEntries(lines.map((l) => l.trim().split(/: (.*)/s).slice(0, 2) as [string, string]))];
    }));
    expect(blocks.get('/*')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
    for (const page of pages) {
      const path = `${base}${page.file.replace(/(^|\/)index\.html$/, '$1')}`;
      const meta = elements(page.tree, 'meta').find((m) => String(m.properties.httpEquiv) === 'Content-Security-Policy')!;
      expect(blocks.get(path)?.['Content-Security-Policy'], path).toBe(`${meta.properties.content}; frame-ancestors 'none'`);
    }
    expect(blocks.size).toBe(pages.length + 1);
  });
});
