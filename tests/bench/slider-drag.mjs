// Benchmark (not a test): drags each comparison slider across its image in
// Debian's Chromium and reports the frames painted during the drag and the
// longest main-thread task, with the CPU at normal speed and slowed 4x.
//   node bench/slider-drag.mjs BASE_URL
import { chromium } from '@playwright/test';
import { addressIn } from './lighthouse.mjs';
import { offeredModes } from '../e2e/support.js';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
// Each comparison that offers the slider, opened in it, on its station.
const exhibit = await (await fetch(new URL('assets/exhibit/en.json', base))).json();
const stations = exhibit.comparisons
  .filter((c) => offeredModes(c).includes('slider'))
  .map((c) => ({ id: exhibit.stations.find((s) => s.comparisons?.includes(c.id)).id, comparison: c.id }));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

async function drag(page, station, slowdown) {
  await page.goto(await addressIn(base, `station/${station.id}/speech/?comparison=${station.comparison}&mode=slider`));
  // The app's page: the prerendered one's slider does not move yet.
  await page.locator('#first-screen').waitFor({ state: 'detached' });
  const stage = page.locator('.stage:has([role=slider])').first();
  await stage.waitFor();
  await stage.scrollIntoViewIfNeeded();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.evaluate(() => {
    window.__bench = { frames: 0, longest: 0, running: true };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    const count = () => {
      if (!window.__bench.running) return;
      window.__bench.frames += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  const box = await stage.boundingBox();
  const vertical = (await stage.getAttribute('class')).includes('vertical');
  const steps = 60;
  const start = Date.now();
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.mouse.down();
  for (let i = 0; i <= steps; i++) {
    const f = i / steps;
    const x = vertical ? box.x + box.width / 2 : box.x + 2 + (box.width - 4) * f;
    const y = vertical ? box.y + 2 + (box.height - 4) * f : box.y + box.height / 2;
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
  const elapsed = Date.now() - start;
  const result = await page.evaluate(() => {
    window.__bench.running = false;
    return window.__bench;
  });
  const value = await stage.locator('[role=slider]').first().getAttribute('aria-valuenow');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { comparison: `${station.id} / ${station.comparison}`, slowdown, moves: steps + 1, ms: elapsed, frames: result.frames, longestTaskMs: Math.round(result.longest), endedAt: value };
}

const rows = [];
for (const slowdown of [1, 4]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const station of stations) rows.push(await drag(page, station, slowdown));
  await page.close();
}
await browser.close();
console.log('slider drag: pointer moves, wall time, frames painted, longest task (0 = none over 50 ms)');
console.table(rows);
