// Walking the exhibit as a visitor: stations, lenses (mouse and keyboard),
// the compare view, deep links, timeline, glossary, and remembered progress.
import { test, expect, watchForErrors, expectExhibitShown } from './support.js';
import { waitForServiceWorker } from './deploy.js';

const lensGroup = (page) => page.getByRole('navigation', { name: 'Whose account?' });
/** The heading that says which account is on screen. */
const account = (page, name) => page.getByRole('heading', { level: 2, name: `You are reading ${name}` });

test('home → every station → timeline → glossary', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  const stations = page.getByRole('list', { name: 'The stations' }).getByRole('link');
  await expect(stations.first()).toBeVisible();
  const titles = await stations.allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(7);
  await page.getByRole('link', { name: 'Start the exhibit' }).click();
  for (const [i, title] of titles.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('.station-number')).toHaveText(`Station ${i + 1} of ${titles.length}`);
    await expect(page.locator('.station-nav')).toContainText(`Station ${i + 1} of ${titles.length}`);
    await expect(page.getByRole('main').getByRole('blockquote').first()).toBeVisible();
    if (i + 1 < titles.length) await page.getByRole('link', { name: `Next: ${i + 2}. ${titles[i + 1]}` }).click();
  }
  await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '1956' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('term').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Stations' }).click();
  await expect(page.getByText(`${titles.length} of ${titles.length} stations visited`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('lenses switch by mouse, and the address follows', async ({ page }) => {
  await page.goto('./#/station/the-speech');
  await lensGroup(page).getByRole('link', { name: 'Official line' }).click();
  await expect(page).toHaveURL(/\/station\/the-speech\/official\/$/);
  await expect(account(page, 'Official line')).toBeVisible();
  await lensGroup(page).getByRole('link', { name: 'Historians today' }).click();
  await expect(account(page, 'Historians today')).toBeVisible();
  await page.goBack();
  await expect(account(page, 'Official line')).toBeVisible();
  await expect(lensGroup(page).getByRole('link', { name: 'Official line' })).toHaveAttribute('aria-current', 'page');
});

test('lenses switch by keyboard, and focus stays on the control', async ({ page }) => {
  await page.goto('./#/station/lenin-warning/official');
  const official = lensGroup(page).getByRole('link', { name: 'Official line' });
  await official.focus();
  await page.keyboard.press('Tab');
  await expect(lensGroup(page).getByRole('link', { name: 'Khrushchev, 1956' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/speech\/$/);
  await expect(lensGroup(page).getByRole('link', { name: 'Khrushchev, 1956' })).toBeFocused();
  await expect(lensGroup(page).getByRole('link', { name: 'Khrushchev, 1956' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(account(page, 'Historians today')).toBeVisible();
  await expect(page.getByText('Showing: Historians today')).toBeAttached();
});

test('the compare view is one thread, each reply under the claim it answers, and closes onto a lens', async ({ page }) => {
  const exhibit = await (await page.request.get('./assets/exhibit/en.json')).json();
  const station = exhibit.stations.find((s) => s.id === 'making-the-cult');
  await page.goto('./#/station/making-the-cult/speech');
  await page.getByRole('link', { name: 'Compare the three accounts' }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
  const thread = page.getByRole('region', { name: 'The three accounts, reply by reply' });
  await expect(thread).toBeVisible();
  // Every claim of the three accounts is in it once, the official line first.
  const claims = [...station.lenses.official, ...station.lenses.speech, ...station.lenses.historians];
  await expect(thread.locator('li.claim')).toHaveCount(claims.length);
  await expect(thread.locator('li.claim').first()).toHaveClass(/lens-official/);
  // A reply is nested in the item of the claim it answers.
  const reply = claims.find((c) => c.answers);
  const answered = claims.find((c) => c.id === reply.answers);
  const plain = (text) => text.replace(/\[\[([^|\]]*\|)?([^\]]*)\]\]/g, (_, shown, id) => (shown ? shown.slice(0, -1) : id)).split(/\s+/).slice(0, 4).join(' ');
  const nestedIn = await thread.evaluate((root, [words, parentWords]) => {
    // The claim's own words are its <q> or first plain <p>, not a "Replies to" line.
    const own = (li) => li.querySelector(':scope > q, :scope > p:not([class])')?.textContent ?? '';
    const item = [...root.querySelectorAll('li.claim')].find((li) => own(li).includes(words));
    const parent = item?.parentElement.closest('li.claim');
    return parent ? own(parent).includes(parentWords) : false;
  }, [plain(reply.text), plain(answered.text)]);
  expect(nestedIn, `“${plain(reply.text)}” sits under “${plain(answered.text)}”`).toBe(true);
  await expect(thread.getByText(/^Replies to /).first()).toBeVisible();
  // The accounts stay live: choosing one closes the comparison onto it.
  await lensGroup(page).getByRole('link', { name: 'Historians today' }).click();
  await expect(page).toHaveURL(/\/historians\/$/);
  await page.getByRole('link', { name: 'Compare the three accounts' }).click();
  await page.getByRole('link', { name: 'Close comparison' }).click();
  await expect(page).toHaveURL(/\/historians\/$/);
});

test('a deep link opens a station in a lens, and the lens carries to the next station', async ({ page }) => {
  await page.goto('./#/station/congress-of-victors/historians');
  await expectExhibitShown(page);
  await expect(lensGroup(page).getByRole('link', { name: 'Historians today' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: /^Next: / }).click();
  await expect(page).toHaveURL(/\/historians\/$/);
  await expect(lensGroup(page).getByRole('link', { name: 'Historians today' })).toHaveAttribute('aria-current', 'page');
});

test('an unknown lens in a link falls back with a visible notice', async ({ page }) => {
  // The host has no page for it; once the exhibit's worker runs, the app
  // draws the station with the notice (tools/service-worker.js, standIn).
  await page.goto('./');
  await waitForServiceWorker(page);
  await page.goto('./#/station/famine/pravda');
  await expect(page.getByRole('status').filter({ hasText: 'no view called “pravda”' })).toBeVisible();
  await expectExhibitShown(page);
});

test('a glossary term opens in place and closes with Escape', async ({ page }) => {
  await page.goto('./#/station/lenin-warning');
  const term = page.getByRole('main').locator('button.term').first();
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('note')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(term).toBeFocused();
});

test('progress is kept across a reload', async ({ page }) => {
  await page.goto('./#/station/famine/official');
  await expectExhibitShown(page);
  await page.goto('./#/');
  await page.reload();
  await expect(page.getByText(/^1 of \d+ stations visited$/)).toBeVisible();
  const famine = page.getByRole('list', { name: 'The stations' }).getByRole('listitem').filter({ hasText: 'Visited' });
  await expect(famine).toHaveCount(1);
  // The last lens carries over into the next visit.
  await page.getByRole('link', { name: 'Go to the first station' }).click();
  await expect(lensGroup(page).getByRole('link', { name: 'Official line' })).toHaveAttribute('aria-current', 'page');
});

test('with localStorage throwing, the exhibit works and says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const errors = watchForErrors(page);
  await page.goto('./#/station/famine/official');
  await expect(page.getByRole('status').filter({ hasText: 'progress will not be kept' })).toBeVisible();
  await lensGroup(page).getByRole('link', { name: 'Historians today' }).click();
  await expect(account(page, 'Historians today')).toBeVisible();
  await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Stations' }).click();
  await expect(page.getByText(/^1 of \d+ stations visited$/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('corrupt stored progress is discarded with a notice', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('secret-speech:progress', '{not json'));
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  // A newcomer again: the walk is described, not counted as undone.
  await expect(page.getByText(/^\d+ stations · about \d+ minutes$/)).toBeVisible();
});

test('no view scrolls sideways on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ['', 'station/congress-of-victors/speech', 'station/making-the-cult/compare', 'station/lenin-warning/official', 'timeline', 'glossary', 'quiz']) {
    await page.goto(`./#/${route}`);
    await expectExhibitShown(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `#/${route} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});
