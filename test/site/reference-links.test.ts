// The reference list on /about/, as built: each link says which site it goes to, an address is
// never plain http:// where the same host is linked over https:// elsewhere in the list, and
// neither a publisher's test site nor a library login is linked (each is named instead).
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { REFERENCES } from '../../src/data/references.ts';
import { builtPages, elements } from './built-site.ts';

const about = builtPages().find((p) => p.path === '/about/')!;
const items = elements(about.tree, 'li').filter((li) => String(li.properties.id ?? '').startsWith('ref-'));
const linkOf = (li: Element) => elements(li as never, 'a')[0];

describe('the reference list', () => {
  it('lists every reference once', () => {
    expect(items.map((li) => String(li.properties.id))).toEqual(REFERENCES.map((r) => `ref-${r.id}`));
  });

  it('says where each link goes, and the link goes there', () => {
    for (const li of items) {
      const a = linkOf(li);
      const text = toString(li);
      if (!a) {
        expect(text, String(li.properties.id)).toMatch(/no public link|no link/);
        continue;
      }
      const host = new URL(String(a.properties.href)).hostname;
      expect(text, String(li.properties.id)).toContain(`(at ${host}`);
    }
  });

  it('never links plain http:// to a host the list also reaches over https://, nor links a library login', () => {
    const hrefs = items.map(linkOf).filter(Boolean).map((a) => new URL(String(a!.properties.href)));
    const secure = new Set(REFERENCES.map((r) => new URL(r.url)).filter((u) => u.protocol === 'https:').map((u) => u.hostname));
    for (const url of hrefs) {
      if (url.protocol === 'http:') expect(secure.has(url.hostname), `${url.href} is linked over http:// though the host serves https://`).toBe(false);
      expect(url.hostname).not.toMatch(/bibliotheek/);
    }
    expect(hrefs.filter((u) => u.protocol === 'https:').length).toBeGreaterThan(hrefs.length * 0.9);
  });

  it('links no test or preview host, and names the one it read instead', () => {
    for (const li of items) {
      const a = linkOf(li);
      if (a) expect(new URL(String(a.properties.href)).hostname, String(li.properties.id)).not.toMatch(/staging|azurewebsites|^beta\.|^developer\./);
    }
    const test = REFERENCES.filter((r) => /staging|azurewebsites/.test(r.url));
    expect(test.length).toBeGreaterThan(0);
    for (const r of test) expect(toString(items.find((li) => li.properties.id === `ref-${r.id}`)!)).toContain('test site');
  });
});
