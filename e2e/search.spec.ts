// Search as readers use it: clicks and taps open the result clicked, the kind filter (in the
// address and the dialog), shareable ?q= links, typo and spelling messages, ten results then
// "more", keyboard and screen-reader use, whole-word highlighting on arrival, no JavaScript.
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { ARTICLE, loaderReady, openDialog, searched, topResults } from './search-helpers.ts';
import { MAX_QUERY_LENGTH, QUERY_CUT_NOTE } from '../src/lib/search/query-limit.ts';

// A search can take seconds on the shared 2-core machine (a first one downloads the engine).
const expect = baseExpect.configure({ timeout: 15_000 });

/** The dialog with `query` searched in it. */
async function dialogWith(page: Page, query: string): Promise<Locator> {
  await page.goto(ARTICLE);
  await loaderReady(page);
  const dialog = await openDialog(page);
  await dialog.getByRole('searchbox').fill(query);
  await searched(dialog);
  return dialog;
}

/** Opens the kind filter (folded on a phone, open on a wide screen) and picks a kind. */
async function pickKind(scope: Locator, label: string): Promise<void> {
  const group = scope.getByRole('group', { name: 'Show only' });
  if (!(await group.isVisible())) await scope.getByText('Kind of page').click();
  await group.getByRole('radio', { name: label, exact: true }).check();
}

/** Checks that the results shown are all under one section (the kind filtered to). */
async function expectOnly(scope: Locator, section: string): Promise<void> {
  const paths = await topResults(scope, 10);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((p) => p.startsWith(section)), paths.join(', ')).toBe(true);
}

/** Checks that activating the nth result (by `act`) opens exactly that result's page. */
async function opensNth(page: Page, scope: Locator, n: number, act: (link: Locator) => Promise<void>): Promise<void> {
  const link = scope.locator('.result-link').nth(n);
  const href = await link.getAttribute('href');
  expect(href).toBeTruthy();
  await act(link);
  await expect(page).toHaveURL((url) => url.pathname + url.search === href);
}

test.describe('clicking a result opens the result clicked', () => {
  for (const n of [1, 2]) {
    test(`mouse click on result ${n + 1} on /search/`, async ({ page }) => {
      await page.goto('/search/?q=nerve');
      await searched(page.locator('#search-page'));
      await opensNth(page, page.locator('#search-page'), n, (link) => link.click());
    });
    test(`mouse click on result ${n + 1} in the dialog`, async ({ page }) => {
      const dialog = await dialogWith(page, 'nerve');
      await opensNth(page, dialog, n, (link) => link.click());
    });
    test(`mouse click on the excerpt of result ${n + 1} does not open another result`, async ({ page }) => {
      await page.goto('/search/?q=nerve');
      await searched(page.locator('#search-page'));
      const url = page.url();
      await page.locator('.result-excerpt').nth(n).click();
      expect(page.url()).toBe(url);
    });
  }
});

test.describe('tapping a result on a phone opens the result tapped', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const n of [1, 2]) {
    test(`tap on result ${n + 1} on /search/`, async ({ page }) => {
      await page.goto('/search/?q=knee');
      await searched(page.locator('#search-page'));
      await opensNth(page, page.locator('#search-page'), n, (link) => link.tap());
    });
    test(`tap on result ${n + 1} in the dialog`, async ({ page }) => {
      const dialog = await dialogWith(page, 'knee');
      await opensNth(page, dialog, n, (link) => link.tap());
    });
  }

  test('results come first: the filter is folded and the first results fit the first screen', async ({ page }) => {
    await page.goto('/search/?q=sciatica');
    const main = page.locator('#search-page');
    await searched(main);
    await expect(main.getByRole('group', { name: 'Show only' })).toBeHidden();
    await expect(main.locator('.result-link').nth(1)).toBeInViewport();
  });
});

test('the ?q= address fills the box, and the address follows a new search and the kind filter', async ({ page }) => {
  await page.goto('/search/?q=sciatica');
  const main = page.locator('#search-page');
  await expect(main.getByRole('searchbox')).toHaveValue('sciatica');
  await searched(main);
  await main.getByRole('searchbox').fill('bunion');
  await expect(page).toHaveURL(/\?q=bunion$/);
  await expect(main.getByRole('status')).toContainText('for bunion');
  await main.getByRole('searchbox').fill('knee');
  await searched(main);
  await pickKind(main, 'Nerves');
  await expect(page).toHaveURL(/\?q=knee&kind=Nerve$/);
  await expect(main.getByRole('status')).toContainText('(Nerves only)');
  await expectOnly(main, '/nerves/');
});

test('a shared ?q=&kind= link opens with the filter applied', async ({ page }) => {
  await page.goto('/search/?q=pain&kind=Sign');
  const main = page.locator('#search-page');
  await expect(main.getByRole('radio', { name: 'Signs', exact: true })).toBeChecked();
  await expectOnly(main, '/signs/');
});

test('the dialog has the kind filter too', async ({ page }) => {
  const dialog = await dialogWith(page, 'nerve');
  await pickKind(dialog, 'Treatments');
  await expect(dialog.getByRole('status')).toContainText('(Treatments only)');
  await expectOnly(dialog, '/treatments/');
});

