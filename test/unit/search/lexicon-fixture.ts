// A small lexicon for query-layer tests: a vocabulary like the site's, its aliases, synonyms.
import { buildLexicon } from '../../../src/lib/search/lexicon.ts';

/** Words the fake index holds, most widespread first. */
export const WORDS = ['knee', 'pain', 'back', 'nerve', 'disc', 'thigh', 'numbness', 'tingling', 'sciatica', 'femoral', 'herniation', 'pinched', 'buttock', 'swelling', 'physical', 'therapy', 'physiotherapy', 'kneecap', 'bump', 'stairs', 'pee', 'bladder', 'cauda', 'equina', 'painkillers', 'relievers', 'sciatic', 'hamstrings', 'tight'];

/** The fixture lexicon. */
export const LEXICON = buildLexicon(
  { words: WORDS, names: { p1: ['disc herniation', 'slipped disc'], p2: ['pinched nerve', 'trapped nerve'], p3: ['physical therapy', 'physio'], p4: ['sciatica lumbar radiculopathy', 'sciatica'] }, common: ['knee', 'pain', 'back'] },
  { disk: ['disc'], bum: ['buttock'], oedema: ['swelling'], edema: ['swelling'], paracetamol: ['pain relievers', 'painkillers'], acetaminophen: ['pain relievers', 'painkillers'], 'pins and needles': ['tingling'], "can't pee": ['pee', 'bladder'], patella: ['kneecap'], hurts: ['pain'], sore: ['pain'] },
);
