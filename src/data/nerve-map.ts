// The nerve map's facts: the lumbosacral roots L1–S2, the nerves of the leg that matter for
// the knee, and the 16 body regions with the roots and nerves that supply them. Written in
// our own words from shared/reference/nerve-data.md (§2 roots, §3 nerves, §4 regions); every
// record names its references (the S-ids of src/data/references.ts). Plain data, so the map's
// browser bundle stays small; nerve-map-schema.ts validates it in the build and the tests.
import type { RegionId } from './regions.ts';

/** Root ids, top to bottom. */
export const ROOT_IDS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'] as const;
/** Nerve ids. */
export const NERVE_IDS = ['femoral', 'saphenous', 'obturator', 'lateral_femoral_cutaneous', 'sciatic', 'tibial', 'common_fibular', 'posterior_femoral_cutaneous'] as const;

/** A root id (L1–S2). */
export type RootId = (typeof ROOT_IDS)[number];
/** A nerve id. */
export type NerveId = (typeof NERVE_IDS)[number];

/** How strongly a root supplies a region's skin: primary (agreed), secondary (partial), variable (maps disagree). */
export interface Supply<T> {
  primary: T[];
  secondary: T[];
  variable: T[];
}

/** A sentence of ours and the references it rests on. */
export interface Cited {
  text: string;
  sources: string[];
}

/** The two layers of a root: where its skin area is, and where its pain is usually felt. */
export type Layer = 'skin' | 'pain';
/** Layer ids, the default first. */
export const LAYERS = ['skin', 'pain'] as const;

/** One layer of a root: the regions it lights, graded, and the references for them. */
export interface RootLayer {
  regions: Supply<RegionId>;
  sources: string[];
  /** Said beside the layer, e.g. why it lights nothing. */
  note?: Cited;
}

/** One root's facts. */
export interface RootFacts {
  id: RootId;
  /** Skin area (dermatome), in plain words. */
  skin: string;
  /** The ISNCSCI key sensory point: where a clinician tests this root's feeling. */
  keyPoint: string;
  /** The key muscle or movement a clinician tests. */
  muscle: string;
  /** The tendon reflex that depends on it, if any. */
  reflex: string;
  /** The disc that usually presses on it. */
  disc: string;
  /** Why it matters for knee pain. */
  knee: string;
  /** The regions of each layer (the reference's root → region index, §4.3, and §1.2 item 4). */
  layers: Record<Layer, RootLayer>;
  /** References for the facts above (S-ids). */
  sources: string[];
}

/** One sourced part of what a nerve serves: in words, as regions of the drawing, and the references. */
export interface NerveTerritory {
  text: string;
  regions: RegionId[];
  sources: string[];
}

/** One nerve's facts. Skin, joint (and deep) supply and pain are kept apart: only skin is drawn as skin. */
export interface NerveFacts {
  id: NerveId;
  /** Its topic page's id, where the site has one. */
  topic?: string;
  name: string;
  roots: RootId[];
  /** Roots outside L1–S2 that also feed it (e.g. S3), shown in its description. */
  rootsNote?: string;
  course: string;
  /** What it moves (empty for purely sensory nerves). */
  muscles: string;
  /** The skin it gives feeling to (nerve-data.md §3 "Skin (sensory) area", §4.2 "Skin nerves"). */
  skin: NerveTerritory;
  /** Joints it supplies and where it runs deep (§3, §3.1 knee joint supply, §4.2 "Deep / joint"), or null when our sources list none. */
  deep: NerveTerritory | null;
  /** Where its own irritation is felt as pain, or null when no source gives it a pain pattern (the map then says so). */
  pain: NerveTerritory | null;
  knee: string;
  sources: string[];
}

/** One region's facts. */
export interface RegionFacts {
  id: RegionId;
  view: 'front' | 'back';
  /** Roots supplying its skin (from the reference's region matrix, §4.2). */
  roots: Supply<RootId>;
  /** The root whose ISNCSCI test point lies in it, if any. */
  testPoint?: RootId;
  /** What to know about it, one cited sentence each. */
  notes: Cited[];
  /** References for its roots. */
  sources: string[];
}

