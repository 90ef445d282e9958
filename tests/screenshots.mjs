// Screenshots of every view at phone and desktop widths, for a person to look
// at (`make screenshots`, written to screenshots/). Not a test.
//   node screenshots.mjs BASE_URL OUT_DIR [route ...]
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';

const [base = 'http://127.0.0.1:4173/', out = '../screenshots', ...asked] = process.argv.slice(2);
const routes = asked.length
  ? asked
  : ['', 'station/lenin-warning/speech', 'station/congress-of-victors/official', 'station/congress-of-victors/historians',
     'station/making-the-cult/compare', 'timeline', 'glossary', 'quiz', 'no-such-page'];
const widths = [390, 1280];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  for (const route of routes) {
    await page.goto(`${base}#/${route}`);
    // The exhibit's own page, not the static first screen it replaces.
    await page.locator('#first-screen').waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const name = (route || 'home').replaceAll('/', '_');
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  }
  // Each comparison in each of its modes, as the figure alone.
  if (!asked.length) {
    const comparisons = [
      ['congress-of-victors', 'vanished-commissar', ['slider', 'side-by-side']],
      ['lenin-warning', 'lenin-podium', ['slider', 'side-by-side']],
      ['making-the-cult', 'happy-childhood', ['slider', 'side-by-side', 'steps']],
      ['famine', 'more-joyous', ['slider', 'side-by-side']],
    ];
    for (const [station, id, modes] of comparisons) {
      for (const mode of modes) {
        await page.goto(`${base}#/station/${station}/speech?comparison=${id}&mode=${mode}&at=35&step=the-record`);
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
