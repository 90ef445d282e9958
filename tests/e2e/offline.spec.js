// Offline, as a kiosk or a visitor on a train meets it: after one visit every
// route works with the network off; a new deploy is picked up with a quiet
// notice; and where a browser allows no service worker, nothing breaks.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, watchForErrors, expectExhibitShown } from './support.js';
import { buildOf, cacheNames, deployCopy, waitForServiceWorker } from './deploy.js';
import { expectImagesLoaded, readExhibit, visitEveryRoute } from './visit.js';

const updated = 'This exhibit was updated since your last visit.';

test('after one visit, every route works with the network off', async ({ page, context }, testInfo) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  const exhibit = await readExhibit(page);
  await waitForServiceWorker(page);
  // The worker's scope is the exhibit's own folder, whatever sub-path that is.
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
  expect(scope).toBe(new URL('./', testInfo.project.use.baseURL).href);

  await context.setOffline(true);
  await page.reload();
  await visitEveryRoute(page, exhibit);
  // A deep link opened afresh, offline, with its comparison's images.
  await page.goto('./#/station/congress-of-victors/speech');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: stationTitle(exhibit, 'congress-of-victors') })).toBeVisible();
  await expectImagesLoaded(page);
  await expect(page.getByRole('status').filter({ hasText: updated })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the first visit is already served offline, images and the other language included', async ({ page, context }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  await expect(page.getByRole('navigation', { name: 'Exhibit' })).toBeVisible();
  // No reload: the worker claims the page it was installed from.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await context.setOffline(true);
  // Fetched for the first time only now, with the network off.
  await page.goto('./#/station/congress-of-victors/speech');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectImagesLoaded(page);
  await page.getByRole('group', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('navigation', { name: 'Выставка' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an open tab that is never reloaded picks up a new deploy at its next page change', async ({ page }, testInfo) => {
  const site = await deployCopy(testInfo);
  try {
    const errors = watchForErrors(page);
    await page.goto(site.url);
    const exhibit = await readExhibit(page);
    await waitForServiceWorker(page);
    const newBuild = await site.redeploy((content) => {
      content.stations[1].title = 'A new deploy';
    });
    // A kiosk: the tab stays open; the browser checks for a new worker (as it
    // does on its own schedule), which takes over this page.
    await page.evaluate(() => {
      window.__sameDocument = true;
      return navigator.serviceWorker.getRegistration().then((registration) => registration.update());
    });
    await expect.poll(() => cacheNames(page)).toEqual([expect.stringMatching(new RegExp(`#${newBuild}$`))]);
    // The next page change loads the new build rather than running the old code against new content.
    await page.getByRole('link', { name: exhibit.stations[0].title, exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__sameDocument ?? false)).toBe(false);
    await expect(page.locator('meta[name=exhibit-build]')).toHaveAttribute('content', newBuild);
    await page.getByRole('link', { name: /^Next: / }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'A new deploy' })).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await site.close();
  }
});

test('a new deploy is picked up after an online visit, with a quiet notice', async ({ page, context }, testInfo) => {
  const site = await deployCopy(testInfo);
  try {
    const errors = watchForErrors(page);
    await page.goto(site.url);
    const exhibit = await readExhibit(page);
    const first = exhibit.stations[0];
    await expect(page.getByRole('link', { name: first.title, exact: true })).toBeVisible();
    await waitForServiceWorker(page);
    const oldBuild = await buildOf(site.dir);
    expect(await cacheNames(page)).toEqual([expect.stringMatching(new RegExp(`#${oldBuild}$`))]);

    const newBuild = await site.redeploy((content) => {
      content.stations[0].title = 'A new deploy';
    });
    expect(newBuild).not.toBe(oldBuild);
    // The old build answers this visit; the browser finds the changed sw.js,
    // installs it, and the new worker deletes the old cache.
    await page.reload();
    await expect.poll(() => cacheNames(page)).toEqual([expect.stringMatching(new RegExp(`#${newBuild}$`))]);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: updated })).toBeVisible();
    await expect(page.getByRole('link', { name: 'A new deploy', exact: true })).toBeVisible();

    // The notice is said once; and the new build is the one kept offline.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('link', { name: 'A new deploy', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: updated })).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await site.close();
  }
});

test('a curator’s edit to the content shows on reload, past the service worker', async ({ page }, testInfo) => {
  const site = await deployCopy(testInfo);
  try {
    await page.goto(site.url);
    await waitForServiceWorker(page);
    // Edited in place, with no rebuild: the worker's cache still holds the old text.
    const path = join(site.dir, 'assets/exhibit/en.json');
    const exhibit = JSON.parse(await readFile(path, 'utf8'));
    exhibit.stations[0].title = 'Edited in place';
    await writeFile(path, JSON.stringify(exhibit));
    await page.reload();
    await expect(page.getByRole('link', { name: 'Edited in place', exact: true })).toBeVisible();
  } finally {
    await site.close();
  }
});