test('a typo is corrected and says so; a word the site lacks is named, not matched by a fragment', async ({ page }) => {
  await page.goto('/search/?q=sciatca');
  const main = page.locator('#search-page');
  await expect(main.getByRole('status')).toContainText('Showing results for sciatica');
  await main.getByRole('searchbox').fill('acetaminophen');
  await searched(main);
  // Found through its meaning (a pain reliever), never by the letter "a".
  await expect(main.locator('.result-excerpt mark').first()).toBeVisible();
  const marked = await main.locator('.result-excerpt mark').allTextContents();
  expect(marked.every((m) => m.replace(/\W/g, '').length > 2), marked.join(', ')).toBe(true);
  await main.getByRole('searchbox').fill('knee pain zzzqx');
  await expect(main.getByRole('status')).toContainText('No page mentions “zzzqx”');
  // Mostly words the site lacks: the nothing-found help, not results for the one known word.
  await main.getByRole('searchbox').fill('knee zzzqx');
  await expect(main.getByRole('heading', { name: /Nothing on this site matches/ })).toBeVisible();
});

test('a corrected search offers the words as typed; an English word the site lacks is never rewritten', async ({ page }) => {
  await page.goto('/search/?q=sciatca');
  const main = page.locator('#search-page');
  await expect(main.getByRole('status')).toContainText('Showing results for sciatica');
  await main.getByRole('button', { name: 'Search instead for sciatca' }).click();
  await expect(main.getByRole('heading', { name: 'Nothing on this site matches “sciatca”' })).toBeVisible();
  // "lost" is English: named as missing, not "corrected" to "most"; the warning signs come first.
  await page.goto(`/search/?q=${encodeURIComponent('lost bladder control')}`);
  await expect(main.getByRole('status')).toContainText('No page mentions “lost”');
  await expect(main.getByRole('status')).not.toContainText('Showing results for');
  expect((await topResults(main, 1))[0]).toBe('/urgent-help/');
});

