// Readers' queries in four kinds, each with the page(s) a clinician would want a reader to
// reach: at least one must be in the top three results. Written from how patients describe
// symptoms (British and American words), common typos and questions, not from the index.
// Out-of-scope queries must show the "nothing on this site" help instead of loose matches.

/** A reader's query and the acceptable pages (any one in the top three passes). */
export interface ReaderQuery {
  query: string;
  kind: 'clinical' | 'lay' | 'typo' | 'question';
  expect: readonly string[];
}

const q = (kind: ReaderQuery['kind'], query: string, ...expect: string[]): ReaderQuery => ({ query, kind, expect });

const SCIATICA = '/conditions/lumbar-radiculopathy/';
/** The warning-signs page: first for every query about a warning sign. */
export const URGENT = '/urgent-help/';

/** Queries the site covers. */
export const READER_QUERIES: readonly ReaderQuery[] = [
  // Clinical terms.
  q('clinical', 'femoral', '/nerves/femoral-nerve/'),
  q('clinical', 'sciatica', SCIATICA),
  q('clinical', 'lumbar radiculopathy', SCIATICA),
  q('clinical', 'radiculopathy', SCIATICA),
  q('clinical', 'spinal stenosis', '/conditions/spinal-stenosis/'),
  q('clinical', 'spondylolisthesis', '/conditions/spondylolisthesis/'),
  q('clinical', 'piriformis syndrome', '/conditions/piriformis-syndrome/'),
  q('clinical', 'disc herniation', '/conditions/disc-herniation/'),
  q('clinical', 'degenerative disc disease', '/conditions/degenerative-disc-disease/'),
  q('clinical', "Baker's cyst", '/conditions/bakers-cyst/'),
  q('clinical', 'popliteal cyst', '/conditions/bakers-cyst/'),
  q('clinical', 'common peroneal nerve', '/nerves/common-fibular-nerve/'),
  q('clinical', 'tibial nerve', '/nerves/tibial-nerve/'),
  q('clinical', 'L4 nerve root', '/nerves/l4-nerve-root/'),
  q('clinical', 'S1', '/nerves/s1-nerve-root/'),
  q('clinical', 'L5', '/nerves/l5-nerve-root/'),
  q('clinical', 'corticosteroid injection', '/treatments/corticosteroids/'),
  q('clinical', 'NSAIDs', '/treatments/nsaids/'),
  q('clinical', 'McKenzie method', '/treatments/mckenzie-method/'),
  q('clinical', 'rheumatoid arthritis', '/conditions/rheumatoid-arthritis/'),
  q('clinical', 'cauda equina syndrome', URGENT),
  q('clinical', 'quadriceps weakness', '/signs/hip-or-quadriceps-weakness/'),
  q('clinical', 'MRI', '/treatments/diagnosis/'),
  // Lay words, British and American.
  q('lay', 'slipped disc', '/conditions/disc-herniation/'),
  q('lay', 'slipped disk', '/conditions/disc-herniation/'),
  q('lay', 'bulging disc', '/conditions/disc-herniation/'),
  q('lay', 'trapped nerve', '/conditions/pinched-nerve/'),
  q('lay', 'pinched nerve in my back', '/conditions/pinched-nerve/'),
  q('lay', 'pins and needles in my leg', '/signs/numbness-or-tingling/'),
  q('lay', 'numb thigh', '/signs/numbness-or-tingling/', '/signs/front-of-thigh-pain/'),
  q('lay', 'numb bum', URGENT),
  q('lay', "can't pee", URGENT),
  q('lay', 'physio', '/treatments/physical-therapy/'),
  q('lay', 'physical therapist', '/treatments/physical-therapy/'),
  q('lay', 'steroid injection', '/treatments/corticosteroids/'),
  q('lay', 'cortisone shot', '/treatments/corticosteroids/'),
  q('lay', 'ibuprofen', '/treatments/nsaids/'),
  q('lay', 'anti-inflammatories', '/treatments/nsaids/'),
  q('lay', 'paracetamol', '/treatments/nsaids/'),
  q('lay', 'acetaminophen', '/treatments/nsaids/'),
  q('lay', 'knee replacement', '/treatments/surgery/'),
  q('lay', 'desk job', '/signs/long-sitting/'),
  q('lay', 'sitting all day', '/signs/long-sitting/'),
  q('lay', 'burning knee', '/signs/deep-ache-or-burning/'),
  q('lay', 'tight hamstrings', '/signs/hamstring-tightness/'),
  q('lay', 'hamstring stretches', '/treatments/hamstring-stretches/'),
  q('lay', 'weak thigh muscles', '/signs/hip-or-quadriceps-weakness/'),
  q('lay', 'bum pain spreading down my leg', '/signs/pain-spreading-from-hip-or-buttock/', SCIATICA),
  q('lay', 'foot drop', '/nerves/common-fibular-nerve/'),
  q('lay', 'limping', '/signs/changed-gait/'),
  q('lay', 'back and knee pain', '/signs/knee-pain-with-back-pain/'),
  q('lay', 'posture', '/treatments/postural-correction/'),
  q('lay', 'core exercises', '/treatments/back-stretching-and-core-strengthening/'),
  q('lay', 'yoga', '/treatments/exercise/'),
  q('lay', 'lump behind my knee', '/conditions/bakers-cyst/'),
  q('lay', 'bunion', '/signs/bunions/'),
  q('lay', 'wear and tear in my spine', '/conditions/degenerative-disc-disease/'),
  // Typos.
  q('typo', 'sciatca', SCIATICA),
  q('typo', 'feemoral nerve', '/nerves/femoral-nerve/'),
  q('typo', 'hamstrng', '/signs/hamstring-tightness/', '/treatments/hamstring-stretches/'),
  q('typo', 'numbnes', '/signs/numbness-or-tingling/'),
  q('typo', 'spinal stenossis', '/conditions/spinal-stenosis/'),
  q('typo', 'piriformus', '/conditions/piriformis-syndrome/'),
  q('typo', 'herniated disk', '/conditions/disc-herniation/'),
  q('typo', 'mackenzie', '/treatments/mckenzie-method/'),
  q('typo', 'ibuprophen', '/treatments/nsaids/'),
  q('typo', 'corticosteriod', '/treatments/corticosteroids/'),
  q('typo', 'physiotherepy', '/treatments/physical-therapy/'),
  q('typo', 'tibal nerve', '/nerves/tibial-nerve/'),
  q('typo', 'spondylolistesis', '/conditions/spondylolisthesis/'),
  q('typo', 'sciatic nerv', '/nerves/sciatic-nerve/'),
  q('typo', 'radiculopaty', SCIATICA),
  q('typo', 'tingeling', '/signs/numbness-or-tingling/'),
  // Questions and symptoms.
  q('question', 'can my back cause knee pain', '/signs/knee-pain-with-back-pain/', '/articles/can-your-back-cause-knee-pain-signs-to-look-for/', '/articles/could-your-back-be-causing-your-knee-pain/', '/articles/does-back-pain-cause-knee-pain-ultimate-and-simple-guide/', '/articles/back-disorders-and-knee-pain/'),
  q('question', 'why does my knee hurt when I sit for a long time', '/signs/long-sitting/'),
  q('question', 'why does the front of my thigh hurt', '/signs/front-of-thigh-pain/'),
  q('question', 'my knee gives way', '/signs/hip-or-quadriceps-weakness/', '/nerves/femoral-nerve/'),
  q('question', 'what is sciatica', SCIATICA),
  q('question', 'do I need surgery', '/treatments/surgery/'),
  q('question', 'what does an MRI show', '/treatments/diagnosis/'),
  q('question', 'how do I stretch my hamstrings', '/treatments/hamstring-stretches/'),
  q('question', 'does ibuprofen help', '/treatments/nsaids/'),
  q('question', 'pain down the back of my leg', '/nerves/sciatic-nerve/', SCIATICA),
  q('question', 'burning pain in my knee', '/signs/deep-ache-or-burning/'),
  q('question', 'tingling in my foot', '/signs/numbness-or-tingling/'),
  q('question', 'numbness in the saddle area', URGENT),
  q('question', 'knee pain that changes when I bend my back', '/signs/pain-changes-with-back-position/'),
  q('question', 'trouble climbing stairs', '/signs/trouble-with-stairs/'),
  q('question', 'my hip is weak', '/signs/hip-or-quadriceps-weakness/'),
  q('question', 'deep ache in my knee', '/signs/deep-ache-or-burning/'),
  q('question', 'can a pinched nerve cause knee pain', '/conditions/pinched-nerve/'),
  q('question', 'what is the L3 nerve root', '/nerves/l3-nerve-root/'),
  q('question', 'loss of bladder control', URGENT),
  q('question', 'chest pain', URGENT),
  q('question', 'when should I go to A&E', URGENT),
  // From a cold review (2026-12-04): a word the site lacks ("cant") once hid the warning signs.
  q('question', 'cant feel when i wipe', URGENT),
  q('question', 'numb between my legs and back pain', URGENT),
  q('question', 'foot getting weaker every day cant lift toes', URGENT),
];

/** Questions the site does not cover: they must get the "nothing on this site" help. */
export const OUT_OF_SCOPE: readonly string[] = ['tennis elbow', 'carpal tunnel', 'migraine', 'sore throat', 'toothache'];
