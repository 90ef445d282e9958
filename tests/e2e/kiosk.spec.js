// Kiosk mode (issue 20): the exhibit on a gallery's touch screen. A kiosk
// is switched on by the address and stays one; an idle visit is asked about,
// then forgotten, and the attract screen waits for the next visitor; every
// target suits a finger, and nothing leads out of the exhibit. The idle time
// passes on Playwright's clock, not in real time.
import AxeBuilder from '@axe-core/playwright';
import { waitForServiceWorker } from './deploy.js';
import { answerByMouse, content, LENS_LABELS } from './quiz-helpers.js';
import { test, expect, watchForErrors } from './support.js';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const IDLE_MS = 120_000; // the content's default (src/core/content.rs)
const COUNTDOWN_MS = 30_000; // src/core/kiosk.rs

/** Switches the kiosk on, as the museum's technician does, and waits for the attract screen. */
async function startKiosk(page) {
  await page.goto('./?kiosk=1', { prerendered: true });
  await page.waitForURL(/\/attract\/$/);
  // The app leaves this page as prerendered: nothing to wait for.
  await expect(page.getByRole('link', { name: 'Touch to begin' })).toBeVisible();
}

/**
 * "Touch to begin", then the home page's own take-over (not the moment
 * between the attract page, left as prerendered, and home). `how` is
 * 'click' or 'tap'.
 */
async function begin(page, how = 'click') {
  await page.getByRole('link', { name: 'Touch to begin' })[how]();
  await page.waitForURL((url) => !url.pathname.endsWith('/attract/'));
  await page.locator('#first-screen').waitFor({ state: 'detached' });
}

/** What the visit has left in storage, by key. */
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

test('a kiosk stays one across reloads until ?kiosk=0, and its address keeps no switch', async ({ page }) => {
  await startKiosk(page);
  expect(new URL(page.url()).search).toBe('');
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
  await page.goto('./station/congress-of-victors/');
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
  await page.goto('./?kiosk=0');
  await expect(page.locator('html')).not.toHaveClass(/\bkiosk\b/);
  expect(Object.keys(await stored(page))).not.toContain('secret-speech:kiosk');
  expect(new URL(page.url()).search).toBe('');
});

test('offline, a kiosk stays one, and its reset lands on the attract screen', async ({ page, context }) => {
  const errors = watchForErrors(page);
  await page.clock.install();
  await startKiosk(page);
  // The attract screen is left as prerendered: the app, which registers
  // the service worker, runs from the first station on.
  await begin(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('./station/the-speech/');
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS);
  await page.waitForURL(/\/attract\/$/);
  await expect(page.getByRole('link', { name: 'Touch to begin' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an idle visit is asked about, then forgotten, and the attract screen comes back', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.clock.install();
  await startKiosk(page);
  // A visit: a station in a lens, and a quiz question answered.
  await begin(page);
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Start the exhibit' }).click();
  await page.getByRole('link', { name: LENS_LABELS.historians, exact: true }).click();
  await expect(page).toHaveURL(/\/historians\/$/);
  // A move replaces the history entry: Back cannot replay this visit.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // A language chosen, then chosen back: a choice is kept in storage.
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('./quiz/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerByMouse(page, await content(page));
  const before = Object.keys(await stored(page));
  expect(before).toEqual(expect.arrayContaining(['secret-speech:progress', 'secret-speech:attempt', 'secret-speech:language']));

  await page.clock.runFor(IDLE_MS);
  const question = page.getByRole('alert').filter({ hasText: 'Are you still there?' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('starts again for the next visitor in 30 seconds');

  await page.clock.runFor(COUNTDOWN_MS);
  await page.waitForURL(/\/attract\/$/);
  await expect(page.getByRole('link', { name: 'Touch to begin' })).toBeVisible();
  const after = Object.keys(await stored(page));
  // Only the switch and the build's own stamp remain: nothing of the visitor.
  expect(after.filter((key) => !['secret-speech:kiosk', 'secret-speech:build', 'secret-speech:probe'].includes(key))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a language tried on the attract screen is not kept, and the screen goes back to its own', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page);
  await page.getByRole('link', { name: 'Русский' }).click();
  await page.waitForURL(/\/ru\/attract\/$/);
  await expect(page.getByRole('link', { name: 'Коснитесь, чтобы начать' })).toBeVisible();
  expect(Object.keys(await stored(page))).not.toContain('secret-speech:language');
  await page.clock.runFor(IDLE_MS);
  await page.waitForURL((url) => url.pathname.endsWith('/attract/') && !url.pathname.endsWith('/ru/attract/'));
  await expect(page.getByRole('link', { name: 'Touch to begin' })).toBeVisible();
});

test('a touch cancels the countdown, and the visit goes on', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.clock.install();
  await startKiosk(page);
  await begin(page, 'tap');
  const home = page.url();
  await page.clock.runFor(IDLE_MS + 10_000);
  const question = page.getByRole('alert');
  await expect(question).toContainText('Are you still there?');
  await question.getByText('Are you still there?').tap();
  await expect(question).toHaveCount(0);
  // The idle time starts again from the touch.
  await page.clock.runFor(IDLE_MS - 5_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(page.url()).toBe(home);
  // A key counts as much as a touch.
  await page.clock.runFor(10_000);
  await expect(page.getByRole('alert')).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.close();
});

test('no link leads out of the exhibit, and every target suits a finger', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await startKiosk(page);
  const views = ['attract/', '', 'station/congress-of-victors/speech/', 'station/the-speech/compare/', 'timeline/', 'glossary/', 'quiz/', 'accessibility/', 'ru/station/the-speech/historians/'];
  for (const view of views) {
    await page.goto(`./${view}`);
    const report = await page.evaluate(() => {
      const outbound = [...document.querySelectorAll('a[href]')].filter((a) => a.origin !== location.origin).map((a) => a.href);
      // Links set in running text are exempt (WCAG 2.5.8 "inline"); every
      // other control is measured as drawn.
      const small = [...document.querySelectorAll('a[href], button, summary, input, select, [role="slider"]')]
        .filter((el) => el.checkVisibility() && !el.matches('.skip-link'))
        // Inline: a link or term that shares its line of text with other words.
        .filter((el) => {
          const block = el.closest('p, q, dd, blockquote, li');
          return !block || block.textContent.trim() === el.textContent.trim();
        })
        .map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
        .filter(({ box }) => box.width < 48 - 0.5 || box.height < 48 - 0.5)
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      const selectable = getComputedStyle(document.body).userSelect;
      return { outbound, small, selectable };
    });
    expect(report.outbound, view).toEqual([]);
    expect(report.small, view).toEqual([]);
    expect(report.selectable, view).toBe('none');
  }
  await context.close();
});

test('the attract screen passes axe in both languages, and reduced motion stops its pictures', async ({ page }) => {
  await startKiosk(page);
  const track = page.locator('.attract-track');
  const running = () => track.evaluate((el) => el.getAnimations().filter((a) => a.playState === 'running').length);
  expect(await running()).toBe(1);
  // The switch pauses them (WCAG 2.2.2).
  await page.getByLabel('Pause the pictures').check();
  expect(await running()).toBe(0);
  for (const view of ['attract/', 'ru/attract/']) {
    await page.goto(`./${view}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations, view).toEqual([]);
  }
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./attract/');
  expect(await running()).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
