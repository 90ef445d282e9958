// Reading as of a moment (`?as-of=1938`): every station at each moment, in
// both languages, as a visitor would walk them. What a reader then could
// not know is a redaction that names its date; at 1938 no text mentions the
// speech; in February 1956 its words are not shown to a Soviet reader. The
// control is in the header, keyboard-operable, and in the address.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir, waitForServiceWorker } from './deploy.js';
import { test, expect, expectExhibitShown, openView, watchForErrors } from './support.js';

const MOMENTS = ['1938', '1956-02', '1956-06', '1989'];
const content = {};
test.beforeAll(async () => {
  for (const lang of ['en', 'ru']) {
    content[lang] = JSON.parse(await readFile(join(distDir(), `assets/exhibit/${lang}.json`), 'utf8'));
  }
});

/**
 * The words of the page's content a reader sees, redactions left out: in
 * the app's page, or in each of `selector`'s parts of a page left as
 * prerendered (the handout's stations).
 */
function shownWords(page, selector = '#app main') {
  return page.evaluate((selector) => [...document.querySelectorAll(selector)].map((part) => {
    const copy = part.cloneNode(true);
    // The page's own furniture (lens names, the station bar) and the
    // redactions are not content a reader of the time would be reading.
    // The title is shown at every moment (the speech's station is named
    // for its day), so it is left out too, as is the bibliography, which
    // lists the documents the exhibit does not date at every moment.
    copy.querySelectorAll('h1, .handout-station > h2, .station-sources, .redaction, .lens-bar, .station-nav, .station-number, .account-marker, .claim-voice, .visually-hidden, .back-to-quiz')
      .forEach((node) => node.remove());
    return copy.textContent.replace(/\s+/g, ' ');
  }).join(' '), selector);
}

/** Every redaction's words on the page. */
function redactions(page) {
  return page.locator('#app main .redaction').allTextContents();
}

// A year, or the words that say the sources give none.
const NAMES_ITS_DATE = { en: /\b1[89]\d\d\b|\b20\d\d\b|do not give/, ru: /\b1[89]\d\d\b|\b20\d\d\b|не называют/ };
const SPEECH_WORDS = { en: [/1956/, /Khrushchev/, /secret speech/i, /20th Congress/, /closed session/i], ru: [/1956/, /Хрущ/, /XX съезд/, /закрыт\S* заседани/i] };

for (const lang of ['en', 'ru']) {
  const prefix = lang === 'en' ? '' : 'ru/';
  test.describe(`in ${lang}`, () => {
    test.describe.configure({ timeout: 240_000 });

    for (const moment of MOMENTS) {
      test(`every station as of ${moment}: each redaction names its date`, async ({ page }, testInfo) => {
        // The walk is the same under a sub-path; one project walks it.
        test.skip(testInfo.project.name === 'sub-path' && moment !== '1938', 'one moment under a sub-path');
        const errors = watchForErrors(page);
        const exhibit = content[lang];
        await page.goto(`./${prefix}station/${exhibit.stations[0].id}/compare/?as-of=${moment}`);
        await expectExhibitShown(page);
        await expect(page.getByRole('combobox', { name: lang === 'en' ? 'You are reading in' : 'Вы читаете как читатель' })).toHaveValue(moment);
        let redacted = 0;
        for (const station of exhibit.stations) {
          await openView(page, `${prefix}station/${station.id}/compare/`);
          // Every moment shows the station's title and something to read.
          await expect(page.getByRole('heading', { level: 1, name: station.title })).toBeVisible();
          const words = await shownWords(page);
          const bars = await redactions(page);
          expect(words.length + bars.join('').length, station.id).toBeGreaterThan(station.title.length + 40);
          for (const bar of bars) expect(bar, `${station.id}: ${bar}`).toMatch(NAMES_ITS_DATE[lang]);
          redacted += bars.length;
          if (moment === '1938') {
            for (const word of SPEECH_WORDS[lang]) expect(words, `${station.id} shows ${word} to a reader in 1938`).not.toMatch(word);
          }
          if (moment === '1956-02') {
            // The speech's words are not shown to a Soviet reader: no quotation from it.
            const quoted = station.excerpts.filter((e) => e.citation.source === 'state-dept-1956');
            for (const excerpt of quoted) {
              expect(words, station.id).not.toContain(excerpt.text.slice(0, 40));
            }
          }
        }
        expect(redacted, 'a past moment hides something').toBeGreaterThan(10);
        // The moment stayed in the address through every move.
        expect(new URL(page.url()).searchParams.get('as-of')).toBe(moment);
        expect(errors).toEqual([]);
      });
    }

    test('in February 1956 the speech is a closed session, and in June the West reads it', async ({ page }, testInfo) => {
      test.skip(testInfo.project.name === 'sub-path', 'the walk above covers the sub-path');
      const speech = content[lang].stations.find((s) => s.id === 'the-speech');
      const quote = speech.excerpts[0].text.slice(0, 30);
      await page.goto(`./${prefix}station/the-speech/speech/?as-of=1956-02`);
      await expectExhibitShown(page);
      await expect(page.locator('#app main .redaction').first()).toContainText(lang === 'en' ? 'Closed session: not published' : 'Закрытое заседание: не опубликовано');
      await expect(page.getByText(quote)).toHaveCount(0);
      await page.goto(`./${prefix}station/the-speech/speech/?as-of=1956-06`);
      await expectExhibitShown(page);
      await expect(page.getByText(quote).first()).toBeVisible();
      // Today shows everything, with no redaction at all.
      await page.goto(`./${prefix}station/the-speech/compare/`);
      await expectExhibitShown(page);
      await expect(page.locator('#app main .redaction')).toHaveCount(0);
    });
  });
}

