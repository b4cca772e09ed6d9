// The builder's list of chosen pages: adding (up to MAX_PAGES), removing and moving, each
// returning a new list, so the component only renders.
import { MAX_PAGES } from './handout-link.ts';

/** The list with `id` added at the end (unchanged if it is there already or the list is full). */
export function addPage(list: readonly string[], id: string): string[] {
  return list.includes(id) || list.length >= MAX_PAGES ? [...list] : [...list, id];
}

/** The list without `id`. */
export function removePage(list: readonly string[], id: string): string[] {
  return list.filter((x) => x !== id);
}

/** The list with `id` moved one place up (-1) or down (+1); unchanged at either end. */
export function movePage(list: readonly string[], id: string, by: -1 | 1): string[] {
  const from = list.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** Whether a page matches what was typed: every word typed starts a word of the page. */
export function matchesSearch(words: string, typed: string): boolean {
  const wanted = typed.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  if (wanted.length === 0) return true;
  const have = words.normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}
