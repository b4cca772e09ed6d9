import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const real = globalThis.fetch;
globalThis.fetch = (async (input: any, init?: any) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.startsWith('file:')) { try { return new Response(readFileSync(fileURLToPath(url))); } catch { return new Response(null, { status: 404 }); } }
  return real(input, init);
}) as typeof fetch;
const root = '/work/wt/issue-25/';
const pagefind = await import(root + 'dist/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 10 });
await pagefind.init();
const { buildLexicon } = await import(root + 'src/lib/search/lexicon.ts');
const { planQuery, inScope, unplaced } = await import(root + 'src/lib/search/query-plan.ts');
const { runPlan } = await import(root + 'src/lib/search/run-plan.ts');
const { englishShard } = await import(root + 'src/lib/search/english.ts');
const lex = buildLexicon(JSON.parse(readFileSync(root + 'dist/pagefind/search-words.json', 'utf8')));
const eng = (w: string) => { try { return (JSON.parse(readFileSync(root + `dist/pagefind/english/${englishShard(w)}.json`, 'utf8')) as string[]).includes(w); } catch { return false; } };
const urls = new Map<string, string>();
for (const q of process.argv.slice(2)) {
  const english = new Set(unplaced(q, lex).filter(eng));
  const plan = planQuery(q, lex, { english });
  console.log(q, JSON.stringify(plan.concepts.map((c: any) => [c.said, c.searches, c.status])));
  if (!inScope(plan)) { console.log('  out of scope'); continue; }
  const { results } = await runPlan(plan, pagefind, undefined, lex);
  for (const r of results.slice(0, 5)) { if (!urls.has(r.id)) urls.set(r.id, (await r.item()).url); console.log('  ', r.id, urls.get(r.id)?.replace(/.*dist/, ''), r.matched, r.score.toFixed(2)); }
}
if (process.argv.length <= 2) {
  const { queriesOf, score, describe } = await import(root + 'e2e/search-eval/eval-set.ts');
  const answers = [];
  for (const q of queriesOf(process.env.HALF ?? 'tuning')) {
    const english = new Set(unplaced(q.query, lex).filter(eng));
    const plan = planQuery(q.query, lex, { english });
    const results = inScope(plan) ? (await runPlan(plan, pagefind, undefined, lex)).results : [];
    const top = [];
    for (const r of results.slice(0, 3)) { if (!urls.has(r.id)) urls.set(r.id, (await r.item()).url.replace(/.*dist/, '')); top.push(urls.get(r.id)); }
    answers.push({ query: q, top });
  }
  const s = score(answers);
  console.log(describe('harness', s));
  if (process.env.HALF !== 'held-out') console.log(s.problems.join('\n'));
}