const none = { primary: [], secondary: [], variable: [] };

/** L1–S2, from §2.1 and §4.3 of the reference. Pain layers follow Harrison's table (L2–S1) [S6]. */
export const ROOTS: readonly RootFacts[] = [
  {
    id: 'L1', skin: 'The groin crease and the very top of the front of the thigh.', keyPoint: 'The upper front of the thigh, just below the groin.', muscle: 'No standard test muscle; it helps bend the hip.', reflex: 'None is routinely tested.', disc: 'Rarely pressed on: by a disc high in the lower back (T12–L1 or L1–L2).', knee: 'It does not reach the knee. Groin pain with knee pain points to the hip instead.',
    layers: {
      skin: { regions: { primary: ['groin'], secondary: ['front_thigh', 'buttock'], variable: [] }, sources: ['S29', 'S30'] },
      pain: { regions: none, sources: ['S6', 'S8'], note: { text: 'Our pain source covers L2 to S1 only, so no pain area is drawn for L1; pain from the L1 to L3 roots does not usually spread below the knee.', sources: ['S6', 'S8'] } },
    },
    sources: ['S1', 'S4', 'S8', 'S29', 'S43'],
  },
  {
    id: 'L2', skin: 'The upper and middle front of the thigh, including the inner side.', keyPoint: 'The front-inner thigh, halfway between the groin and the inner knee.', muscle: 'The muscles that bend the hip (hip flexors).', reflex: 'None reliable; it adds a little to the knee jerk.', disc: 'Rarely pressed on: by the L1–L2 disc, or by a disc bulging out to the side at L2–L3.', knee: 'Its pain is felt in the front of the thigh and does not usually spread below the knee.',
    layers: {
      skin: { regions: { primary: ['front_thigh', 'inner_thigh'], secondary: ['groin', 'buttock', 'lower_back'], variable: ['outer_thigh'] }, sources: ['S6', 'S29', 'S30'] },
      pain: { regions: { ...none, primary: ['front_thigh'] }, sources: ['S6'] },
    },
    sources: ['S1', 'S3', 'S4', 'S6', 'S8'],
  },
  {
    id: 'L3', skin: 'The lower front and inner thigh, running across the front and inner side of the knee.', keyPoint: 'The inner side of the thigh bone, just above the knee.', muscle: 'The big muscle at the front of the thigh that straightens the knee (quadriceps).', reflex: 'The knee jerk, shared with L4.', disc: 'The L2–L3 disc, or a disc bulging out to the side at L3–L4.', knee: 'The classic “knee” root: its pain is felt in the front of the thigh and the knee, and a weak thigh muscle can make the knee give way.',
    layers: {
      skin: { regions: { primary: ['front_thigh', 'inner_thigh', 'inner_knee', 'front_knee'], secondary: ['buttock'], variable: ['outer_knee'] }, sources: ['S6', 'S29', 'S30'] },
      pain: { regions: { ...none, primary: ['front_thigh', 'front_knee'] }, sources: ['S6', 'S44'] },
    },
    sources: ['S1', 'S3', 'S4', 'S6', 'S9', 'S44'],
  },
  {
    id: 'L4', skin: 'The inner side of the lower leg down to the inner ankle. Whether it reaches the kneecap and the big toe differs between maps.', keyPoint: 'The bony bump on the inside of the ankle.', muscle: 'The muscle at the front of the shin that lifts the foot; it also supplies much of the thigh muscle that straightens the knee.', reflex: 'The knee jerk (its main reflex).', disc: 'The L3–L4 disc, or a disc bulging out to the side at L4–L5.', knee: 'Its pain is felt in the knee and the inner calf, and is often blamed on the knee itself.',
    layers: {
      skin: { regions: { primary: ['inner_shin'], secondary: ['inner_knee'], variable: ['front_knee', 'outer_thigh', 'top_foot_big_toe', 'outer_knee'] }, sources: ['S6', 'S7', 'S22'] },
      pain: { regions: { ...none, primary: ['front_knee', 'inner_knee', 'inner_shin'] }, sources: ['S6'] },
    },
    sources: ['S1', 'S3', 'S4', 'S6', 'S7', 'S9', 'S22'],
  },
  {
    id: 'L5', skin: 'The outer side of the lower leg, the top of the foot and the big toe.', keyPoint: 'The top of the foot, over the third toe joint.', muscle: 'The muscle that lifts the big toe; it also helps lift the foot and steady the hip.', reflex: 'No standard reflex.', disc: 'Usually the L4–L5 disc, or a disc bulging out to the side at L5–S1.', knee: 'Its pain runs down the buttock, the back and outside of the thigh and the outside of the knee into the shin. It can cause foot drop, which must be told apart from a nerve problem at the knee.',
    layers: {
      skin: { regions: { primary: ['outer_shin', 'top_foot_big_toe'], secondary: [], variable: ['outer_knee', 'outer_thigh', 'sole_outer_foot'] }, sources: ['S6', 'S7', 'S30'] },
      pain: { regions: { primary: ['buttock', 'outer_knee', 'outer_shin', 'top_foot_big_toe'], secondary: ['outer_thigh', 'back_thigh'], variable: [] }, sources: ['S6'] },
    },
    sources: ['S1', 'S3', 'S4', 'S6', 'S9'],
  },
  {
    id: 'S1', skin: 'The outer edge of the foot and the little toe, most of the sole and heel, and the back of the calf.', keyPoint: 'The outer side of the heel.', muscle: 'The calf muscles (pointing the foot, standing on tiptoe).', reflex: 'The ankle jerk.', disc: 'The L5–S1 disc.', knee: 'Its pain passes behind the knee, so it can be felt as pain at the back of the knee. It follows its skin map more often than other roots.',
    layers: {
      skin: { regions: { primary: ['sole_outer_foot', 'calf'], secondary: ['back_knee', 'back_thigh', 'buttock'], variable: [] }, sources: ['S6', 'S7', 'S29'] },
      pain: { regions: { ...none, primary: ['buttock', 'back_thigh', 'back_knee', 'calf', 'sole_outer_foot'] }, sources: ['S6', 'S26'] },
    },
    sources: ['S1', 'S3', 'S4', 'S6', 'S26'],
  },
  {
    id: 'S2', skin: 'A strip down the back of the thigh into the back of the knee and upper calf, and part of the skin around the genitals.', keyPoint: 'The middle of the back of the knee.', muscle: 'No standard test muscle; with S3 and S4 it also controls the bladder, bowel and sexual function.', reflex: 'None in the leg is routinely tested.', disc: 'No disc at its own level; a large disc bulging into the middle of the spinal canal can press on it, which is the usual cause of cauda equina syndrome (an emergency).', knee: 'It serves the skin at the back of the knee. With S3 and S4 it also controls the bladder and bowel, so check the warning signs on this page.',
    layers: {
      skin: { regions: { primary: ['back_knee', 'back_thigh'], secondary: ['calf', 'buttock'], variable: [] }, sources: ['S29', 'S30'] },
      pain: { regions: none, sources: ['S6'], note: { text: 'Our pain source covers L2 to S1 only, so no pain area is drawn for S2: see where its skin area is instead.', sources: ['S6'] } },
    },
    sources: ['S1', 'S3', 'S29', 'S30', 'S49'],
  },
];

