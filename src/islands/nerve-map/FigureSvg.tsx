// The static nerve-map figure for one root or nerve, as a standalone SVG image (served from
// /tools/nerve-map/figures/, see src/pages/tools/nerve-map/figures/): both views, the lit skin
// areas and a key, with the drawing's own styles inside. Topic pages and articles show it as an
// <img>, so a page carries a few hundred bytes instead of the whole drawing, and no script.
import { renderToStaticMarkup } from 'react-dom/server';
import { LAYER_LABELS, MAP_FACTS, NERVES } from '../../data/nerve-map.ts';
import { REGION_LABELS } from '../../data/regions.ts';
import { viewTitle, ViewSvg } from './BodyDrawing.tsx';
import drawingCss from './drawing.css?raw';
import { buildDrawing } from './drawing.ts';
import { describeMarks, MARK_WORDS, regionMarks, type Mark, type Selection } from './nerve-map-model.ts';

/** The picture's size in CSS pixels. */
export const FIGURE_SIZE = { width: 430, height: 640 } as const;

// The site's light and dark colours (src/styles/tokens.css): an image cannot read the page's CSS.
const COLOURS = `svg { --color-bg: #ffffff; --color-text: #1d2125; --color-muted: #4c5660; --font-body: system-ui, sans-serif;
  --map-body: #f2f4f5; --map-line: #4c5660; --map-detail: #b5bec6; --map-mark: #005eb8; --map-mark-bg: #ffffff; }
@media (prefers-color-scheme: dark) { svg { --color-bg: #121619; --color-text: #eef1f3; --color-muted: #b3bdc6;
  --map-body: #1e2428; --map-line: #b3bdc6; --map-detail: #56626c; --map-mark: #8cc8ff; --map-mark-bg: #121619; } }
.caption { font-size: 13px; text-anchor: middle; } .caption tspan { font-weight: 700; } .key { font-size: 13px; }`;

/** What a figure shows, in words: its alternative text. */
export function figureDescription(selection: NonNullable<Selection>): string {
  const name = selection.kind === 'root' ? `the ${selection.id} nerve root` : selection.kind === 'nerve' ? `the ${NERVES.find((n) => n.id === selection.id)!.name.toLowerCase()}` : REGION_LABELS[selection.id];
  return `Drawing of the legs from the front and from behind, showing ${LAYER_LABELS.skin.toLowerCase()} for ${name} on the right leg: ${describeMarks(regionMarks(MAP_FACTS, selection, 'skin'))}.`;
}

/** The figure as a standalone SVG document. */
export function figureSvg(selection: NonNullable<Selection>): string {
  const drawing = buildDrawing();
  const marks = regionMarks(MAP_FACTS, selection, 'skin');
  const keyRoot = selection.kind === 'root' ? selection.id : undefined;
  const key: [Mark | 'point', string][] = [['primary', `Solid: ${MARK_WORDS.primary}`], ['secondary', `Dotted: ${MARK_WORDS.secondary}`], ['variable', `Striped: ${MARK_WORDS.variable}`], ['point', 'Circle: a test point for feeling']];
  const svg = (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${FIGURE_SIZE.width} ${FIGURE_SIZE.height}`} width={FIGURE_SIZE.width} height={FIGURE_SIZE.height} className="nm-drawing">
      <style>{`${COLOURS}\n${drawingCss}`}</style>
      {(['front', 'back'] as const).map((view, i) => {
        const [title, facing] = viewTitle(view).split(' (');
        return <text key={view} className="caption" x={100 + i * 230} y="18"><tspan>{title}</tspan> ({facing}</text>;
      })}
      <ViewSvg view="front" drawing={drawing.front} marks={marks} keyRoot={keyRoot} place={{ x: 0, y: 28 }} />
      <ViewSvg view="back" drawing={drawing.back} marks={marks} keyRoot={keyRoot} place={{ x: 230, y: 28 }} />
      {key.map(([mark, words], i) => (
        <g key={mark} transform={`translate(10 ${530 + i * 27})`}>
          {mark === 'point'
            ? <circle cx="14" cy="9" r="5" fill="var(--color-bg)" stroke="var(--color-text)" strokeWidth="1.5" />
            : <rect width="28" height="18" className="region" data-mark={mark} style={{ fill: mark === 'primary' ? undefined : `url(#nm-${mark === 'secondary' ? 'dots' : 'stripes'}-front)`, stroke: 'var(--map-line)' }} />}
          <text className="key" x="36" y="14">{words}</text>
        </g>
      ))}
    </svg>
  );
  return renderToStaticMarkup(svg);
}
