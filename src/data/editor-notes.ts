// Our editors' notes on imported articles. The article text stays exactly as imported; where a
// paragraph says something unsafe, wrong or contested, a note beside it says what our
// references say. Each note is keyed to the article (its id, the file name without .mdx) and
// the paragraph's anchor (its "p-…" id on the page, from src/lib/mentions/block-anchor.ts).
// The build checks that each anchor exists and each citation resolves
// (src/lib/articles/check-editor-notes.ts). Write short, plain sentences that end with their
// citation.

/** One note beside one paragraph. */
export interface EditorNote {
  /** The article's id, e.g. "could-your-back-be-causing-your-knee-pain". */
  article: string;
  /** The paragraph's anchor, e.g. "p-just-about-everything-you-think-you". */
  anchor: string;
  /** What the evidence says, with citations such as [@G48] after each sentence. */
  text: string;
}

/** Every note, article by article, in paragraph order. */
export const EDITOR_NOTES: readonly EditorNote[] = [
  {
    article: 'could-your-back-be-causing-your-knee-pain',
    anchor: 'p-just-about-everything-you-think-you',
    text: 'Knee pain often does come from the knee: osteoarthritis is its most common cause after 50 [@G20]. The hip can also cause knee pain [@G20]. A clinician who examines you can tell these apart [@signs-to-look-for].',
  },
  {
    article: 'could-your-back-be-causing-your-knee-pain',
    anchor: 'p-ever-see-people-in-the-gym',
    text: 'This claim about stem cells comes from a clinic that sells its own procedures, and our clinical references do not support it [@G34]. A trapped nerve root shows as numbness, weakness or changed reflexes, not tightness alone [@G34].',
  },
  {
    article: 'could-your-back-be-causing-your-knee-pain',
    anchor: 'p-this-may-seem-odd-but-bunions',
    text: 'None of our clinical references lists bunions as a sign of a back problem [@G34]. A trapped nerve root shows as numbness, weakness or changed reflexes [@G34]. Scans of the back are not advised just to look for a cause [@G1][@G33].',
  },
  {
    article: 'does-back-pain-cause-knee-pain-ultimate-and-simple-guide',
    anchor: 'p-the-sciatic-nerve-is-the-largest',
    text: 'The sciatic nerve does not pass through the sacroiliac joint: it leaves the pelvis through an opening called the greater sciatic foramen, below the piriformis muscle [@S36].',
  },
  {
    article: 'does-back-pain-cause-knee-pain-ultimate-and-simple-guide',
    anchor: 'p-if-youre-experiencing-these-symptoms-its',
    text: 'Sudden or new leg weakness is not always simple: weakness that makes you trip or fall, or a dropping foot, needs urgent medical help [@G23]. Weakness in both legs, or weakness that is severe or getting worse, is an emergency: call 999 or go to A&E [@S47].',
  },
  {
    article: 'does-back-pain-cause-knee-pain-ultimate-and-simple-guide',
    anchor: 'p-nsaids-such-as-ibuprofen-are-available',
    text: 'Ask a pharmacist or doctor before taking an NSAID such as ibuprofen if you are over 65, pregnant, have asthma or have had a stomach ulcer [@G27]. Ask too if you have heart, liver, kidney or blood pressure problems, or take other medicines [@G27]. Use the lowest dose that works for the shortest time [@G28].',
  },
  {
    article: 'does-back-pain-cause-knee-pain-ultimate-and-simple-guide',
    anchor: 'p-they-can-be-taken-orally-or',
    text: 'NICE advises against steroid tablets for sciatica: they showed no overall benefit and a risk of harm [@G2][@G3]. A steroid injection into the spine may be offered for sudden, severe sciatica, and it helps only for a short time [@G6][@G7].',
  },
  {
    article: 'back-disorders-and-knee-pain',
    anchor: 'p-treating-knee-pain-due-to-spinal',
    text: '“Conservative care first” does not apply to everyone: signs of cauda equina syndrome need a spinal surgeon straight away [@G48]. Weakness that is getting worse, such as a dropping foot, needs a specialist within days [@G48]. Surgery may also come earlier when the nerve causes major weakness [@G47].',
  },
];