/** The nerves of §3 and §3.1 that the map shows. */
export const NERVES: readonly NerveFacts[] = [
  {
    id: 'femoral', topic: 'femoral-nerve', name: 'Femoral nerve', roots: ['L2', 'L3', 'L4'], course: 'Runs through the deep hip muscle, under the groin crease, and branches at the top of the front of the thigh.', muscles: 'The hip flexors and the quadriceps (bending the hip, straightening the knee).',
    skin: { text: 'The front and inner thigh and the front of the knee, and through its saphenous branch the inner leg.', regions: ['front_thigh', 'inner_thigh', 'front_knee', 'inner_knee', 'inner_shin'], sources: ['S32', 'S33'] },
    deep: { text: 'Branches to the hip joint and to the front and inner side of the knee joint.', regions: ['groin', 'front_knee', 'inner_knee'], sources: ['S42'] },
    pain: null,
    knee: 'When it is damaged the knee can give way, stairs are hard and the knee jerk is weak, with numbness of the inner thigh and calf.', sources: ['S32', 'S58'],
  },
  {
    id: 'saphenous', name: 'Saphenous nerve', roots: ['L3', 'L4'], course: 'The long skin branch of the femoral nerve. It runs down the inner thigh, comes to the surface at the inner knee, and goes on to the inner ankle.', muscles: '',
    skin: { text: 'The inner and front-inner knee (below the kneecap), the inner shin and the inner ankle.', regions: ['inner_knee', 'front_knee', 'inner_shin'], sources: ['S33'] },
    deep: { text: 'Branches to the front and inner side of the knee joint.', regions: ['front_knee', 'inner_knee'], sources: ['S42'] },
    pain: { text: 'Pain at the front and inner side of the knee when its branch below the kneecap is trapped.', regions: ['inner_knee', 'front_knee'], sources: ['S33'] },
    knee: 'A direct cause of pain at the front-inner knee; trapping of its branch below the kneecap is rare but can look like a knee problem.', sources: ['S33'],
  },
  {
    id: 'obturator', name: 'Obturator nerve', roots: ['L2', 'L3', 'L4'], course: 'Runs along the side wall of the pelvis and through a gap in the hip bone to the inner thigh.', muscles: 'The muscles that pull the thigh inwards (adductors).',
    skin: { text: 'A patch of skin on the lower inner thigh that varies between people, sometimes reaching the inner knee.', regions: ['inner_thigh'], sources: ['S34'] },
    deep: { text: 'Branches to the hip joint, and to the inner side and back of the knee joint.', regions: ['groin', 'inner_knee', 'back_knee'], sources: ['S34', 'S42'] },
    pain: { text: 'When the nerve itself is damaged: pain in the groin and inner thigh.', regions: ['groin', 'inner_thigh'], sources: ['S34'] },
    knee: 'It supplies both the hip and the knee joints, one reason hip problems can be felt in the knee.', sources: ['S34', 'S43'],
  },
  {
    id: 'lateral_femoral_cutaneous', name: 'Lateral femoral cutaneous nerve', roots: ['L2', 'L3'], course: 'Crosses the inside of the pelvis and passes under the groin ligament near the hip bone’s front point.', muscles: '',
    skin: { text: 'The front-outer and outer thigh, as far as the knee.', regions: ['outer_thigh', 'front_thigh', 'outer_knee', 'front_knee'], sources: ['S35'] },
    deep: null,
    pain: { text: 'When it is squeezed (meralgia paresthetica): burning, tingling or numbness of the upper outer thigh, reaching the outer knee but not below it.', regions: ['outer_thigh', 'outer_knee'], sources: ['S35'] },
    knee: 'When it is squeezed (meralgia paresthetica) the outer thigh burns, tingles or goes numb, down to the knee but not below it, with no weakness.', sources: ['S35'],
  },
  {
    id: 'sciatic', topic: 'sciatic-nerve', name: 'Sciatic nerve', roots: ['L4', 'L5', 'S1', 'S2'], rootsNote: 'and S3', course: 'Leaves the pelvis below the piriformis muscle in the buttock and runs down the back of the thigh, splitting into the tibial and common fibular nerves above the knee.', muscles: 'The hamstrings and, through its branches, all the muscles below the knee.',
    skin: { text: 'No skin in the thigh (a separate nerve serves the back of the thigh); through its branches, all the skin below the knee except the inner leg.', regions: ['outer_shin', 'calf', 'top_foot_big_toe', 'sole_outer_foot'], sources: ['S36', 'S39'] },
    deep: { text: 'It runs deep in the buttock and the back of the thigh, where it powers the hamstrings, and sends branches to the knee joint.', regions: ['buttock', 'back_thigh', 'inner_knee', 'outer_knee'], sources: ['S36', 'S42'] },
    pain: { text: 'Sciatica: pain from the L4 to S1 roots along its path, down the back of the leg below the knee.', regions: ['buttock', 'back_thigh', 'back_knee', 'calf'], sources: ['S9', 'S47'] },
    knee: 'Sciatica is pain along its path, down the back of the leg below the knee.', sources: ['S36', 'S9', 'S47'],
  },
  {
    id: 'tibial', topic: 'tibial-nerve', name: 'Tibial nerve', roots: ['L4', 'L5', 'S1', 'S2'], rootsNote: 'and S3', course: 'The larger branch of the sciatic nerve, down the middle of the back of the knee into the calf and behind the inner ankle to the sole.', muscles: 'The calf muscles and the muscles that bend the toes.',
    skin: { text: 'Part of the back-outer calf, the heel and the sole.', regions: ['calf', 'sole_outer_foot'], sources: ['S37'] },
    deep: { text: 'The main nerve of the back of the knee joint, and the calf muscles.', regions: ['back_knee', 'calf'], sources: ['S37', 'S42'] },
    pain: null,
    knee: 'It carries feeling from the back of the knee joint; a Baker’s cyst behind the knee can press on it.', sources: ['S37', 'S38', 'S42'],
  },
  {
    id: 'common_fibular', topic: 'common-fibular-nerve', name: 'Common fibular (peroneal) nerve', roots: ['L4', 'L5', 'S1', 'S2'], course: 'The smaller branch of the sciatic nerve. It winds around the outside of the leg just below the knee, close under the skin.', muscles: 'The muscles that lift the foot and toes and turn the foot out.',
    skin: { text: 'The upper outer leg, the lower front-outer leg and most of the top of the foot.', regions: ['outer_knee', 'outer_shin', 'top_foot_big_toe'], sources: ['S38'] },
    deep: { text: 'Branches to the lower outer side of the knee joint; it runs along the outer edge of the back of the knee.', regions: ['outer_knee', 'back_knee'], sources: ['S38', 'S42'] },
    pain: null,
    knee: 'The most often squeezed nerve of the leg, at the outside of the knee (crossed legs, kneeling, squatting). It causes foot drop with numbness, which can look like an L5 root problem.', sources: ['S38'],
  },
  {
    id: 'posterior_femoral_cutaneous', name: 'Posterior femoral cutaneous nerve', roots: ['S1', 'S2'], rootsNote: 'and S3', course: 'Leaves the pelvis beside the sciatic nerve and runs just under the skin of the back of the thigh.', muscles: '',
    skin: { text: 'The lower buttock, the back of the thigh, the back of the knee and the upper calf.', regions: ['buttock', 'back_thigh', 'back_knee', 'calf'], sources: ['S39'] },
    deep: null,
    pain: null,
    knee: 'It carries feeling from the skin at the back of the knee.', sources: ['S39'],
  },
];

