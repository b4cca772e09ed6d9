// The nerve map island: pick a root or a nerve to light up the areas it serves, or pick an
// area to see which roots and nerves serve it. Every control is a button with a pressed
// state; arrow keys move within a group; the selection lives in the page address.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { NERVES, REGIONS, ROOT_IDS, ROOTS, type NerveId, type RootId } from '../../data/nerve-map.ts';
import { REGION_LABELS, type RegionId } from '../../data/regions.ts';
import { readSelection, regionMarks, regionSuppliers, step, writeSelection, type Mark, type Selection } from './nerve-map-model.ts';
import { REGION_SHAPES } from './region-shapes.ts';
import './nerve-map.css';

/** A link to a page of the site. */
export interface PageLink {
  title: string;
  href: string;
}

interface Props {
  /** What is selected before the reader picks anything (and in the server render). */
  initial: Selection;
  /** False for the compact, static map embedded on topic pages. */
  interactive?: boolean;
  /** Topic page and articles for each root ("root:L4") and nerve ("nerve:femoral"). */
  links: Record<string, { topic?: PageLink; articles: PageLink[] }>;
  /** Where a reference is listed, without its id ("/about/#ref-"). */
  referenceBase: string;
  /** The full map's address, for the compact map's link. */
  toolHref: string;
}

const MARK_LABEL: Record<Mark, string> = { primary: 'main area', secondary: 'partly', variable: 'varies between maps' };
const NERVE_IDS = NERVES.map((n) => n.id);

