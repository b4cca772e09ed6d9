// The answer beside the drawing: what the picked root, nerve or area is, in plain words, with
// the lit areas listed by mark (main / partly / varies) and every statement's sources by name.
import { forwardRef } from 'react';
import { LAYER_LABELS, type Layer, type MapFacts } from '../../data/nerve-map.ts';
import { REGION_LABELS } from '../../data/regions.ts';
import { describeMarks, MARK_WORDS, regionMarks, regionSuppliers, type Selection } from './nerve-map-model.ts';
import { FullReferences, SourceNames, type SourceBook } from './SourceList.tsx';

/** A link to a page of the site. */
export interface PageLink {
  title: string;
  href: string;
}

/** Topic page and articles for each root ("root:L4") and nerve ("nerve:femoral"). */
export type MapLinks = Record<string, { topic?: PageLink; articles: PageLink[] }>;

interface Props {
  facts: MapFacts;
  selection: Selection;
  layer: Layer;
  links: MapLinks;
  book: SourceBook;
  onReset: () => void;
}

/** The explanation of the current selection. */
const MapPanel = forwardRef<HTMLHeadingElement, Props>(function MapPanel({ facts, selection, layer, links, book, onReset }, headingRef) {
  // Every source named in the answer, for the full list at its end.
  const used: string[] = [];
  const refs = (ids: readonly string[], lead?: string) => {
    used.push(...ids);
    return <SourceNames ids={ids} book={book} lead={lead} />;
  };
  const cited = (c: { text: string; sources: string[] }) => <p key={c.text}>{c.text} ({refs(c.sources)})</p>;
  const related = (key: string) => {
    const entry = links[key];
    if (!entry?.topic && !entry?.articles.length) return null;
    return (
      <p className="related">
        {entry.topic && <><a href={entry.topic.href}>{entry.topic.title}: read more</a>. </>}
        {entry.articles.length > 0 && <>Mentioned in: {entry.articles.map((a, i) => <span key={a.href}>{i > 0 && '; '}<a href={a.href}>{a.title}</a></span>)}.</>}
      </p>
    );
  };
  const heading = (text: string) => <h2 id="panel-title" ref={headingRef} tabIndex={-1}>{text}</h2>;

  return (
    <section className="panel" aria-labelledby="panel-title">
      {selection === null && (
        <>
          {heading('How to use the map')}
          <p>Pick a nerve root (L1 to S2) above the drawing, a nerve below it, or tap an area of the leg. Switch between where the skin feels it and where pain is usually felt.</p>
        </>
      )}
      {selection?.kind === 'root' && (() => {
        const root = facts.roots.find((r) => r.id === selection.id)!;
        const shown = root.layers[layer];
        const lit = describeMarks(regionMarks(facts, selection, layer));
        return (
          <>
            {heading(`${root.id} nerve root`)}
            <div className="layer-answer">
              <p><strong>{LAYER_LABELS[layer]}</strong>{lit ? ` (${lit}).` : ': no area drawn.'}</p>
              {shown.note && cited(shown.note)}
              {layer === 'pain' && cited(facts.painNote)}
              <p>{refs(shown.sources, 'Sources for these areas')}</p>
            </div>
            <dl>
              <dt>Skin area</dt><dd>{root.skin}</dd>
              <dt>Test point (dot)</dt><dd>{root.keyPoint}</dd>
              <dt>Muscles</dt><dd>{root.muscle}</dd>
              <dt>Reflex</dt><dd>{root.reflex}</dd>
              <dt>Usual disc</dt><dd>{root.disc}</dd>
              <dt>Why it matters for the knee</dt><dd>{root.knee}</dd>
            </dl>
            <p>{refs(root.sources)}</p>
            {related(`root:${root.id}`)}
          </>
        );
      })()}
      {selection?.kind === 'nerve' && (() => {
        const nerve = facts.nerves.find((n) => n.id === selection.id)!;
        const lit = describeMarks(regionMarks(facts, selection, layer));
        const shown = layer === 'skin' ? nerve.skin : nerve.pain;
        return (
          <>
            {heading(nerve.name)}
            <div className="layer-answer">
              <p><strong>{LAYER_LABELS[layer]}</strong>{lit ? ` (${lit}).` : ': no area drawn.'}</p>
              {shown ? <p>{shown.text} {refs(shown.sources, 'Sources for these areas')}</p> : cited(facts.noNervePainNote)}
            </div>
            <dl>
              <dt>Nerve roots</dt><dd>{nerve.roots.join(', ')}{nerve.rootsNote ? ` ${nerve.rootsNote}` : ''}</dd>
              <dt>Course</dt><dd>{nerve.course}</dd>
              <dt>Muscles</dt><dd>{nerve.muscles || 'None: it carries feeling only.'}</dd>
              <dt>Skin area</dt><dd>{nerve.skin.text} {refs(nerve.skin.sources)}</dd>
              <dt>Joints and deep parts (not skin)</dt><dd>{nerve.deep ? <>{nerve.deep.text} {refs(nerve.deep.sources)}</> : 'None in our sources.'}</dd>
              <dt>Where its pain is felt</dt><dd>{nerve.pain ? <>{nerve.pain.text} {refs(nerve.pain.sources)}</> : 'Our sources give no pain pattern for this nerve.'}</dd>
              <dt>Why it matters for the knee</dt><dd>{nerve.knee}</dd>
            </dl>
            <p>{refs(nerve.sources)}</p>
            {related(`nerve:${nerve.id}`)}
          </>
        );
      })()}
      {selection?.kind === 'region' && (() => {
        const region = facts.regions.find((r) => r.id === selection.id)!;
        const { roots, nerves, deepNerves } = regionSuppliers(facts, region.id, layer);
        const painSources = [...new Set(facts.roots.filter((r) => roots.has(r.id)).flatMap((r) => r.layers.pain.sources))];
        return (
          <>
            {heading(REGION_LABELS[region.id])}
            <dl>
              <dt>{layer === 'pain' ? 'Root pain often felt here' : 'Nerve roots (skin)'}</dt>
              <dd>{[...roots].map(([id, mark]) => `${id} (${MARK_WORDS[mark]})`).join(', ') || 'none in our sources'}</dd>
              <dt>Nerves (skin)</dt>
              <dd>{nerves.map((id) => facts.nerves.find((n) => n.id === id)!.name).join(', ') || 'none'}</dd>
              <dt>Nerves (joint or deep)</dt>
              <dd>{deepNerves.map((id) => facts.nerves.find((n) => n.id === id)!.name).join(', ') || 'none in our sources'}</dd>
              {region.testPoint && <><dt>Test point (dot)</dt><dd>The {region.testPoint} root’s test point is in this area.</dd></>}
            </dl>
            <p>{refs(layer === 'pain' && painSources.length > 0 ? painSources : region.sources, 'Sources for its roots')}</p>
            <h3>Good to know</h3>
            {region.notes.map(cited)}
          </>
        );
      })()}
      {used.length > 0 && <FullReferences ids={[...new Set(used)]} book={book} />}
      {selection !== null && <button type="button" className="reset" onClick={onReset}>Reset the map</button>}
    </section>
  );
});

export default MapPanel;
