// Content collections and their schemas. A broken entry fails the build, naming the file
// and the field (Astro reports the zod issue path with the entry's file).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { REGION_IDS } from './data/regions.ts';
import {
  adviceSchema, careLevelSchema, checklistGroupSchema, clinicalQuestionSchema, triageRuleSchema, warningSignSchema,
} from './lib/care/care-schema.ts';
import { reviewRecordSchema } from './lib/review/review-records.ts';
import { editorNoteEntry } from './lib/articles/editor-note-schema.ts';
import { referenceClaimsEntry } from './lib/citations/reference-claims-schema.ts';
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
  /**
   * "articles" (the default): a topic the articles name; its page quotes them.
   * "references": a reference page (knee problems that are not from the back, getting
   * physiotherapy), written from shared/reference alone: no article mentions or quotes it,
   * and every sentence cites a reference (G…, S…).
   */
  writtenFrom: z.enum(['articles', 'references']).default('articles'),
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
      /** A condition that can cause back-related knee pain, or one that can be mistaken for it. */
      kind: z.literal('condition'),
    }),
    topicBase.extend({
      /** A sign or symptom a reader may notice. */
      kind: z.literal('sign'),
      /** The plain yes/no question the sign checklist asks the reader. */
      question: z.string().endsWith('?', 'question must end with "?"'),
      /** Whether answering yes means "get urgent care now" (the warning signs, with their care levels, live in content/care/warning-signs.yaml). */
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

// Clinical data a clinician can review without reading code (content/care/): levels of care,
// every warning sign worded once, the checklist's questions and rules, the open clinical
// questions and the advice lines. src/lib/care/care-data.ts checks them across files.
const careLevels = defineCollection({ loader: file('content/care/care-levels.yaml'), schema: careLevelSchema });
const warningSigns = defineCollection({ loader: file('content/care/warning-signs.yaml'), schema: warningSignSchema });
const checklistGroups = defineCollection({ loader: file('content/care/checklist-groups.yaml'), schema: checklistGroupSchema });
const triageRules = defineCollection({ loader: file('content/care/triage-rules.yaml'), schema: triageRuleSchema });
const clinicalQuestions = defineCollection({ loader: file('content/care/clinical-questions.yaml'), schema: clinicalQuestionSchema });
const careAdvice = defineCollection({ loader: file('content/care/advice.yaml'), schema: adviceSchema });

/** Clinicians' sign-offs: who reviewed which pages, when, and each page's clinical-text hash then. */
const reviews = defineCollection({
  // Checked here on every sync; the pages read the same file through the same schema
  // (src/lib/review/review-records.ts), as Astro warns on every query of an empty collection.
  loader: file('content/reviews.yaml'),
  schema: reviewRecordSchema,
});

// --- Two voices (issue 24): our editors' notes and the references' key claims ---

/** Editors' notes beside imported claims (content/editor-notes.yaml; schema in src/lib/articles/editor-note-schema.ts). */
const editorNotes = defineCollection({ loader: file('./content/editor-notes.yaml'), schema: editorNoteEntry });

/** Each cited reference's key claims, for the two-voice check (content/reference-claims.yaml). */
const referenceClaims = defineCollection({ loader: file('./content/reference-claims.yaml'), schema: referenceClaimsEntry });

export const collections = {
  articles, topics, careLevels, warningSigns, checklistGroups, triageRules, clinicalQuestions, careAdvice, reviews, editorNotes, referenceClaims,
};