/** The nerve map. */
export default function NerveMap({ initial, interactive = true, links, referenceBase, toolHref }: Props) {
  const [selection, setSelection] = useState<Selection>(initial);
  const [focus, setFocus] = useState<{ root: RootId; nerve: NerveId; region: RegionId }>({ root: 'L3', nerve: 'femoral', region: 'inner_knee' });

  // The address holds the selection: read it on load and on back/forward.
  useEffect(() => {
    if (!interactive) return;
    const fromUrl = () => setSelection(readSelection(window.location.search) ?? initial);
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [interactive, initial]);

  const select = (next: Selection) => {
    setSelection(next);
    if (interactive) window.history.pushState(null, '', `${window.location.pathname}${writeSelection(next)}`);
  };

  const marks = regionMarks(selection);
  const suppliers = selection?.kind === 'region' ? regionSuppliers(selection.id) : undefined;

  // Arrow keys move focus (and the tab stop) within a group of controls.
  const arrows = <T extends string>(list: readonly T[], current: T, set: (id: T) => void, prefix: string) => (event: KeyboardEvent) => {
    const by = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 0;
    if (!by) return;
    event.preventDefault();
    const next = step(list, current, by);
    set(next);
    document.getElementById(`${prefix}-${next}`)?.focus();
  };

  const summary = selection === null ? 'Pick a nerve root, a nerve or an area of the leg.'
    : selection.kind === 'region' ? `${REGION_LABELS[selection.id]}: served by ${suppliers!.roots.size} roots and ${suppliers!.nerves.length} nerves.`
    : `${selection.kind === 'root' ? `${selection.id} nerve root` : NERVES.find((n) => n.id === selection.id)!.name}: ${marks.size} areas lit.`;

  return (
    <div className={`nerve-map${interactive ? '' : ' compact'}`}>
      {interactive && (
        <div className="pickers">
          <div role="group" aria-labelledby="roots-label" className="spine">
            <h2 id="roots-label" className="picker-title">Nerve roots</h2>
            {ROOT_IDS.map((id) => {
              const mark = suppliers?.roots.get(id);
              return (
                <button key={id} id={`root-${id}`} type="button" className="root" data-mark={mark}
                  aria-pressed={selection?.kind === 'root' && selection.id === id} tabIndex={focus.root === id ? 0 : -1}
                  onFocus={() => setFocus((f) => ({ ...f, root: id }))}
                  onKeyDown={arrows(ROOT_IDS, id, (root) => setFocus((f) => ({ ...f, root })), 'root')}
                  onClick={() => select({ kind: 'root', id })}>
                  {id}{mark && <span className="supply">{MARK_LABEL[mark]}</span>}
                </button>
              );
            })}
          </div>
          <div role="group" aria-labelledby="nerves-label" className="nerve-list">
            <h2 id="nerves-label" className="picker-title">Nerves</h2>
            {NERVES.map((nerve) => {
              const serves = suppliers?.nerves.includes(nerve.id);
              return (
                <button key={nerve.id} id={`nerve-${nerve.id}`} type="button" className="nerve" data-serves={serves || undefined}
                  aria-pressed={selection?.kind === 'nerve' && selection.id === nerve.id} tabIndex={focus.nerve === nerve.id ? 0 : -1}
                  onFocus={() => setFocus((f) => ({ ...f, nerve: nerve.id }))}
                  onKeyDown={arrows(NERVE_IDS, nerve.id, (n) => setFocus((f) => ({ ...f, nerve: n })), 'nerve')}
                  onClick={() => select({ kind: 'nerve', id: nerve.id })}>
                  {nerve.name}{serves && <span className="supply">serves this area</span>}
                </button>
              );
            })}
          </div>
        </div>
      )}

      <div className="views" role={interactive ? 'group' : undefined} aria-label={interactive ? 'Areas of the leg' : undefined}>
        {(['front', 'back'] as const).map((view) => (
          <figure key={view} className="view">
            <svg viewBox="0 0 200 490" role={interactive ? undefined : 'img'} aria-label={interactive ? undefined : `${view === 'front' ? 'Front' : 'Back'} of the leg, with the areas marked`} focusable="false">
              <defs>
                <pattern id={`hatch-${view}`} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                  <rect width="8" height="8" className="hatch-bg" /><line x1="0" y1="0" x2="0" y2="8" className="hatch-line" />
                </pattern>
                <pattern id={`dots-${view}`} patternUnits="userSpaceOnUse" width="7" height="7">
                  <rect width="7" height="7" className="dots-bg" /><circle cx="3.5" cy="3.5" r="1.6" className="dots-dot" />
                </pattern>
              </defs>
              {REGION_SHAPES.filter((s) => s.view === view).map((shape) => {
                const mark = marks.get(shape.id);
                const fill = mark === 'variable' ? `url(#hatch-${view})` : mark === 'secondary' ? `url(#dots-${view})` : undefined;
                const pressed = selection?.kind === 'region' && selection.id === shape.id;
                const label = `${REGION_LABELS[shape.id]}${mark && selection?.kind !== 'region' ? ` (${MARK_LABEL[mark]})` : ''}`;
                return interactive ? (
                  <polygon key={shape.id} id={`region-${shape.id}`} points={shape.points} className="region" data-mark={mark} style={fill ? { fill } : undefined}
                    role="button" aria-label={label} aria-pressed={pressed} tabIndex={focus.region === shape.id ? 0 : -1}
                    onFocus={() => setFocus((f) => ({ ...f, region: shape.id }))}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        select({ kind: 'region', id: shape.id });
                      } else arrows(REGION_ORDER, shape.id, (region) => setFocus((f) => ({ ...f, region })), 'region')(event);
                    }}
                    onClick={() => select({ kind: 'region', id: shape.id })}>
                    <title>{label}</title>
                  </polygon>
                ) : (
                  <polygon key={shape.id} points={shape.points} className="region" data-mark={mark} style={fill ? { fill } : undefined} />
                );
              })}
              <text x="100" y="486" className="view-side" textAnchor="middle" aria-hidden="true">{view === 'front' ? 'inner ← front → outer' : 'outer ← back → inner'}</text>
            </svg>
            <figcaption>{view === 'front' ? 'Front of the leg' : 'Back of the leg, with the lower back and buttock'}</figcaption>
          </figure>
        ))}
      </div>

      <Legend />
      <p className="map-summary" aria-live="polite">{summary}</p>
      {interactive ? (
        <Panel selection={selection} links={links} referenceBase={referenceBase} onReset={() => select(null)} />
      ) : (
        <p><a href={`${toolHref}${writeSelection(selection)}`}>Open this in the full nerve map</a></p>
      )}
    </div>
  );
}

// Regions in the order arrow keys visit them: front view top to bottom, then the back view.
const REGION_ORDER: readonly RegionId[] = REGION_SHAPES.map((s) => s.id);

function Legend() {
  return (
    <ul className="legend" aria-label="Key">
      <li><svg width="22" height="16" aria-hidden="true"><rect width="22" height="16" className="swatch primary" /></svg> Main area (solid)</li>
      <li><svg width="22" height="16" aria-hidden="true"><rect width="22" height="16" className="swatch secondary" /></svg> Partly (dotted)</li>
      <li><svg width="22" height="16" aria-hidden="true"><rect width="22" height="16" className="swatch variable" /></svg> Varies between maps (striped)</li>
    </ul>
  );
}

