// Where the static nerve-map figure of a root or nerve lives: /tools/nerve-map/figures/root-L4.svg.
import type { NerveId, RootId } from '../../data/nerve-map.ts';
import { href } from '../site/urls.ts';

/** A root or a nerve: what a static figure shows. */
export type FigureSelection = { kind: 'root'; id: RootId } | { kind: 'nerve'; id: NerveId };

/** The figure's file name without ".svg" ("root-L4"). */
export function figureName(selection: FigureSelection): string {
  return `${selection.kind}-${selection.id}`;
}

/** The figure's address, with the site's base path. */
export function figureHref(selection: FigureSelection): string {
  return href(`/tools/nerve-map/figures/${figureName(selection)}.svg`);
}
