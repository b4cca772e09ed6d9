// The published references behind our anatomy, red-flag and clinical-guidance statements. Ids
// and details are those of shared/reference/nerve-data.md §7 (S…) and clinical-guidance.md §9
// (G…), where each is described in full; topic pages cite them as [@S32] or [@G10] and
// /about/#ref-S32 lists them.

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
  { id: 'G1', title: "NICE NG59, Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020), recommendations", url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations' },
  { id: 'G2', title: "NHS Specialist Pharmacy Service, ’NICE Bites: Low back pain and sciatica in over 16s’ (2017)", url: 'https://medicines.necsu.nhs.uk/nice-bites-low-back-pain-and-sciatica-in-over-16s' },
  { id: 'G3', title: "Summaries of the 2020 sciatica update: MIMS", url: 'https://www.mims.co.uk/nice-updates-sciatica-treatment-guidance/pain/article/1695191' },
  { id: 'G4', title: "NICE NG59, information for the public, ’Exercise and physical activity’", url: 'https://www.nice.org.uk/guidance/ng59/ifp/chapter/Exercise-and-physical-activity' },
  { id: 'G5', title: "NICE QS155, quality statement 6 (spinal injections)", url: 'https://www.nice.org.uk/guidance/qs155/chapter/quality-statement-6-spinal-injections' },
  { id: 'G6', title: "Policies applying NG59: Academy of Medical Royal Colleges, EBI ’Injections for non-specific low back pain without sciatica’", url: 'https://www.aomrc.org.uk/ebi/clinicians/injections-for-nonspecific-low-back-pain-without-sciatica/' },
  { id: 'G7', title: "Pinto RZ, et al. Epidural corticosteroid injections in the management of sciatica: a systematic review and meta-analysis. Ann Intern Med 2012;157:865–877. Via the Pulse summary", url: 'https://www.pulsetoday.co.uk/news/clinical-areas/musculoskeletal-rheumatology-sports-medicine/epidural-steroids-offer-only-short-term-relief-from-sciatica-concludes-analysis/' },
  { id: 'G8', title: "NHS: Sciatica (read via NHS-syndicated copies)", url: 'https://www.nhs.uk/conditions/sciatica/' },
  { id: 'G9', title: "NHS (archived), Treating sciatica (outdated medicine list)", url: 'http://www.nhs.uk/Conditions/Sciatica/Pages/Treatment.aspx' },
  { id: 'G10', title: "NHS, Septic arthritis (reviewed 23 March 2023), via the NHS developer widget", url: 'https://developer.api.nhs.uk/widgets/condition/?condition=/conditions/septic-arthritis/' },
  { id: 'G11', title: "Patient.info (professional), Hot swollen joints (Tidy C, updated January 2023)", url: 'https://patient.info/doctor/hot-swollen-joints' },
  { id: 'G12', title: "DVT: NHS beta page", url: 'https://beta.nhs.uk/conditions/deep-vein-thrombosis-dvt/' },
  { id: 'G13', title: "Baker’s cyst: NHS 111 Wales", url: 'https://111.wales.nhs.uk/Encyclopaedia/b/article/bakerscyst' },
  { id: 'G14', title: "Gloucestershire G-care, ’Red flags for knee conditions’ (clinician pathways)", url: 'https://g-care.glos.nhs.uk/pathway/55/resource/3' },
  { id: 'G15', title: "East Lancashire Hospitals NHS Trust, Traumatic knee injury", url: 'https://elht.nhs.uk/services/integrated-msk-pain-and-rheumatology-service/traumatic-knee-injury' },
  { id: 'G16', title: "Limping child: Frimley Healthier Together", url: 'https://frimley-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/limp' },
  { id: 'G17', title: "Cornwall referral criteria, Hip pain in children (reviewed 2022)", url: 'https://rms.cornwall.nhs.uk/rms/primary_care_clinical_referral_criteria/primary_care_clinical_referral_criteria/orthopaedics/rms/primary_care_clinical_referral_criteria/primary_care_clinical_referral_criteria/orthopaedics/hip/hip_pain_in_children' },
  { id: 'G18', title: "SUFE: Matava MJ, et al. Knee pain as the initial symptom of slipped capital femoral epiphysis. J Pediatr Orthop 1999;19:455–460", url: 'https://pubmed.ncbi.nlm.nih.gov/10412993/' },
  { id: 'G19', title: "Perthes: Patient.info, Perthes’ disease – symptoms", url: 'https://patient.info/in/health/perthes-disease-leaflet/symptoms' },
  { id: 'G20', title: "Hip to knee in adults: Khan AM, et al. Hip osteoarthritis: where is the pain? Ann R Coll Surg Engl 2004;86:119–121", url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1964166' },
  { id: 'G21', title: "Northern Health and Social Care Trust (NI), Low back pain", url: 'https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/' },
  { id: 'G22', title: "NHS Greater Glasgow and Clyde, Self-help and information – Lower back", url: 'https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/' },
  { id: 'G23', title: "Tyneside Integrated Musculoskeletal Service (TIMS), ’Leg pain linked to the lower back (sciatica)’", url: 'https://info.5y1.org/numbness-in-thighs-when-standing_1_b234c5.html' },
  { id: 'G24', title: "NICE CG75, Metastatic spinal cord compression (2008; replaced by NG234 in 2023), key priorities", url: 'https://www.nice.org.uk/guidance/cg75/chapter/Key-priorities-for-implementation' },
  { id: 'G25', title: "NICE NG12, Suspected cancer: recognition and referral, back-pain entries, via a notebook copy (secondary)", url: 'https://nursing-notebook.com/en-ie/simplepage.cfm?ID=x20150723154408854142&linkID=77605' },
  { id: 'G26', title: "NICE CKS (archived), Sciatica: ’Interpreting red flags’", url: 'http://www.cks.nhs.uk/sciatica_lumbar_radiculopathy/management/scenario_diagnosis/assessing_for_serious_risks_red_flags/interpreting_red_flags' },
  { id: 'G27', title: "NHS: NSAIDs overview (read via an NHS-syndicated copy)", url: 'https://www.nhs.uk/conditions/nsaids/' },
  { id: 'G28', title: "NHS Fife, Oral NSAIDs patient leaflet (issued March 2025)", url: 'https://nhsfife.org/services/all-services/patient-advice/oral-non-steroidal-anti-inflammatory-drugs-nsaids' },
  { id: 'G29', title: "NHS: Ibuprofen for adults (read via news copies, a weak source)", url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/' },
  { id: 'G30', title: "NHS, Taking low-dose aspirin with other medicines", url: 'https://nhs.uk/medicines/low-dose-aspirin/taking-low-dose-aspirin-with-other-medicines-and-herbal-supplements' },
  { id: 'G31', title: "Brinjikji W, et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36:811–816. Abstract", url: 'http://ajnr.org/content/36/4/811.full' },
  { id: 'G32', title: "Brinjikji W, et al. MRI findings of disc degeneration are more prevalent in adults with low back pain than in asymptomatic controls: a systematic review and meta-analysis. AJNR 2015;36:2394–2399", url: 'http://www.ajnr.org/content/36/12/2394.full.txt' },
  { id: 'G33', title: "Chou R, et al. Diagnostic imaging for low back pain: advice for high-value health care from the American College of Physicians. Ann Intern Med 2011;154:181–189", url: 'https://id.scribd.com/document/110294016/acp1' },
  { id: 'G34', title: "Bogduk N. On the definitions and physiology of back pain, referred pain, and radicular pain. Pain 2009;147:17–19", url: 'https://www.scribd.com/doc/38936072/Bog-Duk-2009' },
  { id: 'G35', title: "WikiMSK, Radicular pain and radiculopathy (2023)", url: 'https://wikimsk.org/w/index.php?title=Radicular_Pain_and_Radiculopathy&veaction=edit' },
  { id: 'G36', title: "Lisi AJ. The centralization phenomenon in chiropractic spinal manipulation of discogenic low back pain and sciatica. J Manipulative Physiol Ther 2001;24:596–602", url: 'https://chiro.org/Low_Back_Pain/The_Centralization_Phenomenon.shtml' },
  { id: 'G37', title: "May S, Runge N, Aina A. Centralization and directional preference: an updated systematic review with synthesis of previous evidence. Musculoskelet Sci Pract 2018;38:53–62", url: 'https://www.chiro.org/Graphics_Box_LOW_BACK/Centralization_and_Directional_Preference.shtml' },
  { id: 'G38', title: "Consumer McKenzie guidance (a weak source)", url: 'https://lowerbackstretches.com/extension-bias-assessment/' },
  { id: 'G39', title: "MyHealth Alberta (Alberta Health Services / Healthwise), Sciatica: after your visit", url: 'https://myhealth.alberta.ca/health/AfterCareInformation/pages/conditions.aspx?hwid=te8265' },
  { id: 'G40', title: "South Tees Hospitals, Managing short-lived lower back problems", url: 'https://www.southtees.nhs.uk/services/back-pain/self-help/managing-short-lived-lower-back-problems/' },
  { id: 'G41', title: "University Hospitals of Morecambe Bay, MSK knee pain", url: 'https://www.uhmb.nhs.uk/our-services/services/musculoskeletal-msk-physiotherapy/musculoskeletal-msk-pain/knee-pain' },
  { id: 'G42', title: "RA referral: NICE QS33, statement 1", url: 'https://nice.org.uk/guidance/qs33/chapter/quality-statement-1-referral' },
  { id: 'G43', title: "RA (patient-facing): NHS archived campaign page", url: 'http://www.nhs.uk/ra/Pages/stiff-swollen-joint-pain.aspx' },
  { id: 'G44', title: "OA diagnosis: NICE NG226, Osteoarthritis in over 16s (2022)", url: 'https://www.nice.org.uk/guidance/ng226/chapter/Recommendations' },
  { id: 'G45', title: "NHS inform, Osteoarthritis", url: 'https://nhsinform-n1.azurewebsites.net/illnesses-and-conditions/muscle-bone-and-joints/conditions/osteoarthritis' },
  { id: 'G46', title: "Peul WC, et al. Surgery versus prolonged conservative treatment for sciatica. N Engl J Med 2007;356:2245–2256", url: 'http://repub.eur.nl/pub/35413/' },
  { id: 'G47', title: "Liu C, et al. Surgical versus non-surgical treatment for sciatica: systematic review and meta-analysis of randomised controlled trials. BMJ 2023;381:e070730", url: 'https://ouci.dntb.gov.ua/en/works/4zvNyvQ4' },
  { id: 'G48', title: "GPnotebook, Sciatica – management", url: 'https://gpnotebook.com/en-gb/simplepage.cfm?ID=1611005999' },
  { id: 'G49', title: "Bernstein IA, et al. Low back pain and sciatica: summary of NICE guidance. BMJ 2017;356:i6748 (2016 version; its neuropathic-drug advice is superseded)", url: 'https://doi.org/10.1136/bmj.i6748' },
  { id: 'G50', title: "iatroX, secondary AI-generated summary of NICE surgical referral criteria (weak source)", url: 'https://iatrox.com/shared/68a09ac32ec4d442296f6a55/what-criteria-should-i-use-to-determine-if-a-patient-with-sciatica-requires-6f6a55' },
  { id: 'G155', title: 'NHS: Physiotherapy – accessing physiotherapy: self-referral is not available everywhere (read via NHS-syndicated copies)', url: 'https://www.nhs.uk/conditions/physiotherapy/accessing/' },
  { id: 'G156', title: 'NHS: Physiotherapy – accessing physiotherapy: who self-referral suits (read via NHS-syndicated copies)', url: 'https://www.nhs.uk/conditions/physiotherapy/accessing/' },
];

/** Every reference the site cites, in the reference files' order (S1 … S60, then G1 … G50). */
export const REFERENCES: readonly Reference[] = [...LISTED].sort(
  (a, b) => (a.id[0] === b.id[0] ? Number(a.id.slice(1)) - Number(b.id.slice(1)) : a.id[0] === 'S' ? -1 : 1),
);

/** The reference with this id, or undefined. */
export function findReference(id: string): Reference | undefined {
  return REFERENCES.find((r) => r.id === id);
}
