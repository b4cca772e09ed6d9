// What PTs do with a page: copy a link to a section, share the page, print a handout.
import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/can-your-back-cause-knee-pain-signs-to-look-for/';
const announced = (page: import('@playwright/test').Page) => page.locator('#announcer');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a section’s link control is reachable by keyboard, copies the section address and says so', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('button', { name: 'Share this page' })).toBeVisible();
  const control = page.getByRole('link', { name: 'Copy link to the section “Signs your knee pain might be from your back”' });
  await control.focus();
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#signs-your-knee-pain-might-be-from-your-back$/);
  await expect(announced(page)).toHaveText('Link to this section copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/articles\/can-your-back-cause-knee-pain-signs-to-look-for\/#signs-your-knee-pain-might-be-from-your-back$/);
});

test('the share button copies the address the reader is on (not the build’s canonical one), without its query', async ({ page }) => {
  await page.goto('/conditions/spinal-stenosis/?highlight=stenosis');
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.getByRole('button', { name: 'Share this page' }).click();
  await expect(announced(page)).toHaveText('Link to this page copied');
  const origin = new URL(page.url()).origin;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/conditions/spinal-stenosis/`);
});

for (const path of [ARTICLE, '/nerves/femoral-nerve/']) {
  const handout = !path.startsWith('/articles/');
  test(`printing ${path} hides navigation and search, and adds the address as text, a QR code and ${handout ? 'no link addresses (a one-page handout)' : 'the link addresses as notes'}`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Search' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Share this page' })).toBeHidden();
    const footer = page.getByRole('complementary', { name: 'Printed from' });
    await expect(footer.getByRole('img', { name: /^QR code of http/ })).toBeVisible();
    await expect(footer).toContainText(path);
    // An article's link addresses are numbered notes at the end of the printout; a topic's
    // one-page handout has none (its QR code is the way back). Neither writes them inline.
    const notes = page.getByRole('region', { name: 'Links on this page' });
    if (handout) await expect(notes).toHaveCount(0);
    else {
      await expect(notes).toBeVisible();
      await expect(notes.getByRole('listitem').first()).toHaveText(/^http/);
    }
    const inline = await page.locator('main article a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(inline).toBe('none');
  });
}
