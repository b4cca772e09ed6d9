// Short, readable names for the references the nerve map cites, so a reader sees "Harrison's
// Principles of Internal Medicine" rather than "S6". The full entry is src/data/references.ts
// (listed on /about/); the nerve-map data test checks that every cited id has a name here.

const NAMES: Readonly<Record<string, string>> = {
  S1: 'Medscape: the key test points for feeling',
  S3: 'International standards for nerve testing (ISNCSCI, 2019)',
  S4: 'ASIA key muscles (CNS Wiki)',
  S6: 'Harrison’s Principles of Internal Medicine',
  S7: 'Medscape: skin and reflex testing in back pain',
  S8: 'Medscape: nerve root pain from the lower back',
  S9: 'MSD Manual: nerve root pain from the lower back',
  S20: 'Lee and others (2008): skin maps based on evidence',
  S21: 'WikiMSK: skin maps of the nerve roots',
  S22: 'Downs and LaPorte (2011): skin maps that disagree',
  S26: 'Murphy and others (2009): where root pain is felt',
  S27: 'Albert and others (2019): where root pain is felt',
  S29: 'GPnotebook: skin maps of the leg',
  S30: 'Bromley Emergency: skin maps of the leg',
  S32: 'MedLink: the femoral nerve',
  S33: 'StatPearls: the saphenous nerve',
  S34: 'Tipton (2008): the obturator nerve',
  S35: 'Medscape: meralgia paresthetica',
  S36: 'Kenhub: the sciatic nerve',
  S37: 'Moore’s Clinically Oriented Anatomy: the tibial nerve',
  S38: 'StatPearls: the peroneal (fibular) nerve',
  S39: 'Wheeless’ Textbook: the posterior femoral cutaneous nerve',
  S42: 'Wheeless’ Textbook: the nerves of the knee joint',
  S43: 'Khan and others (2004): hip arthritis, where is the pain?',
  S44: 'Orthopaedic medicine textbook: examining the knee',
  S46: 'Wheeless’ Textbook: the nerves of the lower back',
  S47: 'NHS: Sciatica',
  S49: 'Royal Free London NHS: cauda equina syndrome',
  S58: 'Medscape: damage to the femoral nerve',
};

/** The readable name of a reference the map cites, or undefined when it has none. */
export function sourceName(id: string): string | undefined {
  return NAMES[id];
}
