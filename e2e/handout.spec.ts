// What a physiotherapist hands a patient. Every topic page prints as one A4 handout whose key
// points are sentences of the page's own Markdown (the source of truth), the care card first;
// the builder at /handout/ picks pages by keyboard, gives a link that reopens the same pages in
// the same order, prints them on at most two A4 pages with one QR code, and shrugs off crafted links.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { withoutCitations } from '../src/lib/citations/citation-keys.ts';
import { handoutPoints } from '../src/lib/handout/handout-points.ts';
import { splitSentences } from '../src/lib/mentions/sentences.ts';
import { readCareFiles } from '../src/lib/care/read-care-files.ts';
import { islandsHydrated } from './hydrated.ts';
import { pageCount, PRINT_SITE, printPdf, servePrintBuild } from './print-server.ts';

const TOPICS = resolve(import.meta.dirname, '../content/topics');
const FOLDER: Record<string, string> = { nerve: 'nerves', condition: 'conditions', sign: 'signs', treatment: 'treatments' };
/** Every topic: its page path, title and the sentences of its body as a reader hears them. */
const topics = readdirSync(TOPICS).filter((f) => f.endsWith('.md')).map((file) => {
  const text = readFileSync(resolve(TOPICS, file), 'utf8');
  const [, frontmatter, ...body] = text.split(/^---$/m);
  const title = JSON.parse(/^title: (.*)$/m.exec(frontmatter!)![1]!) as string;
  const sentences = splitSentences(body.join('---').replace(/^#+ .*$/gm, '').replace(/\s+/g, ' ')).map((s) => withoutCitations(s.text));
  return { path: `/${FOLDER[/^kind: (\w+)/m.exec(frontmatter!)![1]!]}/${file.replace(/\.md$/, '')}/`, title, sentences, body: body.join('---') };
});
const care = readCareFiles(resolve(import.meta.dirname, '..'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('the one-page handout of every topic page', () => {
  let origin = '';
  let close = async () => {};
  test.beforeAll(async () => {
    ({ origin, close } = await servePrintBuild());
  });
  test.afterAll(() => close());

  test('prints on exactly one A4 page: care card first, key points from the page itself, notes lines, QR code and address, review line', async ({ context }) => {
    test.setTimeout(300_000); // one PDF per topic, a few seconds each on a busy machine
    expect(topics.length).toBeGreaterThan(40);
    for (const topic of topics) {
      // A fresh tab for each page: Chromium refuses to print a tab that just printed and navigated.
      const page = await context.newPage();
      await page.goto(`${origin}${topic.path}`);
      const { pdf, text } = await printPdf(page);
      expect(pageCount(pdf), `${topic.path} prints on ${pageCount(pdf)} A4 pages`).toBe(1);
      const points = await page.locator('.handout-points li').evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText.replace(/[\d,]+$/, '').trim()));
      expect(points.length, topic.path).toBeGreaterThanOrEqual(3);
      for (const point of points) expect(topic.sentences, `${topic.path}: “${point}” is not a sentence of its Markdown`).toContain(point);
      const at = (words: string) => text.indexOf(words);
      expect(at(topic.title), topic.path).toBeGreaterThanOrEqual(0);
      expect(at('Call 999'), `${topic.path}: the care card comes before the key points`).toBeLessThan(at('Key points'));
      expect(at('Key points'), topic.path).toBeGreaterThan(0);
      expect(at('Notes from your physiotherapist'), topic.path).toBeGreaterThan(at('Key points'));
      expect(text, topic.path).toMatch(/Checked by our editors .* on \d{1,2} \w+ \d{4}/);
      expect(text, topic.path).toMatch(/Not yet reviewed by a clinician|Reviewed by /);
      expect(text, `${topic.path}: the address as text`).toContain(`${PRINT_SITE}${topic.path}`);
      await expect(page.getByRole('img', { name: `QR code of ${PRINT_SITE}${topic.path}` })).toBeVisible();
      // The articles' own words (quotes) and the topic lists stay on screen.
      for (const region of ['What the articles say', 'Related topics', 'Links on this page']) await expect(page.getByRole('region', { name: region }), `${topic.path}: ${region}`).toBeHidden();
      await expect(page.locator('blockquote:visible'), `${topic.path}: an article quote is on the paper`).toHaveCount(0);
      await expect(page.locator('.topic-body'), topic.path).toBeHidden();
      await page.close();
    }
  });

  test('the page counter sees a handout that runs long (eight more key points make two pages)', async ({ page }) => {
    await page.goto(`${origin}/conditions/meniscus-tear/`);
    await page.locator('.handout-points ul').first().evaluate((ul) => {
      for (let i = 0; i < 8; i++) ul.append(Object.assign(document.createElement('li'), { textContent: 'A long added sentence that a later edit might bring, running over two lines of the column so that the page fills up. '.repeat(2) }));
    });
    const { pdf } = await printPdf(page);
    expect(pageCount(pdf)).toBe(2);
  });

  test('the screen page is unchanged: the body is shown and the handout blocks are not', async ({ page }) => {
    await page.goto(`${origin}/conditions/meniscus-tear/`);
    await expect(page.locator('.topic-body')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key points' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Notes from your physiotherapist' })).toBeHidden();
  });
});

