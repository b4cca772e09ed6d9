// The schema of content/reference-claims.yaml: for each reference our texts cite, its key
// claims and the terms a sentence citing it must hold (see two-voices.ts). Shared by the
// content collection and the file reader, so both check the same thing.
import { z } from 'zod';

/** One reference's entry: its id (S…, G…) and its key claims. */
export const referenceClaimsEntry = z.object({
  id: z.string().regex(/^[SG]\d+$/, 'id must be a reference id such as S6 or G34'),
  /** The guidance that has replaced this one (e.g. NG234 for CG75): a sentence citing it must name it, so old guidance is never presented as current. */
  replacedBy: z.string().min(2).optional(),
  claims: z.array(z.object({
    says: z.string().min(10, 'says: write the claim as the reference states it'),
    terms: z.array(z.string().min(2)).min(1, 'terms: list at least one term a citing sentence must hold'),
  })).min(1),
});

/** One entry of content/reference-claims.yaml. */
export type ReferenceClaimsEntry = z.infer<typeof referenceClaimsEntry>;

/** The file, from the project root. */
export const REFERENCE_CLAIMS_FILE = 'content/reference-claims.yaml';
