// The two-voice check against the real key claims (content/reference-claims.yaml): each
// sentence the clinical review found wrong fails it, as first written, and every topic as
// written now passes it.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_CLAIMS_FILE, referenceClaimsEntry } from '../../../src/lib/citations/reference-claims-schema.ts';
import { isAttributed, voiceProblems, type VoiceContext } from '../../../src/lib/citations/two-voices.ts';
import { parseYamlEntries, readYamlEntries } from '../../../src/lib/content/yaml-entries.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { findReference } from '../../../src/data/references.ts';
import { random } from '../../support/seeded-random.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const entries = readYamlEntries(resolve(ROOT, REFERENCE_CLAIMS_FILE), referenceClaimsEntry);
const byId = new Map(entries.map((e) => [e.id, e]));
const context: VoiceContext = { isReference: (key) => /^[SG]\d+$/.test(key), claimsOf: (key) => byId.get(key)?.claims, replacedBy: (key) => byId.get(key)?.replacedBy };
const check = (text: string) => voiceProblems(text, context);

/** A suite: each wrong sentence fails with its message, and each right one passes clean. */
function wrongThenRight(title: string, wrong: [string, string, string][], rightTitle: string, right: string[]) {
  describe(title, () => {
    it.each(wrong)('%s', (_, sentence, message) => {
      expect(check(sentence).join('\n')).toContain(message);
    });
    it(rightTitle, () => {
      for (const sentence of right) expect(check(sentence), sentence).toEqual([]);
    });
  });
}

wrongThenRight('the sentences the review found wrong fail the check, as first written', [
  ['McKenzie “shows whether pain comes from the spine” (G36: centralisation, not the source)', 'It shows whether pain comes from the spine [@verywell-back-disorders#p-physical-therapy-management-of-disc-herniation; @G36].', 'shows whether'],
  ['a blog’s hamstring sign stated as fact', 'Hamstring tightness that does not go away with stretching can be a sign that the back is affecting the knee [@signs-to-look-for#p-other-sensations-like-numbness-tingling-or].', 'cites only articles'],
  ['“does not get worse when you move or press the knee” stated as fact', 'One sign that knee pain comes from the back is that it does not get worse when you move or press the knee [@signs-to-look-for#p-observing-specific-patterns-and-accompanying-symptoms].', 'cites only articles'],
  ['deep ache against sharp pain as a way to tell back from knee', 'Knee pain that comes from the back may feel like a deep ache or a burning sensation [@signs-to-look-for#p-other-sensations-like-numbness-tingling-or].', 'cites only articles'],
  ['posture correction “stops the pain from coming back”', 'These help keep pressure off the nerve and stop the pain from coming back [@verywell-back-disorders#p-if-your-knee-pain-is-improved].', 'cites only articles'],
  ['“the most common cause is a bulging disc” (G35: herniation with inflammation)', 'The most common cause is a bulging disc [@G35].', 'cites [@G35] but carries none'],
  ['the sciatic nerve “carries the L4 to S1 roots” (it is L4–S3)', 'The sciatic nerve carries the L4 to S1 roots, down the back of the leg [@S9].', 'cites [@S9] but carries none'],
  ['L4 “easy to blame on the knee itself” (not in S6)', 'L4 pain is felt in the knee, so it is easy to blame on the knee itself [@S6].', 'says “blame”'],
  ['stairs “hard when the knee is the problem” (not in G45)', 'Stairs can also be hard when the knee joint itself is the problem [@G45].', 'cites [@G45] but carries none'],
  ['“NICE advises group exercise” (NICE says consider)', 'NICE advises group exercise for a flare of low back pain, with or without sciatica [@G1].', 'cites [@G1] but carries none'],
], 'and the same points, written as the references say them or attributed, pass', [
  'Pain that centralises is a good sign for recovery from low back pain [@G37].',
  'One article says hamstring tightness that lasts despite stretching could mean the back is affecting the knee [@signs-to-look-for#p-other-sensations-like-numbness-tingling-or].',
  'It most often comes from a disc herniation with inflammation [@G35].',
  'The sciatic nerve is made from the L4 to S3 roots [@S36].',
  'L4 pain is felt in the knee and the inner calf [@S6].',
  'NICE says to consider a group exercise programme for a flare of low back pain [@G1].',
]);

