// One view of the body drawing (front or back) with the lit regions, the key test points and
// the body-part labels. Interactive on the map page (each region is a button); a plain picture
// with a text description in the static embeds on topic pages.
import type { KeyboardEvent } from 'react';
import type { RootId } from '../../data/nerve-map.ts';
import { REGION_LABELS, type RegionId } from '../../data/regions.ts';
import type { View } from './body-outline.ts';
import type { DrawingView } from './drawing.ts';
import { MARK_WORDS, type Mark } from './nerve-map-model.ts';
import './drawing.css';

/** What the interactive drawing needs to make its regions buttons. */
export interface RegionControls {
  pressed: RegionId | null;
  tabStop: RegionId;
  onPick: (id: RegionId) => void;
  onFocus: (id: RegionId) => void;
  onKeyDown: (id: RegionId, event: KeyboardEvent) => void;
}

interface ViewProps {
  view: View;
  /** The view's shapes (drawing.ts). */
  drawing: DrawingView;
  marks: Map<RegionId, Mark>;
  /** The root whose test point is picked out, if any. */
  keyRoot?: RootId;
  controls?: RegionControls;
  /** Where the view sits inside a larger picture (the static figure images). */
  place?: { x: number; y: number };
}

const TITLE: Record<View, string> = { front: 'Front view', back: 'Back view' };
const FACING: Record<View, string> = { front: 'facing you', back: 'seen from behind' };
// The coloured leg is the person's right: on the reader's left from the front, right from behind.
const SIDE_WORDS: Record<View, [string, string]> = { front: ['Right', 'Left'], back: ['Left', 'Right'] };

/** One view of the body on the map page, with its caption; the regions are buttons. */
export default function BodyDrawing(props: ViewProps & { controls: RegionControls }) {
  return (
    <figure className="view">
      <figcaption><strong>{TITLE[props.view]}</strong> <span>({FACING[props.view]})</span></figcaption>
      <ViewSvg {...props} />
    </figure>
  );
}

/** The caption of a view, in words. */
export function viewTitle(view: View): string {
  return `${TITLE[view]} (${FACING[view]})`;
}

/** One view of the body as an SVG element: the lit regions, the test points, the labels. */
export function ViewSvg({ view, drawing, marks, keyRoot, controls, place }: ViewProps) {
  const clip = `nm-clip-${view}`;
  const pattern = (mark: Mark | undefined) => (mark === 'secondary' ? `url(#nm-dots-${view})` : mark === 'variable' ? `url(#nm-stripes-${view})` : undefined);
  return (
      <svg viewBox="0 0 200 485" className="nm-drawing" focusable="false" {...(controls ? { role: 'group', 'aria-label': `${TITLE[view]}, ${FACING[view]}` } : { x: place?.x, y: place?.y, width: 200, height: 485 })}>
        <defs>
          <clipPath id={clip}><path d={drawing.outline} /></clipPath>
          <pattern id={`nm-stripes-${view}`} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
            <rect width="7" height="7" className="pattern-bg" /><rect width="3.5" height="7" className="pattern-ink" />
          </pattern>
          <pattern id={`nm-dots-${view}`} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" className="pattern-bg" /><circle cx="3" cy="3" r="1.7" className="pattern-ink" />
          </pattern>
          <filter id={`nm-soft-${view}`} x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="4" /></filter>
        </defs>
        <path d={drawing.outline} className="body" />
        <g clipPath={`url(#${clip})`}>
          {drawing.regions.filter((s) => controls || marks.has(s.id)).map((shape) => {
            const mark = marks.get(shape.id);
            const paint = { fill: pattern(mark) };
            const common = { d: shape.d, className: 'region', 'data-mark': mark, style: paint };
            if (!controls) return <path key={`${shape.id}-${view}`} {...common} />;
            const label = `${REGION_LABELS[shape.id]}${mark ? ` (${MARK_WORDS[mark]})` : ''}`;
            // A region seen in both views is one button; its second shape only answers the mouse.
            if (shape.echo) return <path key={`${shape.id}-echo`} {...common} aria-hidden="true" onClick={() => controls.onPick(shape.id)} />;
            return (
              <path key={shape.id} {...common} id={`region-${shape.id}`} role="button" aria-label={label} aria-pressed={controls.pressed === shape.id}
                tabIndex={controls.tabStop === shape.id ? 0 : -1} onFocus={() => controls.onFocus(shape.id)}
                onKeyDown={(event) => controls.onKeyDown(shape.id, event)} onClick={() => controls.onPick(shape.id)} />
            );
          })}
          {/* Where maps disagree the edge is soft: a blurred wash that spills over the region's borders. */}
          <g filter={`url(#nm-soft-${view})`} aria-hidden="true">
            {drawing.regions.filter((s) => marks.get(s.id) === 'variable').map((s) => <path key={`${s.id}-soft${s.echo ? '-echo' : ''}`} d={s.d} className="soft-edge" />)}
          </g>
        </g>
        <g className="details" aria-hidden="true">
          {drawing.details.map((d) => <path key={d} d={d} />)}
        </g>
        <path d={drawing.outline} className="outline" aria-hidden="true" />
        <g aria-hidden="true">
          {drawing.points.map((p) => (
            <g key={p.root} className={`key-point${p.root === keyRoot ? ' picked' : ''}`}>
              <circle cx={p.x} cy={p.y} r={p.root === keyRoot ? 5 : 3.2} />
              {p.root === keyRoot && <text x={p.x} y={p.y - 9} textAnchor="middle">{p.root}</text>}
            </g>
          ))}
          {drawing.labels.map((l) => <text key={l.text} x={l.x} y={l.y} className="body-label" textAnchor="middle">{l.text}</text>)}
          <text x="68" y="480" className="side-label" textAnchor="middle">{SIDE_WORDS[view][0]}</text>
          <text x="132" y="480" className="side-label" textAnchor="middle">{SIDE_WORDS[view][1]}</text>
        </g>
      </svg>
  );
}
