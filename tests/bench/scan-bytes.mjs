// What a visitor downloads for a comparison's pictures: the build as it is
// (our drawings), and the same build with a 5,000-pixel photograph in place
// of one drawing (e2e/scan-build.mjs), on a phone and on a desktop.
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithScan } from '../e2e/scan-build.mjs';
import { serveRoutes } from '../e2e/serve.mjs';

const STATION = 'station/congress-of-victors/speech/';
const VIEWS = [
  { name: 'phone 390 px, 3x', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { name: 'desktop 1280 px, 1x', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
];

/** Rows of [build, view, files, bytes] for `dist` and its copy with a scan. */
export async function measureScanBytes(browser, dist, { encoding = 'gzip' } = {}) {
  const out = join(tmpdir(), 'secret-speech-bench-scan');
  const scan = await buildWithScan(browser, { dist, out });
  const rows = [];
  try {
    for (const [label, root] of [['drawings (as built)', dist], [`scan ${scan.width}×${scan.height}, ${Math.round(scan.bytes / 1024)} KiB`, out]]) {
      const { server } = await serveRoutes({ '/': root }, { encoding });
      const base = `http://127.0.0.1:${server.address().port}/`;
      try {
        for (const view of VIEWS) {
          const context = await browser.newContext(view);
          const page = await context.newPage();
          const files = new Map();
          page.on('response', async (response) => {
            const path = new URL(response.url()).pathname;
            if (/\/images\/.*(vanished-commissar|test-scan)/.test(path)) {
              await response.finished();
              const sizes = await response.request().sizes().catch(() => null);
              files.set(path.split('/').pop(), sizes ? sizes.responseBodySize : (await response.body()).length);
            }
          });
          await page.goto(`${base}${STATION}`);
          await page.locator('#first-screen').waitFor({ state: 'detached' });
          const figure = page.getByRole('region', { name: 'The vanished commissar' });
          await figure.scrollIntoViewIfNeeded();
          await page.waitForFunction(() => [...document.querySelectorAll('.comparison img')].every((img) => img.complete));
          await page.waitForTimeout(500);
          const bytes = [...files.values()].reduce((a, b) => a + b, 0);
          rows.push([label, view.name, [...files.keys()].sort().join(' '), (bytes / 1024).toFixed(1)]);
          await context.close();
        }
      } finally {
        server.close();
      }
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  return rows;
}
