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
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const name = (route || 'home').replaceAll('/', '_');
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
