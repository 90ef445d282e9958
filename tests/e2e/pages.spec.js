// Every view is its own prerendered page (src/bin/prerender.rs): it reads
// before any script runs, it links to every other view, it opens from disk,
// and the app takes it over without a reload, a flash or a shift.
import { mkdtemp, rm, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir } from './deploy.js';
import { test, expect, expectExhibitShown, holdCode, watchForErrors } from './support.js';

const lenses = ['official', 'speech', 'historians'];

async function content(request, language) {
  const response = await request.get(`assets/exhibit/${language}.json`);
  expect(response.ok()).toBe(true);
  return response.json();
}

/** Every view's file, as the prerender writes it, and the heading it shows. */
function views(exhibit, language) {
  const folder = language === 'en' ? '' : `${language}/`;
  const messages = {
    en: { timeline: 'Timeline', glossary: 'Glossary', accessibility: 'Accessibility', compare: 'The three accounts, reply by reply' },
    ru: { timeline: 'Хронология', glossary: 'Словарь', accessibility: 'Доступность', compare: null },
  }[language];
  const list = [{ path: `${folder}index.html`, h1: exhibit.title }];
  for (const station of exhibit.stations) {
    list.push({ path: `${folder}station/${station.id}/index.html`, h1: station.title });
    for (const lens of lenses) list.push({ path: `${folder}station/${station.id}/${lens}/index.html`, h1: station.title });
    list.push({ path: `${folder}station/${station.id}/compare/index.html`, h1: station.title, h2: messages.compare });
  }
  list.push({ path: `${folder}timeline/index.html`, h1: messages.timeline });
  list.push({ path: `${folder}glossary/index.html`, h1: messages.glossary });
  list.push({ path: `${folder}quiz/index.html`, h1: exhibit.quiz.title });
  list.push({ path: `${folder}accessibility/index.html`, h1: null });
  list.push({ path: `${folder}not-found/index.html`, h1: null });
  return list;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  // Each walks every page of a language: a hundred page loads.
  test.describe.configure({ timeout: 180_000 });

  for (const language of ['en', 'ru']) {
    test(`every ${language} view is a page with its own heading, title and text`, async ({ page, request }) => {
      const exhibit = await content(request, language);
      for (const view of views(exhibit, language)) {
        await page.goto(view.path);
        const h1 = page.getByRole('heading', { level: 1 });
        await expect(h1, view.path).toHaveCount(1);
        if (view.h1) await expect(h1, view.path).toHaveText(view.h1);
        if (view.h2) await expect(page.getByRole('heading', { level: 2, name: view.h2 }), view.path).toBeVisible();
        expect(await page.locator('html').getAttribute('lang'), view.path).toBe(language);
        expect(await page.title(), view.path).toContain(exhibit.title);
        // The page is the view, not a loading screen.
        await expect(page.getByText('Loading the exhibit')).toHaveCount(0);
      }
      // A station's lens page holds that lens's own first claim.
      const station = exhibit.stations[0];
      await page.goto(`${language === 'en' ? '' : `${language}/`}station/${station.id}/historians/index.html`);
      const claim = station.lenses.historians[0].text.replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1').slice(0, 40);
      await expect(page.getByRole('main')).toContainText(claim.split(/[*_]/)[0].trim().slice(0, 25));
    });
  }

  test('the whole exhibit is walked by its links', async ({ page, request }) => {
    const exhibit = await content(request, 'en');
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(exhibit.title);
    await page.getByRole('link', { name: new RegExp(exhibit.stations[0].title) }).first().click();
    for (const [index, station] of exhibit.stations.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(station.title);
      for (const [lens, name] of [['historians', 'Historians today'], ['official', 'Official line'], ['speech', 'Khrushchev, 1956']]) {
        await page.getByRole('navigation', { name: 'Whose account?' }).getByRole('link', { name }).click();
        await expect(page).toHaveURL(new RegExp(`/station/${station.id}/${lens}/`));
        await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      }
      await page.getByRole('link', { name: 'Compare the three accounts' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'The three accounts, reply by reply' })).toBeVisible();
      await page.getByRole('link', { name: 'Close comparison' }).click();
      const bar = page.getByRole('navigation', { name: 'Stations' });
      if (index + 1 < exhibit.stations.length) await bar.getByRole('link', { name: /^Next/ }).click();
      else await bar.getByRole('link', { name: /Quiz/ }).click();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(exhibit.quiz.title);
    const nav = page.getByRole('navigation', { name: 'Exhibit' });
    await nav.getByRole('link', { name: 'Timeline' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    await nav.getByRole('link', { name: 'Glossary' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Словарь');
    await expect(page).toHaveURL(/\/ru\/glossary\//);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  });

  test('on a phone the menu is open, since no script can open it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await expect(page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Timeline' })).toBeVisible();
  });
});

test('a copy of the build opened from disk is read and walked by its links', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'the same files whatever the host path');
  const folder = await mkdtemp(join(tmpdir(), 'secret-speech-disk-'));
  const context = await browser.newContext();
  try {
    await cp(distDir(), folder, { recursive: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, 'index.html')).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Secret Speech/);
    await page.getByRole('link', { name: /Lenin/ }).first().click();
    await expect(page).toHaveURL(/station\/lenin-warning\/[a-z]+\/index\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lenin’s warning');
    await page.getByRole('link', { name: 'Compare the three accounts' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'The three accounts, reply by reply' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Хронология');
    await expect(page).toHaveURL(/\/ru\/timeline\/index\.html$/);
  } finally {
    await context.close();
    await rm(folder, { recursive: true, force: true });
  }
});

test('with the app running, the same walk makes no page load', async ({ page, request }) => {
  const errors = watchForErrors(page);
  const exhibit = await content(request, 'en');
  await page.goto('./');
  await expectExhibitShown(page);
  // A page load would start a new document and lose this mark.
  await page.evaluate(() => {
    window.sameDocument = true;
  });
  await page.getByRole('link', { name: new RegExp(exhibit.stations[0].title) }).first().click();
  for (const station of exhibit.stations.slice(0, 3)) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(station.title);
    await page.getByRole('navigation', { name: 'Whose account?' }).getByRole('link', { name: 'Historians today' }).click();
    await expect(page).toHaveURL(new RegExp(`/station/${station.id}/historians/$`));
    await page.getByRole('link', { name: 'Compare the three accounts' }).click();
    await expect(page).toHaveURL(new RegExp(`/station/${station.id}/compare/$`));
    await page.getByRole('navigation', { name: 'Stations' }).getByRole('link', { name: /^Next/ }).click();
  }
  const nav = page.getByRole('navigation', { name: 'Exhibit' });
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await nav.getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect(page).toHaveTitle(`Glossary · ${exhibit.title}`);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  expect(errors).toEqual([]);
});

test('old hash links land on their views, in the language they ask for', async ({ page }) => {
  await page.goto('./#/station/making-the-cult/historians?comparison=happy-childhood&mode=steps&step=the-record');
  await expect(page).toHaveURL(/\/station\/making-the-cult\/historians\/\?comparison=happy-childhood&mode=steps&step=the-record$/);
  await expectExhibitShown(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Making the cult');
  await page.goto('./?lang=ru#/glossary');
  await expect(page).toHaveURL(/\/ru\/glossary\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Словарь');
  await page.goto('./?embed=1#/quiz');
  await expect(page).toHaveURL(/\/ru\/quiz\/\?embed=1$/);
});

test('a language chosen once is where the plain address opens next', async ({ page }) => {
  await page.goto('./station/famine/speech/');
  await expectExhibitShown(page);
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/station\/famine\/speech\/$/);
  await expectExhibitShown(page);
  await page.goto('./');
  await expect(page).toHaveURL(/\/ru\/$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('./quiz/');
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the app takes over the page in place: no shift, scroll and focus kept', async ({ page }) => {
  // The code waits until the visitor has scrolled and moved focus.
  const release = await holdCode(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./station/lenin-warning/speech/', { prerendered: true });
  await page.evaluate(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // What each frame is about to show: the prerendered page (F), the
    // app's (A), both or neither.
    window.shown = [];
    const frame = () => {
      const now = (document.getElementById('first-screen') ? 'F' : '') + (document.querySelector('#app main') ? 'A' : '');
      if (window.shown.at(-1) !== now) window.shown.push(now);
      if (now !== 'A') requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.locator('#first-screen .station-nav a.next').focus();
  await page.evaluate(() => window.scrollTo(0, 900));
  const before = await page.evaluate(() => window.scrollY);
  release();
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.locator('#app main h1')).toHaveText('Lenin’s warning');
  await expect.poll(() => page.evaluate(() => window.shown)).toEqual(['F', 'A']);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(page.locator('#app .station-nav a.next')).toBeFocused();
  expect(await page.evaluate(() => window.shifts)).toBe(0);
});

test('content edited in place after the build is what the app shows', async ({ page, request }) => {
  const exhibit = await content(request, 'en');
  const edited = structuredClone(exhibit);
  edited.stations[1].title = 'Edited on the server';
  await page.route(/assets\/exhibit\/en\.json$/, (route) => route.fulfill({ json: edited }));
  await page.goto(`./station/${exhibit.stations[1].id}/`);
  await expectExhibitShown(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited on the server');
});
