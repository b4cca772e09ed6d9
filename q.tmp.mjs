import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4401/search/');
await p.waitForFunction(() => window.PagefindComponents);
for (const q of process.argv.slice(2)) {
  const r = await p.evaluate(async (q) => { const pf = await import('/pagefind/pagefind.js'); await pf.init?.(); const s = await pf.search(q); const d = await Promise.all(s.results.slice(0,6).map(r=>r.data())); return d.map((x,i)=>x.url+' '+s.results[i].score.toFixed(2)); }, q);
  console.log(q, '=>', r.join(' | '));
}
await b.close();