/** Said on the pain layer for a nerve with no sourced pain pattern, instead of drawing its skin area. */
export const NO_NERVE_PAIN_NOTE: Cited = { text: 'Our sources give no pain pattern for this nerve, and pain does not always follow skin areas, so no pain area is drawn.', sources: ['S26', 'S27'] };

/** The 16 regions of §4.2 with their skin roots (the pain layer is per root, above). */
export const REGIONS: readonly RegionFacts[] = [
  { id: 'lower_back', view: 'back', roots: { ...none, secondary: ['L2'] }, notes: [{ text: 'The nerve roots leave the spine in the lower back.', sources: ['S46'] }, { text: 'In sciatica, back pain is often milder than the leg pain.', sources: ['S47'] }], sources: ['S46', 'S29'] },
  { id: 'buttock', view: 'back', roots: { ...none, secondary: ['L1', 'L2', 'L3', 'S1', 'S2'] }, notes: [{ text: 'L5 and S1 root pain often includes the buttock.', sources: ['S6'] }, { text: 'The sciatic nerve runs deep in the buttock.', sources: ['S36'] }], sources: ['S29', 'S30'] },
  { id: 'groin', view: 'front', roots: { ...none, primary: ['L1'], secondary: ['L2'] }, testPoint: 'L1', notes: [{ text: 'Groin pain points to the hip more than the back: 84 in 100 people with hip arthritis in one study had it.', sources: ['S43'] }], sources: ['S1', 'S29'] },
  { id: 'front_thigh', view: 'front', roots: { ...none, primary: ['L2', 'L3'], secondary: ['L1'] }, testPoint: 'L2', notes: [{ text: 'Pain from the L1 to L3 roots does not usually spread below the knee.', sources: ['S8'] }], sources: ['S1', 'S6', 'S29'] },
  { id: 'inner_thigh', view: 'front', roots: { ...none, primary: ['L2', 'L3'] }, notes: [{ text: 'The obturator nerve serves the inner thigh and both the hip and knee joints, one way hip problems are felt further down.', sources: ['S34', 'S43'] }], sources: ['S6', 'S29'] },
  { id: 'outer_thigh', view: 'front', roots: { ...none, variable: ['L2', 'L4', 'L5'] }, notes: [{ text: 'Maps disagree about which roots serve the outer thigh.', sources: ['S22'] }, { text: 'L5 root pain is often felt at the back and outside of the thigh.', sources: ['S6'] }, { text: 'Numbness here that stops at the knee, with no weakness, points to a squeezed skin nerve of the outer thigh (meralgia paresthetica).', sources: ['S35'] }], sources: ['S6', 'S22', 'S30'] },
  { id: 'back_thigh', view: 'back', roots: { ...none, primary: ['S2'], secondary: ['S1'] }, notes: [{ text: 'The back of the thigh is the classic path of sciatica.', sources: ['S6', 'S36'] }, { text: 'Its skin is served by the posterior femoral cutaneous nerve.', sources: ['S39'] }], sources: ['S6', 'S29', 'S30'] },
  { id: 'front_knee', view: 'front', roots: { ...none, primary: ['L3'], variable: ['L4'] }, notes: [{ text: 'The skin at the front of the knee belongs mainly to L3, and maps disagree about whether L4 reaches the kneecap.', sources: ['S6', 'S22'] }, { text: 'Pain from the hip and from the L3 root can both be felt here.', sources: ['S43', 'S44'] }], sources: ['S6', 'S22', 'S30'] },
  { id: 'inner_knee', view: 'front', roots: { ...none, primary: ['L3'], secondary: ['L4'] }, testPoint: 'L3', notes: [{ text: 'The L3 root’s test point is here, on the inner side of the thigh bone just above the knee.', sources: ['S1', 'S3'] }, { text: 'Knee pain from the back (the L3 and L4 roots) or from the hip is often felt here.', sources: ['S6', 'S43'] }, { text: 'The saphenous nerve reaches the skin here.', sources: ['S33'] }], sources: ['S6', 'S29', 'S30'] },
  { id: 'outer_knee', view: 'front', roots: { ...none, variable: ['L3', 'L4', 'L5'] }, notes: [{ text: 'Maps disagree about which root serves the outer knee.', sources: ['S22'] }, { text: 'L5 root pain can pass down the outside of the knee.', sources: ['S6'] }, { text: 'The common fibular nerve winds round the outside of the leg just below the knee, close under the skin.', sources: ['S38'] }], sources: ['S6', 'S22', 'S30'] },
  { id: 'back_knee', view: 'back', roots: { ...none, primary: ['S2'], secondary: ['S1'] }, testPoint: 'S2', notes: [{ text: 'The S2 root’s test point is in the middle of the back of the knee.', sources: ['S1', 'S3'] }, { text: 'S1 root pain passes behind the knee.', sources: ['S6'] }, { text: 'A Baker’s cyst behind the knee can press on the nerves here.', sources: ['S38'] }], sources: ['S1', 'S29', 'S30'] },
  { id: 'inner_shin', view: 'front', roots: { ...none, primary: ['L4'] }, testPoint: 'L4', notes: [{ text: 'The L4 root’s test point is the bony bump on the inside of the ankle.', sources: ['S1', 'S3'] }, { text: 'Numbness here can come from the L4 root, or from the femoral or saphenous nerve.', sources: ['S6', 'S33', 'S58'] }], sources: ['S6', 'S7'] },
  { id: 'outer_shin', view: 'front', roots: { ...none, primary: ['L5'] }, notes: [{ text: 'An L5 root problem and a squeezed fibular nerve at the knee can look alike here.', sources: ['S38'] }], sources: ['S6', 'S7'] },
  { id: 'calf', view: 'back', roots: { ...none, primary: ['S1'], secondary: ['S2'] }, notes: [{ text: 'An S1 root problem can bring calf pain and a weak heel raise.', sources: ['S6'] }], sources: ['S6', 'S29'] },
  { id: 'top_foot_big_toe', view: 'front', roots: { ...none, primary: ['L5'], variable: ['L4'] }, testPoint: 'L5', notes: [{ text: 'The L5 root’s test point is on the top of the foot, over the third toe joint.', sources: ['S1'] }, { text: 'Most maps give the big toe to L5, and one older map gives it to L4.', sources: ['S6', 'S7', 'S22'] }], sources: ['S6', 'S7', 'S22'] },
  { id: 'sole_outer_foot', view: 'back', roots: { ...none, primary: ['S1'], variable: ['L5'] }, testPoint: 'S1', notes: [{ text: 'The S1 root’s test point is on the outer side of the heel.', sources: ['S1'] }, { text: 'A trapped nerve behind the inner ankle (tarsal tunnel) can cause similar symptoms.', sources: ['S37'] }], sources: ['S6', 'S7', 'S29'] },
];