/** Ticks a page in the builder by keyboard: type in the search box, Tab to the box, Space. */
async function pickByKeyboard(page: Page, search: string, title: string) {
  const find = page.getByLabel('Find a page');
  await find.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(search);
  const box = page.getByRole('checkbox', { name: title, exact: true });
  while (!(await box.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

test.describe('the handout builder', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('pick three pages by keyboard, reorder, and the link opens the same pages in the same order, the care card first', async ({ page }) => {
    await page.goto('/handout/');
    await islandsHydrated(page);
    await pickByKeyboard(page, 'menisc', 'Meniscus tear (torn knee cartilage)');
    await pickByKeyboard(page, 'pins and needles', 'Numbness or tingling');
    await pickByKeyboard(page, 'sciatic', 'Sciatic nerve');
    // Move the sciatic nerve up with the keyboard: focus stays on the moved page's controls.
    await page.getByRole('button', { name: 'Move Sciatic nerve up' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move Sciatic nerve up' })).toBeFocused();
    await expect(page.locator('.status')).toHaveText('Sciatic nerve is now number 2 of 3.');
    await expect(page.locator('.chosen .chosen-title')).toHaveText(['Meniscus tear (torn knee cartilage)', 'Sciatic nerve', 'Numbness or tingling']);

    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.getByLabel('Link for your patient').inputValue());
    expect(new URL(link).search).toBe('?pages=conditions/meniscus-tear,nerves/sciatic-nerve,signs/numbness-or-tingling');

    await page.goto(link);
    await islandsHydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pages your physiotherapist chose for you');
    await expect(page.locator('.sheet-page h2')).toHaveText(['Meniscus tear (torn knee cartilage)', 'Sciatic nerve', 'Numbness or tingling']);
    const [card, firstPage] = await Promise.all([page.locator('[data-care-card]').boundingBox(), page.locator('.sheet-page').first().boundingBox()]);
    expect(card!.y).toBeLessThan(firstPage!.y);
    // Each page's key points are those its own handout prints, and it links to the full page.
    const sciatic = page.locator('.sheet-page').nth(1);
    const expected = topics.find((t) => t.path === '/nerves/sciatic-nerve/')!;
    for (const point of await sciatic.locator('> ul li').allInnerTexts()) expect(expected.sentences).toContain(point);
    // Its warning signs that the care card does not show, in the data's words, with their level.
    const footDrop = care.signs.find((s) => s.id === 'foot-drop')!;
    expect(footDrop.topics).toContain('sciatic-nerve');
    await expect(sciatic.locator('.sheet-help')).toContainText(footDrop.text.replace(/^./, (c) => c.toUpperCase()));
    await expect(sciatic.locator('.sheet-help')).toContainText('Same day');
    await sciatic.getByRole('link', { name: 'Read the full page, with its sources' }).click();
    await expect(page).toHaveURL(/\/nerves\/sciatic-nerve\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sciatic nerve');
  });

  test('the six longest pages print on at most two A4 pages with one QR code, of the handout link', async ({ page }) => {
    // The six whose handout text (key points and what you can do) is longest.
    const size = (t: (typeof topics)[number]) => { const p = handoutPoints(t.body); return [...p.keyPoints, ...p.canDo].join(' ').length; };
    const longest = [...topics].sort((a, b) => size(b) - size(a)).slice(0, 6);
    const query = `?pages=${longest.map((t) => t.path.slice(1, -1)).join(',')}`;
    await page.goto(`/handout/${query}`);
    await islandsHydrated(page);
    await expect(page.locator('.sheet-page')).toHaveCount(6);
    const { pdf } = await printPdf(page);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    const codes = page.getByRole('img', { name: /^QR code of / });
    await expect(codes).toHaveCount(1);
    await expect(codes).toHaveAttribute('aria-label', `QR code of ${new URL(page.url()).origin}/handout/${query}`);
    await expect(page.locator('.physio-notes')).toBeVisible();
  });

  test('a crafted link puts none of its words on the page: unknown ids, HTML, 10,000 characters, duplicates and too many pages', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
    const hostile = ['<img src=x onerror=alert(1)>', 'Call 0800 123 456 now', 'conditions/not-a-page', 'x'.repeat(10_000), 'signs/numbness-or-tingling', 'signs/numbness-or-tingling'];
    await page.goto(`/handout/?pages=${hostile.map(encodeURIComponent).join(',')}`);
    await islandsHydrated(page);
    await expect(page.locator('.sheet-page h2')).toHaveText(['Numbness or tingling']);
    await expect(page.locator('.link-note')).toHaveText(/^4 pages in this link could not be found on this site/);
    const body = await page.locator('body').innerText();
    for (const words of ['0800', 'not-a-page', 'onerror', 'xxxxxxxx']) expect(body).not.toContain(words);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const seven = topics.slice(0, 7).map((t) => t.path.slice(1, -1)).join(',');
    await page.goto(`/handout/?pages=${seven}`);
    await islandsHydrated(page);
    await expect(page.locator('.sheet-page')).toHaveCount(6);
    await expect(page.locator('.link-note')).toContainText('a handout shows the first 6');
    await page.goto('/handout/?pages=nothing-here');
    await islandsHydrated(page);
    await expect(page.getByText('There are no pages to show.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Conditions' }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a full handout stops more pages being added, and says why', async ({ page }) => {
    await page.goto('/handout/');
    await islandsHydrated(page);
    const boxes = page.getByRole('checkbox');
    for (let i = 0; i < 6; i++) await boxes.nth(i).check();
    await expect(page.getByText('You have chosen 6, the most a handout holds')).toBeVisible();
    await expect(boxes.nth(6)).toBeDisabled();
    await page.getByRole('button', { name: /^Remove / }).first().click();
    await expect(boxes.nth(6)).toBeEnabled();
    await expect(page.getByRole('button', { name: /^Remove / }).first()).toBeFocused();
  });

  test('the builder with pages chosen passes the axe sweep, light and dark, at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/handout/');
      await islandsHydrated(page);
      for (const title of ['Sciatic nerve', 'Numbness or tingling', 'Getting physiotherapy']) await page.getByRole('checkbox', { name: title, exact: true }).check();
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a patient’s link still shows the care card and leads to the topic lists', async ({ page }) => {
      await page.goto('/handout/?pages=conditions/meniscus-tear');
      await expect(page.locator('[data-care-card]')).toBeVisible();
      await expect(page.getByText('If they do not appear, every page is also in our topic lists')).toBeVisible();
      await page.getByRole('link', { name: 'Conditions' }).first().click();
      await expect(page).toHaveURL(/\/conditions\/$/);
    });
  });
});
