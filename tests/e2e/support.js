// Shared helpers for the end-to-end specs, and the `test` they all use.
import { test as base, expect } from '@playwright/test';

export { expect };

/**
 * Playwright's `test`, with a page whose `goto`, `reload`, `goBack` and
 * `goForward` return once the app has taken the page over: every view is a
 * prerendered page first (src/bin/prerender.rs), whose controls do nothing
 * until the app runs, and a test that clicks one then would race the wasm.
 * `{ prerendered: true }` returns at the prerendered page instead, for the
 * tests of that page itself. An old `#/` link is followed to the page it
 * names first. With JavaScript off there is no app to wait for.
 */
/**
 * The pages the app leaves as prerendered (Route::left_prerendered in
 * src/core/address.rs): there is no take-over to wait for.
 */
export const leftPrerendered = (url) => /\/((attract|handout)(\/[0-9-]+)?|quiz\/worksheet|quiz\/answers)\/(index\.html)?$/.test(new URL(url).pathname);

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
        const navigate = page[name].bind(page);
        page[name] = async (...args) => {
          const options = (name === 'goto' ? args[1] : args[0]) ?? {};
          const response = await navigate(...args);
          // An old link's `#/route` is sent to its page by start.js
          // (location.replace). From a page already open, Playwright's goto
          // returns at the hash change, before that second load: wait for it,
          // or the take-over below would be the old page's.
          if (new URL(page.url()).hash.startsWith('#/')) {
            await page.waitForURL((url) => !url.hash.startsWith('#/'));
          }
          if (!options.prerendered && !leftPrerendered(page.url())) await page.locator('#first-screen').waitFor({ state: 'detached' });
          return response;
        };
      }
    }
    await use(page);
  },
});

/** Collects page errors and console errors, so a test can assert there were none. */
export function watchForErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Collects console warnings, for a test that expects one. */
export function watchForWarnings(page) {
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

/**
 * The modes a comparison offers, the first being the one it opens in: its
 * own `modes`, or else those that suit its states (src/core/comparison.rs,
 * `offered_modes`).
 */
export function offeredModes(comparison) {
  return comparison.modes ?? ['slider', 'side-by-side', ...(comparison.states.length > 2 ? ['steps'] : [])];
}

/**
 * Holds the wasm back until the returned function is called, so a test can
 * act on the prerendered page before the app takes it over.
 */
export async function holdCode(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Opens the view at `path` (from the exhibit's root: '', 'ru/glossary/',
 * 'station/x/speech/'). When the app already runs in that language, it moves
 * there with no page load (history.pushState, then a popstate, which the
 * router follows as it follows back and forward); else the page is loaded. For tests
 * that look at many views; a test of arriving at a page uses `page.goto`.
 */
export async function openView(page, path) {
  const language = path.startsWith('ru/') ? 'ru' : 'en';
  const running = await page
    .evaluate((language) => document.documentElement.lang === language && document.getElementById('first-screen') === null && document.querySelector('#app main') !== null, language)
    .catch(() => false);
  if (running && !leftPrerendered(new URL(path, page.url()).href)) {
    await page.evaluate((path) => {
      history.pushState(null, '', new URL(path, document.baseURI));
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, path);
  } else {
    await page.goto(`./${path}`);
  }
  if (leftPrerendered(page.url())) await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  else await expectExhibitShown(page);
}

/**
 * Waits for the exhibit's own page: the static first screen of index.html
 * has a heading too, so "an h1 is visible" alone can pass before the app has
 * drawn anything. The first screen is removed in the frame the app's first
 * page (or its content error page) appears. `page` may be a frame locator
 * (the exhibit in a host's or an LMS's frame).
 */
export async function expectExhibitShown(page) {
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
