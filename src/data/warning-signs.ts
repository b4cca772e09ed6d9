// Every warning sign the site shows, in one list: the cauda equina and other back-pain signs
// of shared/reference/nerve-data.md §5, and the knee, calf, injury, child and back-pain signs
// of clinical-guidance.md §1–2. Each has its care level, plain wording, what it can mean and
// the references that list it. The care card, /urgent-help/, the footer and the checklist all
// read this list; a sign without a level or a resolvable source stops the build.
import { findReference } from './references.ts';
import { CARE_LEVEL_IDS, type CareLevelId } from './care-levels.ts';
import { checkWarningSigns } from '../lib/care/check-warning-signs.ts';

/** Where in the body a sign belongs, for grouping on /urgent-help/. */
export type SignArea = 'back' | 'knee' | 'leg' | 'child';

/** One warning sign. */
export interface WarningSign {
  /** Stable id: shared checklist links hold it (the first four are the old red-flag ids). */
  id: string;
  level: CareLevelId;
  area: SignArea;
  /** What the reader may notice, in plain words (completes "… if you have:"). */
  text: string;
  /** A few words for the compact care card; only core signs have one. */
  short?: string;
  /** What the sign can mean, in plain words. */
  meaning: string;
  /** Reference ids (S… or G…) that list the sign at this level. */
  sources: readonly string[];
}

