// `npm run review:hashes`: after `npm run build`, prints every clinical page's site path, the
// hash of its clinical text now, and whether a clinician's record in content/reviews.yaml
// matches it. A reviewer copies the path and hash of each page they read into their record.
// `npm run review:hashes -- dist-print` reads another build folder.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readReviewLines } from '../src/lib/review/review-lines.ts';
import { readReviewRecords } from '../src/lib/review/review-records.ts';
import { reviewStatus } from '../src/lib/review/review-status.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`${dist} does not exist: run \`npm run build\` first`);
  process.exit(1);
}
const records = readReviewRecords(resolve('content/reviews.yaml'));
const lines = readReviewLines(dist);
const width = Math.max(...lines.map((l) => l.path.length));
for (const { path, hash } of lines) {
  const status = reviewStatus(path, hash, records);
  const state = status.reviewed
    ? `reviewed by ${status.record.reviewer} on ${status.record.date.toISOString().slice(0, 10)}`
    : status.outdated
      ? `not yet reviewed (changed since ${status.outdated.reviewer}'s review)`
      : 'not yet reviewed';
  console.log(`${path.padEnd(width)}  "${hash}"  ${state}`);
}
console.log(`${lines.filter((l) => reviewStatus(l.path, l.hash, records).reviewed).length} of ${lines.length} clinical pages reviewed`);
