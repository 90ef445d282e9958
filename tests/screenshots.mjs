// Screenshots of every view at phone and desktop widths, for a person to look
// at (`make screenshots`, written to screenshots/). Not a test.
//   node screenshots.mjs BASE_URL OUT_DIR [route ...]
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { offeredModes } from './e2e/support.js';

const [base = 'http://127.0.0.1:4173/', out = '../screenshots', ...asked] = process.argv.slice(2);
// Every station in every view (three accounts and the comparison), and
// every other page.
const exhibit = JSON.parse(readFileSync(new URL('../assets/exhibit/en.json', import.meta.url), 'utf8'));
const stationRoutes = exhibit.stations.flatMap((s) =>
  ['official', 'speech', 'historians', 'compare'].map((view) => `station/${s.id}/${view}`));
const routes = asked.length
  ? asked
  : ['', ...stationRoutes, 'timeline', 'glossary', 'quiz', 'accessibility', 'not-found'];
const widths = [390, 1280];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1, bypassCSP: true });
  for (const route of routes) {
    await page.goto(`${base}${route ? `${route}/` : ''}`);
    // The app's page, not the prerendered one it replaces (they look the same).
    await page.locator('#first-screen').waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Lazy pictures load when scrolled to; a screenshot should show them.
    await page.evaluate(async () => {
      for (const img of document.images) { img.loading = 'eager'; }
      await Promise.all([...document.images].map((i) => i.complete || new Promise((r) => { i.onload = i.onerror = r; })));
    });
    await page.waitForTimeout(100);
    const name = (route || 'home').replaceAll('/', '_');
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    // What a phone shows before any scrolling.
    if (width < 600) await page.screenshot({ path: `${out}/${name}-${width}-first-screen.png` });
  }
  // Each comparison in each of its modes, as the figure alone.
  if (!asked.length) {
    // Each comparison in each mode it offers, opening as a visitor first sees it.
    const comparisons = exhibit.comparisons.map((c) => [
      exhibit.stations.find((s) => s.comparisons?.includes(c.id)).id,
      c.id,
      offeredModes(c),
    ]);
    for (const [station, id, modes] of comparisons) {
      for (const mode of modes) {
        await page.goto(`${base}station/${station}/speech/?comparison=${id}&mode=${mode}&at=${exhibit.comparisons.find((c) => c.id === id).divider ?? 50}&step=the-record`);
        // The sticky bars would be drawn over a picture of the figure alone.
        await page.addStyleTag({ content: '.lens-bar, .station-nav { position: static !important; }' });
        await page.locator('#first-screen').waitFor({ state: 'detached' });
        const figure = page.locator('section.comparison').first();
        await figure.waitFor();
        await page.waitForFunction(() => [...document.images].every((i) => i.complete));
        await figure.screenshot({ path: `${out}/comparison-${id}-${mode}-${width}.png` });
      }
    }
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
