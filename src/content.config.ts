// Content collections and their schemas. A broken entry fails the build, naming the file
// and the field (Astro reports the zod issue path with the entry's file).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { REGION_IDS } from './data/regions.ts';
import { articleFrontmatterSchema } from './pipeline/article-frontmatter.ts';

const isoDate = z.coerce.date();

/** Imported articles: written by `npm run import`; only `description` and `reviewed` are hand-edited. */
const articles = defineCollection({
  // Bodies are compiled by @astrojs/mdx from the files; the store keeps only metadata, because
  // Astro loads the store as one string literal that V8 parses in quadratic time.
  loader: glob({ pattern: '*.mdx', base: './content/articles', retainBody: false }),
  // Shared with the import (issue 26), which checks it before writing an article.
  schema: articleFrontmatterSchema,
});

/** Root levels the reference describes (L1–S2), plus S3 where a nerve's roots reach it. */
const ROOT = z.enum(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3']);

/** Fields every topic has, whatever its kind. */
const topicBase = z.object({
  /** Name of the topic in plain words; also a term matched in the articles. */
  title: z.string().min(2).max(60),
  /** Lay words and synonyms ("slipped disc", "peroneal") matched in the articles and indexed for search. */
  aliases: z.array(z.string().min(2)).default([]),
  /** One plain sentence saying what the topic is (used as the page's description). */
  summary: z.string().min(20).max(159, 'summary must be under 160 characters'),
  /** Citation keys of the summary's source(s), as in the body: "S6" or "signs-to-look-for#p-…". */
  summaryCites: z.array(z.string()).min(1, 'cite the source of the summary (summaryCites)'),
  /** Ids of other topics a reader should see next; each must exist. */
  related: z.array(z.string()).default([]),
  /** When our team last reviewed the topic text against its sources. */
  reviewed: isoDate,
});

/** Topics: nerves and roots, conditions, signs and treatments, cross-linked through the articles. */
const topics = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/topics' }),
  schema: z.discriminatedUnion('kind', [
    topicBase.extend({
      /** A nerve or a nerve root. */
      kind: z.literal('nerve'),
      /** The spinal roots whose fibres it carries, e.g. [L2, L3, L4]. */
      roots: z.array(ROOT).min(1),
      /** Body regions it supplies (ids of shared/reference/nerve-data.md §4). */
      regions: z.array(z.enum(REGION_IDS)).min(1),
    }),
    topicBase.extend({
      /** A condition that can cause back-related knee pain. */
      kind: z.literal('condition'),
    }),
    topicBase.extend({
      /** A sign or symptom a reader may notice. */
      kind: z.literal('sign'),
      /** The plain yes/no question the sign checklist asks the reader. */
      question: z.string().endsWith('?', 'question must end with "?"'),
      /** Whether answering yes means "get urgent care now" (the warning signs, with their care levels, live in src/data/warning-signs.ts). */
      redFlag: z.boolean().default(false),
      /** Where the checklist asks it: pain and how it behaves, feeling, strength and movement, other clues, or circumstances (not a sign: never changes the result). */
      checklistGroup: z.enum(['pain', 'feeling', 'movement', 'other', 'circumstances']),
    }),
    topicBase.extend({
      /** A treatment or a step on the way to a diagnosis. */
      kind: z.literal('treatment'),
      /** conservative (exercise, therapy), medication, procedure (injection, surgery) or assessment (diagnosis). */
      approach: z.enum(['conservative', 'medication', 'procedure', 'assessment']),
    }),
  ]),
});

export const collections = { articles, topics };
