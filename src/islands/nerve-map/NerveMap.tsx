// The nerve map island (the static figures on topic pages and articles are FigureSvg.tsx): pick a root or a nerve to light up the areas it serves on a drawing of
// the body, or pick an area to see which roots and nerves serve it; switch between where the
// skin feels it and where pain is usually felt. Every control is a button (or a radio) with a
// pressed state; arrow keys move within a group; the selection and layer live in the address.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { LAYER_LABELS, LAYERS, NERVE_IDS, ROOT_IDS, type Layer, type MapFacts, type NerveId, type RootId } from '../../data/nerve-map.ts';
import { REGION_LABELS, type RegionId } from '../../data/regions.ts';
import BodyDrawing from './BodyDrawing.tsx';
import MapPanel, { type MapLinks } from './MapPanel.tsx';
import { describeMarks, MARK_WORDS, readLayer, readSelection, regionMarks, regionSuppliers, step, writeState, type Mark, type Selection } from './nerve-map-model.ts';
import type { Drawing } from './drawing.ts';
import type { SourceEntry } from '../../lib/tools/nerve-map-sources.ts';
import { SourceNames } from './SourceList.tsx';
import './nerve-map.css';

interface Props {
  /** The map's facts (MAP_FACTS), passed as data rather than bundled. */
  facts: MapFacts;
  links: MapLinks;
  /** The references the map cites, by id: readable name, full title and address. */
  sources: Record<string, SourceEntry>;
  /** Where a reference is listed, without its id ("/about/#ref-"). */
  referenceBase: string;
  /** The body drawing's shapes (drawing.ts, computed on the server). */
  drawing: Drawing;
}

const SHORT_MARK: Record<Mark, string> = { primary: 'main', secondary: 'partly', variable: 'varies' };

