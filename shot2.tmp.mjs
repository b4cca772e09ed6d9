import { chromium } from '@playwright/test';
const [,, url, out, w='390', scheme='light', full='1'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: 1000 }, colorScheme: scheme });
await p.goto(url); await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