function Panel({ selection, links, referenceBase, onReset }: { selection: Selection; links: Props['links']; referenceBase: string; onReset: () => void }) {
  const refs = (ids: string[]) => <span className="refs">Sources: {ids.map((id, i) => <span key={id}>{i > 0 && ', '}<a href={`${referenceBase}${id}`}>{id}</a></span>)}</span>;
  const related = (key: string) => {
    const entry = links[key];
    if (!entry) return null;
    return (
      <p className="related">
        {entry.topic && <><a href={entry.topic.href}>{entry.topic.title}: read more</a>. </>}
        {entry.articles.length > 0 && <>Mentioned in: {entry.articles.map((a, i) => <span key={a.href}>{i > 0 && '; '}<a href={a.href}>{a.title}</a></span>)}.</>}
      </p>
    );
  };
  const regionList = (ids: RegionId[]) => ids.map((id) => REGION_LABELS[id]).join('; ') || 'none';

  return (
    <section className="panel" aria-labelledby="panel-title">
      {selection === null && (
        <>
          <h2 id="panel-title">How to use the map</h2>
          <p>Pick a nerve root on the spine or a nerve to see the areas it serves. Pick an area of the leg to see which roots and nerves serve it.</p>
        </>
      )}
      {selection?.kind === 'root' && (() => {
        const root = ROOTS.find((r) => r.id === selection.id)!;
        return (
          <>
            <h2 id="panel-title">{root.id} nerve root</h2>
            <dl>
              <dt>Skin area</dt><dd>{root.skin}</dd>
              <dt>Key test point</dt><dd>{root.keyPoint}</dd>
              <dt>Muscles</dt><dd>{root.muscle}</dd>
              <dt>Reflex</dt><dd>{root.reflex}</dd>
              <dt>Usual disc</dt><dd>{root.disc}</dd>
              <dt>Why it matters for the knee</dt><dd>{root.knee}</dd>
              <dt>Main areas</dt><dd>{regionList(root.regions.primary)}</dd>
              <dt>Partly</dt><dd>{regionList(root.regions.secondary)}</dd>
              <dt>Varies between maps</dt><dd>{regionList(root.regions.variable)}</dd>
            </dl>
            {refs(root.sources)}
            {related(`root:${root.id}`)}
          </>
        );
      })()}
      {selection?.kind === 'nerve' && (() => {
        const nerve = NERVES.find((n) => n.id === selection.id)!;
        return (
          <>
            <h2 id="panel-title">{nerve.name}</h2>
            <dl>
              <dt>Nerve roots</dt><dd>{nerve.roots.join(', ')}{nerve.rootsNote ? ` ${nerve.rootsNote}` : ''}</dd>
              <dt>Course</dt><dd>{nerve.course}</dd>
              <dt>Muscles</dt><dd>{nerve.muscles || 'None: it carries feeling only.'}</dd>
              <dt>Skin area</dt><dd>{nerve.skin}</dd>
              <dt>Why it matters for the knee</dt><dd>{nerve.knee}</dd>
              <dt>Areas</dt><dd>{regionList(nerve.regions)}</dd>
            </dl>
            {refs(nerve.sources)}
            {related(`nerve:${nerve.id}`)}
          </>
        );
      })()}
      {selection?.kind === 'region' && (() => {
        const region = REGIONS.find((r) => r.id === selection.id)!;
        const { roots, nerves } = regionSuppliers(region.id);
        return (
          <>
            <h2 id="panel-title">{REGION_LABELS[region.id]}</h2>
            <dl>
              <dt>Nerve roots</dt>
              <dd>{[...roots].map(([id, mark]) => `${id} (${MARK_LABEL[mark]})`).join(', ') || 'none'}</dd>
              <dt>Nerves</dt>
              <dd>{nerves.map((id) => NERVES.find((n) => n.id === id)!.name).join(', ') || 'none'}</dd>
              {region.testPoint && <><dt>Test point</dt><dd>The {region.testPoint} root’s key test point is in this area.</dd></>}
              <dt>Note</dt><dd>{region.note}</dd>
            </dl>
            {refs(region.sources)}
          </>
        );
      })()}
      {selection !== null && <button type="button" className="reset" onClick={onReset}>Reset the map</button>}
    </section>
  );
}