/** The nerve map. */
export default function NerveMap({ facts, links, sources, referenceBase, drawing }: Props) {
  // Nothing is picked until the address says so: the server render cannot read the address, so
  // it never shows a pick that may be wrong (and, without JavaScript, the table below has it all).
  const [selection, setSelection] = useState<Selection>(null);
  const [layer, setLayer] = useState<Layer>('skin');
  const [focus, setFocus] = useState<{ root: RootId; nerve: NerveId; region: RegionId }>({ root: 'L3', nerve: 'femoral', region: 'inner_knee' });
  const usedControl = useRef<string | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The address holds the selection and layer: read them on load and on back/forward.
  useEffect(() => {
    const fromUrl = () => {
      setSelection(readSelection(window.location.search));
      setLayer(readLayer(window.location.search));
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  const show = (next: Selection, nextLayer: Layer, control: string | null) => {
    setSelection(next);
    setLayer(nextLayer);
    if (control) usedControl.current = control;
    // One history entry for the map, however many picks: Back leaves the page.
    window.history.replaceState(null, '', `${window.location.pathname}${writeState(next, nextLayer)}`);
  };
  const pick = (next: Selection, control: string) => {
    show(next, layer, control);
    // A tap must show its answer: bring the drawing and the answer's heading into view.
    requestAnimationFrame(() => revealAnswer(stage.current, heading.current));
  };
  const reset = () => {
    show(null, layer, null);
    // The reset button goes away with the selection: give focus back to the control that was used.
    requestAnimationFrame(() => document.getElementById(usedControl.current ?? `root-${ROOT_IDS[0]}`)?.focus());
  };

  // Regions in the order arrow keys visit them: front view top to bottom, then the back view.
  const regionOrder = [...drawing.front.regions, ...drawing.back.regions].filter((s) => !s.echo).map((s) => s.id);
  const marks = regionMarks(facts, selection, layer);
  const suppliers = selection?.kind === 'region' ? regionSuppliers(facts, selection.id, layer) : undefined;
  const keyRoot = selection?.kind === 'root' ? selection.id : undefined;
  const lit = describeMarks(marks);
  const name = selection === null ? '' : selection.kind === 'root' ? `${selection.id} nerve root` : selection.kind === 'nerve' ? facts.nerves.find((n) => n.id === selection.id)!.name : REGION_LABELS[selection.id];
  const summary = selection === null ? 'Nothing picked yet.' : `${name}, ${LAYER_LABELS[layer].toLowerCase()}: ${lit || 'no area drawn'}.`;

  // Arrow keys move focus (and the tab stop) within a group of controls.
  const arrows = <T extends string>(list: readonly T[], current: T, set: (id: T) => void, prefix: string) => (event: KeyboardEvent) => {
    const by = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 0;
    if (!by) return;
    event.preventDefault();
    const next = step(list, current, by);
    set(next);
    document.getElementById(`${prefix}-${next}`)?.focus();
  };

  const views = (['front', 'back'] as const).map((view) => (
    <BodyDrawing key={view} view={view} drawing={drawing[view]} marks={marks} keyRoot={keyRoot}
      controls={{
        pressed: selection?.kind === 'region' ? selection.id : null,
        tabStop: focus.region,
        onPick: (id) => pick({ kind: 'region', id }, `region-${id}`),
        onFocus: (id) => setFocus((f) => ({ ...f, region: id })),
        onKeyDown: (id, event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            pick({ kind: 'region', id }, `region-${id}`);
          } else arrows(regionOrder, id, (region) => setFocus((f) => ({ ...f, region })), 'region')(event);
        },
      }} />
  ));

  const book = { base: referenceBase, entries: sources };
  const oneLeg = <p className="one-leg">{facts.oneLegNote.text} ({<SourceNames ids={facts.oneLegNote.sources} book={book} />})</p>;

  return (
    <div className="nerve-map" data-layer={layer}>
      <div className="controls">
        <fieldset className="layers">
          <legend>Show</legend>
          {LAYERS.map((id) => (
            <label key={id}>
              <input type="radio" name="nerve-map-layer" value={id} checked={layer === id} onChange={() => show(selection, id, null)} />
              {LAYER_LABELS[id]}
            </label>
          ))}
        </fieldset>
        <div role="group" aria-labelledby="roots-label" className="roots">
          <h2 id="roots-label" className="picker-title">Nerve roots</h2>
          <div className="root-row">
            {ROOT_IDS.map((id) => {
              const mark = suppliers?.roots.get(id);
              return (
                <button key={id} id={`root-${id}`} type="button" className="root" data-mark={mark}
                  aria-pressed={selection?.kind === 'root' && selection.id === id} tabIndex={focus.root === id ? 0 : -1}
                  aria-label={mark ? `${id}, ${MARK_WORDS[mark]}` : undefined}
                  onFocus={() => setFocus((f) => ({ ...f, root: id }))}
                  onKeyDown={arrows(ROOT_IDS, id, (root) => setFocus((f) => ({ ...f, root })), 'root')}
                  onClick={() => pick({ kind: 'root', id }, `root-${id}`)}>
                  {id}{mark && <span className="supply" aria-hidden="true">{SHORT_MARK[mark]}</span>}
                </button>
              );
            })}
          </div>
        </div>
        <p className="kbd-hint">Keyboard: Tab moves between groups, arrow keys move within a group, Enter or Space picks.</p>
      </div>

      <div className="stage" ref={stage}>
        <div className="views" role="group" aria-label="Areas of the leg" aria-describedby="map-summary">{views}</div>
        <p id="map-summary" className="visually-hidden" aria-live="polite">{summary}</p>
        {oneLeg}
        <Legend />
      </div>

      <MapPanel ref={heading} facts={facts} selection={selection} layer={layer} links={links} book={book} onReset={reset} />

      <div role="group" aria-labelledby="nerves-label" className="nerves">
        <h2 id="nerves-label" className="picker-title">Nerves of the leg</h2>
        <div className="nerve-row">
          {facts.nerves.map((nerve) => {
            const serves = suppliers?.nerves.includes(nerve.id);
            return (
              <button key={nerve.id} id={`nerve-${nerve.id}`} type="button" className="nerve" data-serves={serves || undefined}
                aria-pressed={selection?.kind === 'nerve' && selection.id === nerve.id} tabIndex={focus.nerve === nerve.id ? 0 : -1}
                onFocus={() => setFocus((f) => ({ ...f, nerve: nerve.id }))}
                onKeyDown={arrows(NERVE_IDS, nerve.id, (n) => setFocus((f) => ({ ...f, nerve: n })), 'nerve')}
                onClick={() => pick({ kind: 'nerve', id: nerve.id }, `nerve-${nerve.id}`)}>
                {nerve.name}{serves && <span className="supply">serves this area</span>}
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
}

// Scrolls as little as needed so that the drawing and the answer's heading are both on screen.
function revealAnswer(stage: HTMLElement | null, heading: HTMLElement | null) {
  if (!stage || !heading) return;
  const top = stage.getBoundingClientRect().top;
  const bottom = heading.getBoundingClientRect().bottom;
  const room = window.innerHeight;
  const by = top < 0 ? top - 8 : bottom > room ? Math.min(bottom - room + 8, top - 8) : 0;
  if (by !== 0) window.scrollBy({ top: by, behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

function Legend() {
  const swatch = (mark: Mark) => <svg width="28" height="18" aria-hidden="true"><rect width="28" height="18" className={`swatch ${mark}`} /></svg>;
  return (
    <ul className="legend" aria-label="Key">
      <li>{swatch('primary')} Main area (solid)</li>
      <li>{swatch('secondary')} Partly (dotted)</li>
      <li>{swatch('variable')} Varies between maps (striped, soft edge)</li>
      <li><svg width="28" height="18" aria-hidden="true"><circle cx="14" cy="9" r="5" className="swatch-point" /></svg> Test point: where a clinician checks feeling for a root</li>
    </ul>
  );
}
