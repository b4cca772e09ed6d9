// Shared shapes passed between the import pipeline's steps.
import type { Root } from 'mdast';

/** One entry of content/sources/sources.yaml: the provenance of a raw source. */
export interface SourceManifestEntry {
  id: string;
  file: string;
  seed: string;
  sha256: string;
  publisher: string | null;
  title: string;
  author: string | null;
  editor: string | null;
  date: string | null;
  url: string | null;
  reviewed: string;
  notes: string;
  /** What a reader should know about the source, in plain words (shown on /sources/). */
  readerNote: string;
  /** For a publisher that sells treatments: the notice at the top of its articles. */
  sellerNotice?: string;
  /** Date an editor read the text against the page: the language check then accepts it. */
  textChecked?: string;
}

/** Formats the reader understands. */
export type SourceFormat = 'frontmatter-html' | 'plain-text';

/** Something taken out of a source, with the reason: every removal is reported. */
export interface Removal {
  source: string;
  text: string;
  reason: string;
}

/** Metadata found in a source's own text (frontmatter, attribution lines). */
export interface FoundMetadata {
  title?: string;
  editor?: string;
  author?: string;
  date?: string;
  publisher?: string;
  /** Who reviewed the page, and when (a "Reviewed by … on …" line): kept in the report only. */
  reviewer?: string;
  reviewDate?: string;
}

/** A source parsed into a Markdown tree, before cleaning. */
export interface ParsedSource {
  id: string;
  file: string;
  format: SourceFormat;
  tree: Root;
  metadata: FoundMetadata;
  removals: Removal[];
  /** Set when an editor has read the text against the page (manifest `textChecked`). */
  textChecked?: boolean;
}

/** What de-scrambling one garbled copy against its clean twin found. */
export interface RestorationReport {
  garbled: string;
  twin: string;
  garbleScore: number;
  tokensCompared: number;
  wordsRestored: number;
  restorations: { from: string; to: string }[];
  unresolved: string[];
  emphasisCarried: number;
}

/** A canonical article after merging copies and cleaning, ready to normalize and emit. */
export interface CanonicalArticle {
  /** Manifest ids of every source merged into this article; the first one gave the body. */
  sources: string[];
  tree: Root;
  metadata: FoundMetadata;
}