/** What the two layers are called on the map. */
export const LAYER_LABELS: Record<Layer, string> = { skin: 'Where the skin feels it', pain: 'Where pain is usually felt' };

/** Said whenever the pain layer is shown. */
export const PAIN_LAYER_NOTE: Cited = { text: 'Root pain often spreads beyond these areas: in one study it did not follow the expected pattern in about two out of three people.', sources: ['S26', 'S27'] };

/** Said under the drawing: why only one leg is coloured. */
export const ONE_LEG_NOTE: Cited = { text: 'We colour one leg, the person’s right, and symptoms on both sides at once are one of the warning signs in the box on this page.', sources: ['S47'] };

/** The caveats the map always shows, in plain words (§1 and §6 of the reference). */
export const CAVEATS: readonly { text: string; sources: string[] }[] = [
  { text: 'Maps of where each nerve root is felt differ between textbooks. We follow the most widely agreed ones and mark areas where they disagree as “varies”.', sources: ['S20', 'S21', 'S22'] },
  { text: 'Neighbouring areas overlap, and people differ: one root problem usually dulls feeling rather than removing it.', sources: ['S20', 'S21'] },
  { text: 'Pain from a nerve root often does not follow its skin map. Only S1 pain follows it in most people.', sources: ['S26', 'S27'] },
  { text: 'The hip, and nerves trapped near the knee or groin, can cause the same patterns as a back problem.', sources: ['S43', 'S33', 'S35', 'S38'] },
];

/** Everything the map shows, as one value: handed to the island as a prop, so its script stays small. */
export interface MapFacts {
  roots: readonly RootFacts[];
  nerves: readonly NerveFacts[];
  regions: readonly RegionFacts[];
  painNote: Cited;
  oneLegNote: Cited;
  noNervePainNote: Cited;
}

/** The map's facts. */
export const MAP_FACTS: MapFacts = { roots: ROOTS, nerves: NERVES, regions: REGIONS, painNote: PAIN_LAYER_NOTE, oneLegNote: ONE_LEG_NOTE, noNervePainNote: NO_NERVE_PAIN_NOTE };

/** The topic page id of a root ("L4" → "l4-nerve-root"); the build checks it exists. */
export function rootTopic(id: RootId): string {
  return `${id.toLowerCase()}-nerve-root`;
}

/** The region facts for an id. */
export function regionFacts(id: RegionId): RegionFacts {
  return REGIONS.find((r) => r.id === id)!;
}
