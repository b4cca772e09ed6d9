// Strips an HTML fragment down to article markup: no executable, tracking or embedded
// content, no event handlers, no empty elements. Every removal is logged with its reason.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Removal } from './types.ts';

// Elements that run code, load third-party content or submit data; never republished.
const EXECUTABLE = new Set(['script', 'noscript', 'iframe', 'object', 'embed', 'applet', 'frame', 'frameset', 'template', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'portal']);
// Elements that only frame an image; images and their captions are not part of our text.
const MEDIA = new Set(['img', 'picture', 'figure', 'figcaption']);
// Elements kept for their meaning; anything else is unwrapped (its children kept).
const KEPT = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'a', 'br', 'blockquote']);
const VOID = new Set(['br']);
// Web and mail addresses, in-page fragments and site-relative paths. Not "//host" or "/\\host":
// browsers read both as another site's address.
const SAFE_URL = /^(?:https?:\/\/[^/\\]|mailto:|#|\/(?![/\\]))/i;

/** Returns a cleaned copy of the tree and the removals made. */
export function sanitizeHtml(source: string, tree: Root): { tree: Root; removals: Removal[] } {
  const removals: Removal[] = [];
  const log = (text: string, reason: string) => removals.push({ source, text: text.trim().slice(0, 300), reason });

  const cleanChildren = (children: readonly (RootContent | ElementContent)[]): ElementContent[] => {
    const out: ElementContent[] = [];
    for (const child of children) {
      if (child.type === 'comment') {
        log(`<!--${child.value}-->`, 'HTML comment');
      } else if (child.type === 'doctype') {
        log('<!doctype>', 'document type declaration');
      } else if (child.type === 'text') {
        out.push(child);
      } else if (child.type === 'element') {
        out.push(...cleanElement(child));
      }
    }
    return out;
  };

  const cleanElement = (element: Element): ElementContent[] => {
    const name = element.tagName;
    if (EXECUTABLE.has(name)) {
      const src = element.properties.src ?? element.properties.href;
      log(src ? `<${name} src="${String(src)}">` : `<${name}>${toString(element)}`, `executable or embedded markup (<${name}>)`);
      return [];
    }
    if (MEDIA.has(name)) {
      log(`<${name}>${toString(element)}`, name === 'figcaption' ? 'image caption or credit' : 'image (not republished)');
      return [];
    }
    const children = cleanChildren(element.children);
    if (!KEPT.has(name)) return children;
    const properties = keepSafeProperties(element, log);
    // A link whose target was removed is its text alone, never an empty <a href="">.
    if (name === 'a' && properties.href === undefined) return children;
    const cleaned: Element = { type: 'element', tagName: name, properties, children };
    if (!VOID.has(name) && toString(cleaned).trim() === '') {
      log(`<${name}></${name}>`, 'empty element');
      return [];
    }
    return [cleaned];
  };

  return { tree: { type: 'root', children: cleanChildren(tree.children) }, removals };
}

// Only a link's target survives, and only when it is a web, mail or in-page address.
function keepSafeProperties(element: Element, log: (text: string, reason: string) => void): Element['properties'] {
  for (const key of Object.keys(element.properties)) {
    if (/^on/i.test(key)) log(`${key}="${String(element.properties[key])}"`, 'event handler attribute');
  }
  if (element.tagName !== 'a') return {};
  const href = element.properties.href;
  if (typeof href === 'string' && SAFE_URL.test(href.trim())) return { href: href.trim() };
  if (href !== undefined) log(`href="${String(href)}"`, 'unsafe link target');
  return {};
}
