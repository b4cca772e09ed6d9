// The published references behind our anatomy and red-flag statements. Ids and details are
// those of shared/reference/nerve-data.md §7, where each is described in full; topic pages
// cite them as [@S32] and /about/#ref-S32 lists them.

/** One reference we cite. */
export interface Reference {
  /** The reference file's id, e.g. "S32". */
  id: string;
  /** What it is, in short. */
  title: string;
  /** Where to read it. */
  url: string;
}

const LISTED: readonly Reference[] = [
  { id: 'S1', title: 'Medscape: sensory function testing in spinal cord injury (ISNCSCI key sensory points)', url: 'https://www.medscape.com/answers/793582-161666/how-is-sensory-function-testing-performed-in-the-evaluation-of-spinal-cord-injury-sci' },
  { id: 'S3', title: 'Rupp R, et al. International Standards for Neurological Classification of Spinal Cord Injury (revised 2019). Top Spinal Cord Inj Rehabil 2021;27(2):1–22', url: 'https://bibbase.org/network/publication/rupp-bieringsrensen-burns-graves-guest-jones-read-rodriguez-etal-internationalstandardsforneurologicalclassificationofspinalcordinjury-2021' },
  { id: 'S4', title: 'CNS Wiki: ASIA motor scoring (key muscles L2–S1)', url: 'http://prod.wiki.cns.org/wiki/index.php/American_Spinal_Injury_Association_(ASIA)-_Motor_Scoring' },
  { id: 'S6', title: 'Harrison’s Principles of Internal Medicine, 19th edition, Table 48-1: lumbosacral radiculopathy, neurologic features', url: 'https://download.skyscape.com/download/ota/lonestar/76CD77F7-898A-4928-AE45-A3D54D0FF0F0/harrisons.ed19/content/HTML/t/tl9.htm' },
  { id: 'S7', title: 'Medscape: mechanical low back pain, dermatomal sensory and reflex testing', url: 'https://www.medscape.com/answers/310353-114234/how-is-dermatomal-sensory-and-reflex-testing-used-in-the-evaluation-of-mechanical-low-back-pain' },
  { id: 'S21', title: 'WikiMSK: Dermatomes', url: 'https://wikimsk.org/wiki/Dermatomes' },
  { id: 'S22', title: 'Downs MB, LaPorte C. Conflicting dermatome maps: educational and clinical implications. J Orthop Sports Phys Ther 2011', url: 'https://www.scienceopen.com/document?vid=d872f23d-7d43-4b2e-869c-3c4cafe51688' },
  { id: 'S27', title: 'Albert HB, et al. Where do patients with MRI-confirmed single-level radiculopathy experience pain? Chiropr Man Therap 2019;27:50', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6778979' },
  { id: 'S29', title: 'GPnotebook: lower limb dermatomes', url: 'http://www.gpnotebook.co.uk/simplepage.cfm?ID=1865744389' },
  { id: 'S30', title: 'Bromley Emergency (FRCEM primary): lower limb dermatomes', url: 'https://www.bromleyemergency.com/frcem-primary/core-anatomy-lower-limb-dermatomes/' },
  { id: 'S33', title: 'Saphenous nerve (StatPearls summary; Hosahalli G, et al. Indian J Orthop 2017)', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5525530' },
  { id: 'S34', title: 'Tipton JS. Obturator neuropathy. Curr Rev Musculoskelet Med 2008', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2682412' },
  { id: 'S35', title: 'Medscape: meralgia paresthetica (lateral femoral cutaneous nerve), clinical', url: 'https://emedicine.medscape.com/article/1141848-clinical' },
  { id: 'S39', title: 'Wheeless’ Textbook of Orthopaedics: posterior femoral cutaneous nerve', url: 'https://www.wheelessonline.com/nerves/posterior-femoral-cutaneous-nerve/' },
  { id: 'S8', title: 'Medscape eMedicine: lumbosacral radiculopathy, clinical presentation', url: 'https://emedicine.medscape.com/article/95025-clinical' },
  { id: 'S9', title: 'MSD Manual Professional: lumbosacral radiculopathy', url: 'https://www.msdmanuals.com/professional/musculoskeletal-and-connective-tissue-disorders/neck-and-back-pain/lumbosacral-radiculopathy' },
  { id: 'S20', title: 'Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes. Clin Anat 2008;21:363–373', url: 'https://www.scribd.com/document/190744886/Clin-Anat-08-Dermatomes' },
  { id: 'S26', title: 'Murphy DR, et al. Pain patterns in patients with radicular pain: does the pain follow a dermatome? Chiropr Osteopat 2009;17:9', url: 'https://chiromt.biomedcentral.com/articles/10.1186/1746-1340-17-9' },
  { id: 'S32', title: 'Femoral nerve (L2–L4): course and branches; MedLink, femoral neuropathy', url: 'https://www.medlink.com/articles/femoral-neuropathy' },
  { id: 'S36', title: 'Kenhub atlas: sciatic nerve', url: 'https://www.kenhub.com/en/atlas/nervus-ischiadicus' },
  { id: 'S37', title: 'Tibial nerve (popliteal fossa), Moore’s Clinically Oriented Anatomy (copy)', url: 'https://eptumed.com/skillLab3/modelShowOrgan.php?catalog=MTYmNTE1' },
  { id: 'S38', title: 'StatPearls: peroneal nerve injury', url: 'https://statpearls.com/point-of-care/27038' },
  { id: 'S42', title: 'Wheeless’ Textbook of Orthopaedics: innervation of the knee joint', url: 'https://www.wheelessonline.com/nerves/innervation-of-the-knee-joint/' },
  { id: 'S43', title: 'Khan AM, et al. Hip osteoarthritis: where is the pain? Ann R Coll Surg Engl 2004;86:119–121', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1964166' },
  { id: 'S44', title: 'Orthopaedic medicine textbook: clinical examination of the knee (Elsevier 2013)', url: 'https://wixlib.com/document/29ecb_50-clinical-examination-of-the-knee.html' },
  { id: 'S58', title: 'Medscape eMedicine: femoral mononeuropathy, clinical presentation', url: 'https://emedicine.staging.medscape.com/article/1141793-clinical' },
  { id: 'S46', title: 'Wheeless’ Textbook of Orthopaedics: lumbar nerve anatomy', url: 'https://www.wheelessonline.com/issls/lumbar-nerves-anatomy/' },
  { id: 'S47', title: 'NHS: Sciatica (checked via an NHS-syndicated copy)', url: 'https://www.nhs.uk/conditions/sciatica/' },
  { id: 'S48', title: 'NHS: Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' },
  { id: 'S49', title: 'Royal Free London NHS Foundation Trust: cauda equina syndrome leaflet', url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome' },
  { id: 'S50', title: 'NICE Clinical Knowledge Summaries: sciatica (lumbar radiculopathy), red flag symptoms and signs', url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/diagnosis/red-flag-symptoms-signs/' },
  { id: 'S52', title: 'GIRFT national suspected cauda equina syndrome pathway (2023), summarised by the CSP', url: 'https://www.csp.org.uk/journal/article/physiotherapy-journal-march-2024/national-suspected-cauda-equina-syndrome-pathway' },
];

/** Every reference the site cites, in the reference file's order (S1, S2 … S60). */
export const REFERENCES: readonly Reference[] = [...LISTED].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));

/** The reference with this id, or undefined. */
export function findReference(id: string): Reference | undefined {
  return REFERENCES.find((r) => r.id === id);
}
