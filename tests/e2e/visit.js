// A full visit, shared by the offline and security specs: home, every
// station, a compare view, timeline, glossary and quiz, checking headings as
// a visitor would see them.
import { expect } from './support.js';

/** The exhibit's content, as the page under test would read it. Call it while online. */
export async function readExhibit(page) {
  const response = await page.request.get('assets/exhibit/en.json');
  expect(response.ok()).toBe(true);
  return response.json();
}

/** Every image in the main region has loaded (scrolled to first: they load lazily). */
export async function expectImagesLoaded(page) {
  const images = page.getByRole('main').locator('img');
  await expect(images.first()).toBeAttached();
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
}

/**
 * Walks every route by address, as deep links do. `onStation(station)` runs
 * on each station page after its heading shows.
 */
export async function visitEveryRoute(page, exhibit, { onStation = async () => {} } = {}) {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: exhibit.title, exact: true })).toBeVisible();
  for (const station of exhibit.stations) {
    await page.goto(`./#/station/${station.id}`);
    await expect(page.getByRole('heading', { level: 1, name: station.title, exact: true })).toBeVisible();
    if (station.comparisons.length > 0) await expectImagesLoaded(page);
    await onStation(station);
  }
  await page.goto(`./#/station/${exhibit.stations[0].id}/compare`);
  await expect(page.getByRole('heading', { level: 2, name: 'The three accounts, reply by reply' })).toBeVisible();
  await expect(page.getByText(/^Replies to /).first()).toBeVisible();
  await page.goto('./#/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await page.goto('./#/glossary');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('term').first()).toBeVisible();
  await page.goto('./#/quiz');
  await expect(page.getByRole('heading', { level: 1, name: exhibit.quiz.title, exact: true })).toBeVisible();
}
