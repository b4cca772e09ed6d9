// The static nerve-map figures, one SVG image per root and nerve (FigureSvg.tsx), built with
// the site: /tools/nerve-map/figures/root-L4.svg, /tools/nerve-map/figures/nerve-femoral.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import { NERVE_IDS, ROOT_IDS } from '../../../../data/nerve-map.ts';
import { figureSvg } from '../../../../islands/nerve-map/FigureSvg.tsx';
import { figureName, type FigureSelection } from '../../../../lib/tools/nerve-map-figures.ts';

export const getStaticPaths = (() => [
  ...ROOT_IDS.map((id) => ({ kind: 'root', id }) as const),
  ...NERVE_IDS.map((id) => ({ kind: 'nerve', id }) as const),
].map((selection) => ({ params: { figure: figureName(selection) }, props: { selection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ selection: FigureSelection }> = ({ props }) =>
  new Response(figureSvg(props.selection), { headers: { 'Content-Type': 'image/svg+xml' } });