// Where the browser allows no service worker: an opaque-origin iframe (the
// getter throws), a browser without them, a registration that is refused.
const refusals = {
  'reading navigator.serviceWorker throws': () => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', {
      get() {
        window.__asked = true;
        throw new DOMException('The document is sandboxed.', 'SecurityError');
      },
    });
  },
  'navigator.serviceWorker is missing': () => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', {
      get() {
        window.__asked = true;
        return undefined;
      },
    });
  },
  'registration is refused': () => {
    ServiceWorkerContainer.prototype.register = function () {
      window.__asked = true;
      return Promise.reject(new DOMException('Service workers are not allowed here.', 'SecurityError'));
    };
  },
  'registration throws': () => {
    ServiceWorkerContainer.prototype.register = function () {
      window.__asked = true;
      throw new TypeError('not here');
    };
  },
};

for (const [when, refuse] of Object.entries(refusals)) {
  test(`without a service worker (${when}) the exhibit works online and logs no errors`, async ({ page }) => {
    await page.addInitScript(refuse);
    const errors = watchForErrors(page);
    await page.goto('./#/station/congress-of-victors');
    await expectExhibitShown(page);
    await page.waitForFunction(() => window.__asked === true);
    await page.getByRole('link', { name: /^Next: / }).click();
    await expect(page).toHaveURL(/\/station\/famine\//);
    await expectImagesLoaded(page);
    expect(errors).toEqual([]);
  });
}

function stationTitle(exhibit, id) {
  return exhibit.stations.find((station) => station.id === id).title;
}

test('a first visit downloads the code once: the precache takes what the page already has', async ({ page, context }) => {
  // Bytes that crossed the network for each file, from the page and from the worker.
  const received = new Map();
  const count = async (response) => {
    const url = response.request().url().split('#')[0];
    if (!/^https?:/.test(url)) return;
    const { responseBodySize } = await response.request().sizes().catch(() => ({ responseBodySize: 0 }));
    const row = received.get(url) ?? { page: 0, worker: 0, statuses: [] };
    row[response.request().serviceWorker() ? 'worker' : 'page'] += responseBodySize;
    row.statuses.push(response.status());
    received.set(url, row);
  };
  page.on('response', count);
  context.on('response', (response) => response.request().serviceWorker() && count(response));
  await page.goto('./');
  await expectExhibitShown(page);
  await waitForServiceWorker(page);
  await page.waitForLoadState('networkidle');
  const wasm = [...received.entries()].find(([url]) => url.endsWith('.wasm'));
  expect(wasm, 'the wasm was downloaded').toBeTruthy();
  const [, { page: byPage, worker: byWorker }] = wasm;
  expect(byPage, 'the page downloaded the wasm').toBeGreaterThan(100_000);
  // The worker revalidated it (304, no body) or took it from the HTTP cache: no second download.
  expect(byWorker, 'the worker downloaded the wasm again').toBeLessThan(1_000);
  const again = [...received.entries()].filter(([, r]) => r.page > 0 && r.worker > r.page / 2).map(([url]) => url);
  expect(again, 'files the worker downloaded a second time').toEqual([]);
});

for (const lang of ['en', 'ru']) {
  test(`the content starts downloading with the code, not after it (${lang})`, async ({ page }) => {
    const requested = [];
    page.on('request', (request) => {
      if (/assets\/exhibit\/\w+\.json/.test(request.url())) requested.push(request.url().split('/').pop());
    });
    // A phone's network, not loopback's: on loopback the wasm can arrive
    // before any order between the two requests shows.
    const network = await page.context().newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 400_000, uploadThroughput: 100_000 });
    await page.goto(`./?lang=${lang}`);
    await expectExhibitShown(page);
    // The content's request began before the wasm had finished arriving: no waterfall.
    const order = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const wasm = entries.find((e) => e.name.endsWith('.wasm'));
      const content = entries.find((e) => /assets\/exhibit\/\w+\.json$/.test(e.name));
      return { contentStart: content.startTime, wasmEnd: wasm.responseEnd };
    });
    expect(order.contentStart, 'the content request starts before the wasm has arrived').toBeLessThan(order.wasmEnd);
    // One content file, the visitor's language: the early request was taken, not repeated.
    expect(requested).toEqual([`${lang}.json`]);
  });
}
