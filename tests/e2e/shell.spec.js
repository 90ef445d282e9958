// The shell as a visitor meets it: header, main region, footer, routes, a
// not-found page with a way home, and content loaded at run time.
import { test, expect, watchForErrors } from './support.js';
import { waitForServiceWorker } from './deploy.js';

test('home shows the exhibit inside the header, main and footer landmarks', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Secret Speech' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('heading', { name: 'Sources and credits' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a station opens from home, and back returns home', async ({ page }) => {
  await page.goto('./');
  const path = page.getByRole('list').filter({ has: page.getByRole('link') }).first();
  const first = path.getByRole('link').first();
  const title = (await first.textContent()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/station\/[a-z-]+\/([a-z]+\/)?$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('an unknown address offers a way home', async ({ page }) => {
  await page.goto('./#/no/such/room');
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not part of the exhibit' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the start of the exhibit' }).click();
  await expect(page).toHaveURL(/#\/$|\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not part of the exhibit' })).toHaveCount(0);
});

test('an unknown station id is a not-found page, not a crash', async ({ page }) => {
  // The host has no page for it; once the exhibit's worker runs, the app
  // draws its own not-found page there (tools/service-worker.js, standIn).
  await page.goto('./');
  await waitForServiceWorker(page);
  const errors = watchForErrors(page);
  await page.goto('./station/not-a-station/');
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not part of the exhibit' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('content is read at run time: a changed title shows with no rebuild', async ({ page }) => {
  await page.route('**/assets/exhibit/en.json', async (route) => {
    const response = await route.fetch();
    const exhibit = await response.json();
    exhibit.stations[0].title = 'A title changed by a curator';
    await route.fulfill({ response, json: exhibit });
  });
  await page.goto('./');
  await page.getByRole('link', { name: 'A title changed by a curator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A title changed by a curator' })).toBeVisible();
});
