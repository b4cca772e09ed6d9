// Astro integration: after the pages are written, reads back every clinical page's review line
// (filled in by src/middleware.ts) and applies the publishing gate (src/lib/review/review-gate.ts):
// it reports the unreviewed pages and stops the build when REQUIRE_CLINICAL_REVIEW=1.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reviewGate } from '../lib/review/review-gate.ts';
import { readReviewLines } from '../lib/review/review-lines.ts';

/** The integration. */
export default function clinicalReview(): AstroIntegration {
  return {
    name: 'back-to-knee:clinical-review',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { report, error } = reviewGate(readReviewLines(fileURLToPath(dir)), process.env);
        for (const line of report) logger.info(line);
        if (error) throw new Error(error);
      },
    },
  };
}