test('typing in the dialog never empties the list between keys (“sciatica knee”)', async ({ page }) => {
  await page.goto(ARTICLE);
  await loaderReady(page);
  const dialog = await openDialog(page);
  // Record every time the nothing-found help is shown while the reader types.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { nothingSeen: string[] }).nothingSeen = []);
    new MutationObserver(() => {
      const title = document.querySelector('dialog .empty-title, [role="dialog"] .empty-title');
      const box = document.querySelector<HTMLElement>('dialog .search-empty, [role="dialog"] .search-empty');
      if (title && box && !box.hidden) seen.push(title.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const box = dialog.getByRole('searchbox');
  await box.pressSequentially('sciatica', { delay: 60 });
  await searched(dialog);
  // A pause after each key of " knee", long enough for the search of each partial query to finish.
  for (const key of ' knee') {
    await box.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(400);
  }
  await expect(dialog.getByRole('status')).toContainText('results for sciatica knee');
  expect(await page.evaluate(() => (window as unknown as { nothingSeen: string[] }).nothingSeen)).toEqual([]);
  await expect(dialog.locator('.result-link').first()).toBeVisible();
});

test('a common word shows ten results, then more on request, with focus on the first new one', async ({ page }) => {
  await page.goto('/search/?q=knee');
  const main = page.locator('#search-page');
  await searched(main);
  const total = Number(/(\d+) results/.exec((await main.getByRole('status').textContent()) ?? '')![1]);
  expect(total).toBeGreaterThan(10);
  await expect(main.locator('.result-link')).toHaveCount(10);
  await main.getByRole('button', { name: 'Show more results' }).click();
  await expect(main.locator('.result-link')).toHaveCount(Math.min(20, total));
  await expect(main.locator('.result-link').nth(10)).toBeFocused();
});

test('excerpts are two or three lines around the match, with no alias lists or print footer', async ({ page }) => {
  await page.goto('/search/?q=femoral');
  const main = page.locator('#search-page');
  await searched(main);
  const excerpts = await main.locator('.result-excerpt').allTextContents();
  for (const text of excerpts) {
    expect(text.split(/\s+/).length, text).toBeGreaterThan(15);
    expect(text).not.toMatch(/Printed from|localhost|anterior thigh nerve/);
  }
  const lines = await main.locator('.result-excerpt').first().evaluate((p) => Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
  expect(lines).toBeGreaterThanOrEqual(2);
  expect(lines).toBeLessThanOrEqual(4);
});

test('marked words stand out: bold, a background and an underline of at least 3:1 against it', async ({ page }) => {
  await page.goto('/search/?q=femoral');
  await searched(page.locator('#search-page'));
  const mark = page.locator('.result-excerpt mark').first();
  await expect(mark).toBeVisible();
  const style = await mark.evaluate((m) => {
    const s = getComputedStyle(m);
    return { weight: Number(s.fontWeight), background: s.backgroundColor, shadow: s.boxShadow, parent: getComputedStyle(m.parentElement!).fontWeight };
  });
  expect(style.weight).toBeGreaterThan(Number(style.parent));
  const rgb = (s: string) => s.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  const lum = ([r, g, b]: number[]) => [r, g, b].map((c) => c! / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((n, c, i) => n + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [a, b] = [lum(rgb(style.background)), lum(rgb(style.shadow))];
  expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), `${style.shadow} on ${style.background}`).toBeGreaterThanOrEqual(3);
});

test('a content page loads no search code until search is opened, and never Pagefind’s UI', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(ARTICLE);
  await loaderReady(page);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  const dialog = await openDialog(page);
  await dialog.getByRole('searchbox').fill('femoral');
  await searched(dialog);
  expect(requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(requests.filter((p) => /pagefind-(component-)?ui/.test(p))).toEqual([]);
});

test('keyboard only: “/” opens search, arrows and Enter pick a result, its words are marked and scrolled to', async ({ page }) => {
  await page.goto(ARTICLE);
  await loaderReady(page);
  // Record what live regions announce.
  await page.evaluate(() => {
    const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
    new MutationObserver((records) => {
      for (const r of records) {
        const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live]');
        if (region?.textContent) heard.push(region.textContent);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('quadriceps');
  await topResults(dialog);
  await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | '))).toMatch(/\d+ results? for quadriceps/);
  await page.keyboard.press('ArrowDown');
  const first = dialog.locator('.result-link').first();
  await expect(first).toBeFocused();
  // Focus is visible: the site's yellow focus block.
  expect(await first.evaluate((a) => getComputedStyle(a).backgroundColor)).toBe('rgb(255, 214, 10)');
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname + url.search === href);
  expect(href).toContain('highlight=quadriceps');
  const marks = page.locator('main mark.search-highlight');
  await expect(marks.first()).toBeInViewport();
  // Whole words only: every mark is the word (or its plural), never part of a longer word.
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/^quadriceps$/);
});

test('Ctrl+K opens search, and Escape closes it with focus back where it was', async ({ page }) => {
  await page.goto(ARTICLE);
  await loaderReady(page);
  const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first();
  await contents.focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(contents).toBeFocused();
});

for (const where of ['dialog', 'page'] as const) {
  test(`the search ${where} with results and with the nothing-found help passes the axe sweep`, async ({ page }) => {
    // Two axe sweeps take a while on the shared 2-core machine.
    test.setTimeout(90_000);
    const scope = where === 'dialog' ? await dialogWith(page, 'nerve') : page.locator('#search-page');
    if (where === 'page') {
      await page.goto('/search/?q=nerve');
      await searched(scope);
    }
    const sweep = async () => (await new AxeBuilder({ page }).include(where === 'dialog' ? 'dialog' : '#search-page').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    expect(await sweep()).toEqual([]);
    await scope.getByRole('searchbox').fill('tennis elbow');
    await expect(scope.getByRole('heading', { name: /Nothing on this site/ })).toBeVisible();
    expect(await sweep()).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and still leads to the warning signs and every topic index', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    const browse = page.getByRole('navigation', { name: 'Browse instead' });
    for (const name of ['Warning signs: when to get help now', 'All topics', 'Nerves and nerve roots', 'Conditions', 'Signs', 'Treatments and tests', 'All articles']) {
      await expect(browse.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});

test.describe('when search cannot load (offline, or a blocked request)', () => {
  for (const where of ['dialog', 'page'] as const) {
    test(`the ${where} says so and offers the warning signs and the indexes, and a later search works`, async ({ page }) => {
      let blocked = true;
      await page.route('**/pagefind/**', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
      let scope: Locator;
      if (where === 'page') {
        await page.goto('/search/');
        scope = page.locator('#search-page');
      } else {
        await page.goto(ARTICLE);
        await loaderReady(page);
        scope = await openDialog(page);
      }
      await scope.getByRole('searchbox').fill('sciatica');
      await expect(scope.getByRole('status')).toHaveText('Search could not load.');
      await expect(scope.getByRole('heading', { name: 'Search is not available right now' })).toBeVisible();
      await expect(scope.getByText('Check your connection and search again')).toBeVisible();
      await expect(scope.getByRole('link', { name: 'Warning signs: when to get help now' })).toBeVisible();
      // Back online: the next search loads the engine and finds the page.
      blocked = false;
      await scope.getByRole('searchbox').fill('sciatic nerve');
      expect(await topResults(scope, 3)).toContain('/nerves/sciatic-nerve/');
    });
  }
});

test('a 10,000-character query is cut to 200 in the address and the status line, with a note', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('knee '.repeat(2000))}`);
  const status = page.locator('#search-page').getByRole('status');
  await searched(page.locator('#search-page'));
  await expect(status).toContainText(QUERY_CUT_NOTE);
  expect((await status.textContent())!.length).toBeLessThan(MAX_QUERY_LENGTH + 200);
  expect([...(new URL(page.url()).searchParams.get('q') ?? '')].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
});

test('one Escape closes the dialog, even with words in the box', async ({ page }) => {
  const dialog = await dialogWith(page, 'sciatica');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
