// Kiosk mode's take-home codes (issue 20): with a public address in the
// content, each station on a kiosk shows a code that opens the same station,
// in the same language, on the museum's public site. The exhibit is built
// again for this, from the release build under test, with `kiosk.public_url`
// set in both content files (the build draws the codes), and served on a
// port of its own. A code is read from the pixels the kiosk's screen shows,
// by jsQR, as a phone's camera would read it.
import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveRoutes } from './serve.mjs';
import { test, expect, watchForErrors } from './support.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jsQR = createRequire(import.meta.url).resolve('jsqr');
const PUBLIC = 'https://museum.example/secret-speech/';

test.describe.configure({ mode: 'serial' });

let out;
let server;
let base;

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'built and served once, from the root project');
  testInfo.setTimeout(120_000);
  out = join(tmpdir(), `secret-speech-take-home-${process.pid}`);
  await rm(out, { recursive: true, force: true });
  await cp(resolve(process.env.DIST_DIR ?? '../dist'), out, { recursive: true });
  for (const language of ['en', 'ru']) {
    const file = join(out, 'assets', 'exhibit', `${language}.json`);
    const exhibit = JSON.parse(await readFile(file, 'utf8'));
    exhibit.kiosk = { public_url: PUBLIC };
    await writeFile(file, `${JSON.stringify(exhibit, null, 2)}\n`);
  }
  execFileSync('node', [join(repo, 'tools', 'post-build.mjs'), out], { cwd: repo, stdio: 'inherit' });
  server = (await serveRoutes({ '/': out })).server;
  base = `http://127.0.0.1:${server.address().port}/`;
});

test.afterAll(async () => {
  server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/** Reads the code on screen from its pixels. */
async function readCode(page, code) {
  await expect.poll(() => code.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const png = (await code.screenshot()).toString('base64');
  // Read in a blank page of its own: the exhibit's policy runs no script of ours.
  const reader = await page.context().newPage();
  await reader.addScriptTag({ path: jsQR });
  const text = await reader.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0);
    const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
    return window.jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
  }, png);
  await reader.close();
  return text;
}

test('each station on a kiosk shows a code that opens it on the public site, in its language', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${base}?kiosk=1`);
  await page.waitForURL(/\/attract\/$/);
  const exhibits = {
    en: JSON.parse(await readFile(join(out, 'assets/exhibit/en.json'), 'utf8')),
    ru: JSON.parse(await readFile(join(out, 'assets/exhibit/ru.json'), 'utf8')),
  };
  for (const [language, folder] of [['en', ''], ['ru', 'ru/']]) {
    for (const station of exhibits[language].stations) {
      await page.goto(`${base}${folder}station/${station.id}/`);
      await page.locator('#first-screen').waitFor({ state: 'detached' });
      const url = `${PUBLIC}${folder}station/${station.id}/`;
      const code = page.getByRole('img', { name: new RegExp(`${url.replace(/[.?]/g, '\\$&')}$`) });
      await code.scrollIntoViewIfNeeded();
      expect(await readCode(page, code), station.id).toBe(url);
      // The address is printed too, and the sources' note points at it.
      await expect(page.getByRole('region', { name: language === 'en' ? 'Take this station home' : 'Этот зал — на вашем телефоне' })).toContainText(url);
    }
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('away from a kiosk, no station shows a code', async ({ page }) => {
  await page.goto(`${base}station/the-speech/`);
  await page.locator('#first-screen').waitFor({ state: 'detached' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.take-home')).toBeHidden();
});

test('a code is read at a plain screen\'s resolution too', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}?kiosk=1`);
  await page.waitForURL(/\/attract\/$/);
  for (const id of ['lenin-warning', 'deported-nations', 'silences']) {
    await page.goto(`${base}ru/station/${id}/`);
    await page.locator('#first-screen').waitFor({ state: 'detached' });
    const url = `${PUBLIC}ru/station/${id}/`;
    const code = page.getByRole('img', { name: new RegExp(`${url.replace(/[.?]/g, '\\$&')}$`) });
    await code.scrollIntoViewIfNeeded();
    expect(await readCode(page, code), id).toBe(url);
  }
  await context.close();
});
