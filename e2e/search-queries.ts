// Readers' own words, and the page each must bring up in the top three results.
// Most are lay terms that appear nowhere in the clinical page's text, only in its aliases.

/** A query and the site path that must be among its first three results. */
export const READER_QUERIES: readonly { query: string; expect: string }[] = [
  { query: 'femoral', expect: '/nerves/femoral-nerve/' },
  { query: 'bunion', expect: '/signs/bunions/' },
  { query: 'McKenzie', expect: '/treatments/mckenzie-method/' },
  { query: 'slipped disc', expect: '/conditions/disc-herniation/' },
  { query: 'numb thigh', expect: '/signs/numbness-or-tingling/' },
  { query: 'steroid injection', expect: '/treatments/corticosteroids/' },
  { query: 'hamstrings tight', expect: '/signs/hamstring-tightness/' },
  { query: 'pinched nerve', expect: '/conditions/pinched-nerve/' },
  { query: 'sciatica', expect: '/conditions/lumbar-radiculopathy/' },
  { query: 'peroneal', expect: '/nerves/common-fibular-nerve/' },
  { query: 'kneecap', expect: '/nerves/l3-nerve-root/' },
  { query: 'foot drop', expect: '/nerves/common-fibular-nerve/' },
  { query: 'ibuprofen', expect: '/treatments/nsaids/' },
  { query: 'stairs', expect: '/signs/trouble-with-stairs/' },
  { query: 'burning knee', expect: '/signs/deep-ache-or-burning/' },
  { query: 'narrowing spinal canal', expect: '/conditions/spinal-stenosis/' },
  { query: 'physio', expect: '/treatments/physical-therapy/' },
  { query: 'MRI scan', expect: '/treatments/diagnosis/' },
  { query: 'L4', expect: '/nerves/l4-nerve-root/' },
  { query: 'posture', expect: '/treatments/postural-correction/' },
  { query: 'false sciatica', expect: '/conditions/piriformis-syndrome/' },
  { query: 'desk job', expect: '/signs/long-sitting/' },
  { query: 'knee replacement', expect: '/treatments/surgery/' },
  { query: 'pins and needles', expect: '/signs/numbness-or-tingling/' },
];