/** Every warning sign, most urgent level first, in the order pages show them. */
export const WARNING_SIGNS: readonly WarningSign[] = checkWarningSigns([
  // Emergency: possible cauda equina syndrome (nerve-data §5.1, §5.2, §5.3).
  { id: 'saddle-numbness', level: 'emergency', area: 'back', short: 'numbness around your genitals or bottom',
    text: 'numbness or tingling around your genitals, bottom or back passage (anus), or the inside of your upper thighs, or it feels different when you wipe after the toilet',
    meaning: 'This can be a sign of cauda equina syndrome: the nerves at the bottom of the spine are squashed. It is rare but needs hospital treatment straight away.',
    sources: ['S47', 'S48', 'S49', 'S50'] },
  { id: 'bladder-bowel', level: 'emergency', area: 'back', short: "can't pee, or can't control pee or poo",
    text: 'new trouble starting to pee, not being able to pee, or not being able to control when you pee or poo (leaking, or not feeling when you need to go)',
    meaning: 'This can be a sign of cauda equina syndrome, which needs hospital treatment straight away.',
    sources: ['S47', 'S48', 'S49', 'S50'] },
  { id: 'both-legs', level: 'emergency', area: 'back', short: 'pain, numbness or weakness in both legs',
    text: 'back pain with pain, numbness, tingling or weakness in both legs (sciatica in both legs)',
    meaning: 'Symptoms in both legs can be a sign of cauda equina syndrome.',
    sources: ['S47', 'S48', 'S50', 'S52'] },
  { id: 'worsening-weakness', level: 'emergency', area: 'back', short: 'leg weakness that is getting worse',
    text: 'weakness or numbness in your legs that is severe or getting worse',
    meaning: 'Severe or worsening weakness in both legs can be a sign of cauda equina syndrome.',
    sources: ['S47', 'S50', 'S52'] },
  { id: 'sexual-change', level: 'emergency', area: 'back',
    text: 'new problems getting an erection or ejaculating, or loss of feeling in your genitals during sex',
    meaning: 'A new change like this, with back or leg pain, can be a sign of cauda equina syndrome.',
    sources: ['S49', 'S52'] },
  // Emergency: other serious causes.
  { id: 'chest-pain', level: 'emergency', area: 'back', short: 'chest pain',
    text: 'back pain with chest pain',
    meaning: 'Chest pain needs checking straight away.',
    sources: ['S48'] },
  { id: 'calf-breathless', level: 'emergency', area: 'leg', short: 'a swollen calf with breathlessness',
    text: 'a swollen, painful leg or calf together with breathlessness or chest pain',
    meaning: 'This can mean a blood clot has moved to the lung (pulmonary embolism).',
    sources: ['G12', 'G13'] },
  { id: 'serious-accident', level: 'emergency', area: 'back',
    text: 'back pain that started after a serious accident, such as a car crash or a bad fall',
    meaning: 'The spine may be injured.',
    sources: ['S48'] },
  { id: 'minor-fall-weak-bones', level: 'emergency', area: 'back',
    text: 'back pain after a minor fall or knock if you are older, have weak bones (osteoporosis) or have taken steroid tablets for a long time',
    meaning: 'A bone in the spine may be broken.',
    sources: ['G21', 'S50'] },
  { id: 'knee-deformed', level: 'emergency', area: 'knee',
    text: 'after a knee injury, the knee looks out of shape, or you cannot walk or move it at all',
    meaning: 'The bone may be broken, the knee dislocated or a tendon torn.',
    sources: ['G14'] },
  { id: 'cancer-with-nerve-signs', level: 'emergency', area: 'back',
    text: 'you have or have had cancer, and back pain comes with leg weakness, numbness, trouble walking, or bladder or bowel problems',
    meaning: 'Cancer can press on the spinal cord. This is treated as an emergency.',
    sources: ['G24'] },
  // Same day: urgent GP appointment or NHS 111 (clinical-guidance §1, §2; nerve-data §5.1).
  { id: 'hot-swollen-knee', level: 'same-day', area: 'knee', short: 'a hot, red, swollen knee',
    text: 'a hot, red or swollen knee (or other joint), especially with a high temperature or feeling hot and shivery',
    meaning: 'This can be a joint infection (septic arthritis). It can damage the joint quickly, so it needs checking straight away. Go to A&E if you feel very unwell.',
    sources: ['G10', 'G11', 'G14'] },
  { id: 'swollen-calf', level: 'same-day', area: 'leg', short: 'a swollen, painful calf',
    text: 'a swollen, painful calf, usually in one leg, with warm skin that may look red or darker',
    meaning: 'This can be a blood clot in a vein (deep vein thrombosis, DVT) or a burst Baker’s cyst. Both look the same, so a doctor needs to check.',
    sources: ['G12', 'G13'] },
  { id: 'knee-injury', level: 'same-day', area: 'knee', short: "an injured knee that locks or can't take weight",
    text: 'after a knee injury, you cannot put weight on the leg, the knee locks and will not straighten, it gives way so you fall, it swells a lot within 1 to 2 hours, or you have numbness below the knee',
    meaning: 'The knee may have a torn ligament or cartilage, or bleeding inside the joint. Some repairs only work if done within weeks.',
    sources: ['G14', 'G15'] },
  { id: 'child-limp', level: 'same-day', area: 'child', short: 'a child with knee pain and a limp',
    text: 'a child or teenager has knee pain with a limp, cannot put weight on the leg, has a high temperature, or is no better after 48 hours',
    meaning: 'In children, a hip problem often shows up as knee pain. Some hip problems, such as a slipped growth plate, get worse if they are missed.',
    sources: ['G16', 'G17', 'G18'] },
  { id: 'fever', level: 'same-day', area: 'back', short: 'back pain with a high temperature',
    text: 'back pain with a high temperature',
    meaning: 'A high temperature with back pain can be a sign of infection.',
    sources: ['S48', 'G21'] },
  { id: 'leg-weakness-falls', level: 'same-day', area: 'leg',
    text: 'leg weakness that makes you trip or fall, or a foot that drops or slaps when you walk',
    meaning: 'A nerve may be badly squashed. Weakness that is getting worse needs a specialist within days.',
    sources: ['G23', 'G48'] },
  { id: 'night-pain', level: 'same-day', area: 'back',
    text: 'pain that does not ease with rest, or is worse at night',
    meaning: 'This is one of the signs doctors check for a more serious cause, such as infection or cancer. Most people with it do not have one.',
    sources: ['S48', 'G21', 'G26'] },
  { id: 'weight-loss', level: 'same-day', area: 'back',
    text: 'weight loss you cannot explain',
    meaning: 'Doctors check for a more serious cause, such as cancer.',
    sources: ['S48', 'S50'] },
  { id: 'back-lump', level: 'same-day', area: 'back',
    text: 'a lump or swelling in your back, or a change in the shape of your back',
    meaning: 'A doctor needs to check what it is.',
    sources: ['S48'] },
  { id: 'straining-pain', level: 'same-day', area: 'back',
    text: 'back pain made worse by sneezing, coughing or straining on the toilet',
    meaning: 'A doctor needs to check the cause.',
    sources: ['S48'] },
  { id: 'upper-back-pain', level: 'same-day', area: 'back',
    text: 'pain in the upper back, between the shoulders, rather than the lower back',
    meaning: 'A doctor needs to check the cause.',
    sources: ['S48'] },
  { id: 'walking-change', level: 'same-day', area: 'back',
    text: 'a change in the way you walk, being very unsteady, or pain like a band around your body',
    meaning: 'A nerve or the spinal cord may be affected.',
    sources: ['G21'] },
  { id: 'cancer-history-back-pain', level: 'same-day', area: 'back',
    text: 'you have or have had cancer, and have back pain that is severe, keeps getting worse, is worse when you strain, or stops you sleeping',
    meaning: 'Cancer can spread to the spine. Guidance says to contact your cancer team within 24 hours.',
    sources: ['G24'] },
  // Routine: a GP or physiotherapist appointment.
  { id: 'exercise-spreads-pain', level: 'routine', area: 'leg',
    text: 'an exercise or stretch sends pain further down your leg, or brings new numbness or weakness',
    meaning: 'Stop that exercise. A clinician should check you before you carry on.',
    sources: ['G22', 'G38', 'G39'] },
  { id: 'not-improving', level: 'routine', area: 'back',
    text: 'pain that is no better after a few weeks of looking after yourself, is getting worse, or stops you doing your normal activities',
    meaning: 'Most sciatica gets better in 4 to 6 weeks. If it does not, a GP or physiotherapist can help.',
    sources: ['G8'] },
  { id: 'stiff-swollen-joints', level: 'routine', area: 'knee',
    text: 'painful, swollen, stiff joints, often on both sides, that are stiff for more than 30 minutes in the morning',
    meaning: 'This can be rheumatoid arthritis. See a GP soon: early treatment limits damage to the joints.',
    sources: ['G42', 'G43'] },
  { id: 'lump-behind-knee', level: 'routine', area: 'knee',
    text: 'a lump behind your knee that you cannot explain',
    meaning: 'It is often a Baker’s cyst, but a GP should check it.',
    sources: ['G13'] },
], CARE_LEVEL_IDS, (id) => findReference(id) !== undefined);

/** The signs of one care level, in list order. */
export function signsAt(level: CareLevelId): WarningSign[] {
  return WARNING_SIGNS.filter((s) => s.level === level);
}

/** The signs the compact care card shows (those with a short wording), of one level. */
export function coreSigns(level: CareLevelId): WarningSign[] {
  return signsAt(level).filter((s) => s.short);
}