test('the control is in the header and the address; a link keeps the moment; back to today', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./station/congress-of-victors/speech/');
  await expectExhibitShown(page);
  const control = page.getByRole('combobox', { name: 'You are reading in' });
  if (!(await control.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
  // By keyboard: focus the select and pick the first moment.
  await control.focus();
  await control.selectOption('1938');
  await expect(page).toHaveURL(/[?&]as-of=1938/);
  const bar = page.locator('.as-of-banner');
  await expect(bar).toContainText('You are reading in 1938.');
  // The picture a reader in 1938 saw: Yezhov still on the canal bank.
  const canal = page.getByRole('region', { name: 'The vanished commissar' });
  await expect(canal.getByRole('img')).toHaveCount(1);
  await expect(canal.locator('figcaption')).toHaveText('Original, 1937');
  await expect(canal.locator('.redaction').filter({ hasText: 'Retouched:' })).toContainText('Not yet known to a reader in the USSR in 1938');
  // Moving on by a link keeps the moment.
  await page.getByRole('navigation', { name: 'Stations' }).getByRole('link', { name: /^Next: 4/ }).click();
  await expect(page).toHaveURL(/station\/famine\/.*[?&]as-of=1938/);
  await expect(page.locator('#app main .redaction').first()).toBeVisible();
  // axe finds nothing wrong with a redacted page.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // On paper the moment holds too: the three accounts, each redacted as on screen.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#app main .lens-panel')).toHaveCount(3);
  await expect(page.locator('#app main .lens-panel .redaction').first()).toBeVisible();
  await expect(bar.getByRole('paragraph')).toContainText('You are reading in 1938.');
  await page.emulateMedia({ media: 'screen' });
  // Back to today: the redactions go, and so does the moment in the address.
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(page.locator('#app main .redaction')).toHaveCount(0);
  await expect(page).not.toHaveURL(/as-of=/);
  expect(errors).toEqual([]);
});

test('the handout prints as of the moment, and says so; back to today is its page of today', async ({ page }) => {
  // Long pages, each read whole, and axe over the longest.
  test.setTimeout(120_000);
  await page.goto('./handout/?as-of=1938');
  await page.waitForURL(/\/handout\/1938\/$/);
  const bar = page.locator('.as-of-banner');
  await expect(bar).toContainText('You are reading in 1938.');
  // Each station as a reader in 1938 met it: nothing of the speech, and
  // every redaction with its date.
  const asRead = async (lang) => {
    const words = await shownWords(page, 'main .handout-station');
    expect(words.length).toBeGreaterThan(500);
    for (const word of SPEECH_WORDS[lang]) expect(words, `the handout shows ${word} to a reader in 1938`).not.toMatch(word);
    const bars = await page.locator('main .redaction').allTextContents();
    expect(bars.length).toBeGreaterThan(10);
    for (const text of bars) expect(text).toMatch(NAMES_ITS_DATE[lang]);
  };
  await asRead('en');
  // Its links read as of 1938 too.
  await expect(page.getByRole('link', { name: 'Timeline' }).first()).toHaveAttribute('href', /[?&]as-of=1938/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The other language reads as of 1938 too.
  await page.getByRole('link', { name: 'Русский' }).first().click();
  await page.waitForURL(/\/ru\/handout\/1938\/$/);
  // (The language chosen is kept: English is asked for again.)
  await page.goto('./handout/1938/?lang=en');
  await bar.getByRole('link', { name: 'Back to today' }).click();
  await page.waitForURL(/\/handout\/$/);
  await expect(page.locator('main .redaction')).toHaveCount(0);
  // In Russian: its own pages.
  await page.goto('./ru/handout/?as-of=1938');
  await page.waitForURL(/\/ru\/handout\/1938\/$/);
  await asRead('ru');
  await page.goto('./ru/handout/?as-of=1956-02');
  await page.waitForURL(/\/ru\/handout\/1956-02\/$/);
  await expect(page.locator('.as-of-banner')).toContainText('Вы читаете как читатель февраля 1956 года.');
});

test('a kiosk switched on with a moment rests on its attract screen and each visit reads as of it', async ({ page }) => {
  await page.goto('./?kiosk=1&as-of=1938', { prerendered: true });
  await page.waitForURL(/\/attract\/1938\/$/);
  await expect(page.getByText('You are reading in 1938.')).toBeVisible();
  // A reader in 1938 saw the canal picture with Yezhov, and no retouching.
  await expect(page.locator('.attract-slide').first().getByRole('img')).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByRole('link', { name: 'Touch to begin' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/attract/'));
  await expectExhibitShown(page);
  await expect(page).toHaveURL(/[?&]as-of=1938/);
  await expect(page.locator('.as-of-banner')).toContainText('You are reading in 1938.');
  // The reset lands on the attract screen (src/browser/kiosk.rs): the kiosk's moment's.
  await page.goto('./attract/', { prerendered: true });
  await page.waitForURL(/\/attract\/1938\/$/);
  // Switched on from a moment's own page, it keeps that moment.
  await page.goto('./attract/1956-02/?kiosk=1', { prerendered: true });
  await page.goto('./attract/', { prerendered: true });
  await page.waitForURL(/\/attract\/1956-02\/$/);
  // Switched off, the kiosk forgets its moment too.
  await page.goto('./?kiosk=0', { prerendered: true });
  expect(await page.evaluate(() => Object.keys(localStorage))).not.toContain('secret-speech:kiosk-as-of');
  await page.goto('./attract/', { prerendered: true });
  await expect(page).toHaveURL(/\/attract\/$/);
});

test('the quiz says it asks what is known today', async ({ page }) => {
  await page.goto('./quiz/?as-of=1938');
  await expectExhibitShown(page);
  await expect(page.getByText('The quiz asks what is known today.')).toBeVisible();
  await page.goto('./quiz/');
  await expectExhibitShown(page);
  await expect(page.getByText('The quiz asks what is known today.')).toHaveCount(0);
});

test('offline after one visit, the handout and the attract screen of every moment are there', async ({ page, context }) => {
  await page.goto('./');
  await expectExhibitShown(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const prefix of ['', 'ru/']) {
    for (const moment of MOMENTS) {
      for (const view of ['handout', 'attract']) {
        const response = await page.goto(`./${prefix}${view}/${moment}/`);
        expect(response?.ok(), `${prefix}${view}/${moment}/`).toBe(true);
        // The page itself, not the app's stand-in for a page never cached.
        await expect(page.locator(`main.${view}`)).toBeVisible();
        await expect(page.locator('.as-of-banner, .attract-moment')).toHaveCount(1);
      }
    }
  }
});

test("a host's pairs cross the moment's redirect byte for byte", async ({ page }) => {
  await page.goto('./handout/?tok=a~b%20c&as-of=1938&sig=x==');
  await page.waitForURL(/\/handout\/1938\//);
  expect(new URL(page.url()).search).toBe('?tok=a~b%20c&sig=x==');
});