wrongThenRight('the reference-written pages (look-alikes.md claims): overclaims fail, the reference’s own words pass', [
  ['a comparison with the back that look-alikes.md §4 says no source makes (G51)', 'Patellofemoral pain does not come from the back [@G51].', 'cites [@G51] but carries none'],
  ['“most common” where G133 only says mainly', 'Pes anserine pain is the most common knee problem in women [@G133].', 'says “most common”'],
  ['a recovery time G145 does not give', 'ITB syndrome settles in 6 weeks [@G145].', 'cites [@G145] but carries none'],
  ['a weak leg, where G110 says strength should be normal', 'Meralgia paraesthetica makes the leg weak [@G110].', 'cites [@G110] but carries none'],
  ['“proves” on a study G102 reports as percentages', 'Weak hip muscles prove the cause is in the back [@G102].', 'says “prove”'],
  ['“tells you whether” on the EMG claim (G103 says show)', 'An examination tells you whether you need an operation [@G103].', 'cites [@G103] but carries none'],
], 'and the references’ own claims, plainly written, pass', [
  'It is the most common nerve pressure problem in the leg [@G98].',
  'Most people with the crystals never have an attack [@G127].',
  'Stop any exercise that makes the pain much worse [@G151].',
  'A US review recommends exercises to strengthen the trunk and legs, and stretching [@G144].',
]);

describe('attribution', () => {
  it('accepts an article named as the subject, and “It says …” only right after it', () => {
    expect(isAttributed('One article says bunions come from the back', false)).toBe(true);
    expect(isAttributed('One article, a clinic’s blog, says bunions come from the back', false)).toBe(true);
    expect(isAttributed('Three of the articles say a pinched nerve can be felt as knee pain', false)).toBe(true);
    expect(isAttributed('It says the foot rolls in', true)).toBe(true);
    expect(isAttributed('It says the foot rolls in', false)).toBe(false);
    expect(check('The foot rolls in [@regenexx-three-signs#p-this-may-seem-odd-but-bunions]. It says a bunion forms [@regenexx-three-signs#p-this-may-seem-odd-but-bunions].')).toHaveLength(2);
  });

  it('refuses a sentence that merely mentions an article or a sign', () => {
    expect(isAttributed('One sign that knee pain comes from the back is pain at night', false)).toBe(false);
    expect(isAttributed('Bunions are common, one article says nothing else', false)).toBe(false);
  });

  it('property: any article-only sentence fails bare and passes once attributed', () => {
    const rand = random(24);
    const words = ['knee', 'pain', 'back', 'nerve', 'disc', 'hip', 'thigh', 'often', 'can', 'feel', 'sharp', 'spine'];
    for (let run = 0; run < 300; run++) {
      const body = Array.from({ length: 3 + Math.floor(rand() * 8) }, () => words[Math.floor(rand() * words.length)]).join(' ');
      const cite = ' [@guide#p-x].';
      expect(check(`${body[0]!.toUpperCase()}${body.slice(1)}${cite}`), body).toHaveLength(1);
      expect(check(`One article says ${body}${cite}`), body).toEqual([]);
    }
  });
});

describe('key claims', () => {
  it('a reference sentence must carry every term of one claim, and strong words must come from a claim', () => {
    expect(check('Pain that centralises is a good sign [@G37].')).toEqual([]);
    expect(check('Pain that centralises means it comes from the back [@G37].').join('\n')).toContain('carries none of its key claims');
    expect(check('Osteoarthritis is the most common cause of knee pain in people over 50 [@G20].')).toEqual([]);
    expect(check('The hip is the most common cause of knee pain [@G20].').join('\n')).toContain('says “most common”');
  });

  it('replaced guidance must be named as replaced (CG75, G24, by NG234)', () => {
    expect(check('NICE says a person with cancer and back pain needs the cord-compression team within 24 hours [@G24].').join('\n')).toContain('which NG234 has replaced');
    expect(check('The older NICE guideline for people with cancer, since replaced by NG234, sent them to the cord-compression team [@G24].')).toEqual([]);
  });

  it('a reference with no key claims is named', () => {
    expect(check('Anything at all [@G4].').join('\n')).toContain('[@G4], which has no key claims in content/reference-claims.yaml');
  });

  it('every reference in the claims file exists, once', () => {
    for (const e of entries) expect(findReference(e.id), e.id).toBeDefined();
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('a broken entry names the file, the line, the entry and the field', () => {
    expect(() => parseYamlEntries('- id: G1\n  claims:\n    - says: A claim long enough.\n      terms: []\n', 'content/reference-claims.yaml', referenceClaimsEntry))
      .toThrow(/^content\/reference-claims\.yaml:1: entry "G1": claims\.0\.terms: terms: list at least one term/);
  });
});

describe('every topic as written', () => {
  const dir = resolve(ROOT, 'content/topics');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.md')))('%s keeps the two voices apart', (file) => {
    const { data, body } = splitFrontmatter(readFileSync(resolve(dir, file), 'utf8'), file);
    // As the build reads them: the summary's citations stand for each of its sentences.
    const group = ` [@${(data.summaryCites as string[]).join('; @')}]`;
    const summary = String(data.summary).replace(/(?=[.!?]+[”’"')\]]*(?:\s|$))/g, group);
    const paragraphs = body.split(/\n\s*\n|\n(?=\s*[-*] )/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
    expect([...check(summary), ...paragraphs.flatMap(check)]).toEqual([]);
  });
});
