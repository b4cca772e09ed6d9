// Moving between articles and topics: article → topic → the exact passage, and back.
import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { readTopicFiles } from '../src/lib/topics/read-topic-files.ts';
import { topicPath } from '../src/lib/topics/topic-kinds.ts';
import { sitePaths } from './site-pages.ts';

const SIGNS = '/articles/can-your-back-cause-knee-pain-signs-to-look-for/';
const KINDS = ['nerves', 'conditions', 'signs', 'treatments'];
// Reference pages (written from shared/reference alone) quote no article; the others all do.
const referencePages = new Set(readTopicFiles(resolve(import.meta.dirname, '../content/topics')).filter((t) => t.fromReferences).map((t) => topicPath(t.kind, t.id)));
const topicPages = sitePaths().filter((p) => KINDS.some((k) => p.startsWith(`/${k}/`) && p !== `/${k}/`) && !referencePages.has(p));
const articlePages = sitePaths().filter((p) => p.startsWith('/articles/') && p !== '/articles/');

test('the first “femoral nerve” in an article leads to its topic page, which links back to that exact paragraph', async ({ page }) => {
  await page.goto(SIGNS);
  const body = page.locator('.article-body');
  const mention = body.getByRole('link', { name: 'femoral nerve', exact: true });
  await expect(mention).toHaveCount(1);
  // The inner locator of `has` is resolved inside each paragraph, so it is written from `page`.
  const paragraph = body.locator('p').filter({ has: page.getByRole('link', { name: 'femoral nerve', exact: true }) });
  const paragraphId = await paragraph.getAttribute('id');
  expect(paragraphId).toMatch(/^p-/);

  await mention.click();
  await expect(page).toHaveURL(/\/nerves\/femoral-nerve\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Femoral nerve');
  const says = page.getByRole('region', { name: 'What the articles say' });
  await expect(says.locator('mark').first()).toHaveText('femoral nerve');

  await says.getByRole('link', { name: /Read it in the article.*Can your back cause knee pain/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${SIGNS}#${paragraphId}$`));
  await expect(page.locator(`#${paragraphId}`)).toBeInViewport();
  // innerText: what a reader sees (print-only link numbers are hidden on screen).
  await expect(page.locator(`#${paragraphId}`)).toContainText('the femoral nerve, stemming from the lumbar spine', { useInnerText: true });
});

test('an article links each topic only at its first mention, and lists its topics by kind', async ({ page }) => {
  await page.goto(SIGNS);
  await expect(page.locator('.article-body').getByRole('link', { name: 'sciatic nerve', exact: true })).toHaveCount(1);
  const topics = page.getByRole('region', { name: 'Topics in this article' });
  for (const kind of ['Nerves and nerve roots', 'Conditions', 'Signs', 'Treatments and tests']) {
    await expect(topics.getByRole('heading', { name: kind })).toBeVisible();
  }
  await expect(topics.getByRole('link', { name: 'Piriformis syndrome' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('link')).toHaveCount(3);
});

test('a citation number jumps to the source it stands for, and an article source to its exact paragraph', async ({ page }) => {
  await page.goto('/nerves/femoral-nerve/');
  // The body's first citation is reference S32 (content/topics/femoral-nerve.md).
  await page.getByRole('link', { name: 'Source 1', exact: true }).first().click();
  await expect(page).toHaveURL(/#cite-1$/);
  await expect(page.locator('#cite-1')).toContainText('reference S32');
  const article = page.getByRole('region', { name: 'Sources for this page' }).getByRole('link', { name: 'Can your back cause knee pain? Signs to look for' }).first();
  await article.click();
  await expect(page).toHaveURL(/\/articles\/can-your-back-cause-knee-pain-signs-to-look-for\/#p-the-connection-between-back-pain-and$/);
  await expect(page.locator('#p-the-connection-between-back-pain-and')).toContainText('femoral nerve');
});

for (const path of articlePages) {
  test(`the emergency care card comes before the article text on ${path}`, async ({ page }) => {
    await page.goto(path);
    const card = page.getByRole('region', { name: /Call 999 .*or go to A&E now/ });
    await expect(card).toBeVisible();
    await expect(card).toContainText('NHS 111');
    // Its links: the numbers to tap, NHS 111 online, and the full list.
    const links = await card.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.filter((h) => !h!.startsWith('tel:') && h !== 'https://111.nhs.uk/')).toEqual([expect.stringMatching(/\/urgent-help\/$/)]);
    await expect(card.getByRole('link', { name: 'All warning signs and what to do' })).toBeVisible();
    const cardTop = (await card.boundingBox())!.y;
    const bodyTop = (await page.locator('.article-body').boundingBox())!.y;
    expect(cardTop).toBeLessThan(bodyTop);
  });
}

for (const path of topicPages) {
  test(`${path} says what at least one article says, and links to it`, async ({ page }) => {
    await page.goto(path);
    const says = page.getByRole('region', { name: 'What the articles say' });
    await expect(says.getByRole('listitem').first()).toBeVisible();
    await expect(says.locator('mark').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Topics' })).toBeVisible();
    await expect(page.getByRole('region', { name: /Call 999 .*or go to A&E now/ })).toHaveCount(1);
  });
}

for (const path of referencePages) {
  test(`${path} is written from the references: no article quotes, every source a reference, an honest review line`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('region', { name: 'What the articles say' })).toHaveCount(0);
    await expect(page.getByText('We wrote this page from our clinical references')).toBeVisible();
    const sources = page.getByRole('region', { name: 'Sources for this page' }).getByRole('listitem');
    expect(await sources.count()).toBeGreaterThan(1);
    for (const text of await sources.allInnerTexts()) expect(text, 'a reference page cites references only').toMatch(/\(reference [SG]\d+\)/);
    await expect(page.getByRole('region', { name: /Call 999 .*or go to A&E now/ })).toHaveCount(1);
    await expect(page.getByText('Not yet reviewed by a clinician.')).toBeVisible();
  });
}

test('the home page’s “knee pain often comes from the knee” leads to the knee problems that are not from the back', async ({ page }) => {
  await page.goto('/');
  const paragraph = page.locator('p').filter({ hasText: 'knee pain often comes from the knee itself' });
  await paragraph.getByRole('link', { name: 'knee problems that are not from the back' }).click();
  await expect(page).toHaveURL(/\/conditions\/#not-from-the-back$/);
  const section = page.getByRole('region', { name: 'Knee problems that are not from the back' });
  await expect(section).toBeInViewport();
  await section.getByRole('link', { name: 'Meniscus tear (torn knee cartilage)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meniscus tear (torn knee cartilage)');
});
