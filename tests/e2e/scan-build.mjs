// A copy of the release build in which a museum has put a licensed scan in
// place of one of our drawings, as the README tells a curator to: a large
// photograph (made here, by the browser's own JPEG encoder, from a drawn
// scene with a film's grain), the state's `image`, `width`, `height` and
// `licence` changed, the state's marks and words moved to the scan's own
// pixels, and the build's last step run again (tools/post-build.mjs: the
// prerender checks the file and makes its copies). Used by scans.spec.js and
// by the benchmark.
import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SCAN = 'images/test-scan.jpg';

/**
 * Builds `out` from the build in `dist`, with a `width`-pixel JPEG in place
 * of state `state` (an index) of comparison `comparison`. Returns the
 * scan's size and bytes and the state's id.
 */
export async function buildWithScan(browser, { dist, out, comparison = 'vanished-commissar', state = 0, width = 5000 }) {
  await rm(out, { recursive: true, force: true });
  await cp(dist, out, { recursive: true });
  let changed;
  for (const language of ['en', 'ru']) {
    const file = join(out, 'assets', 'exhibit', `${language}.json`);
    const exhibit = JSON.parse(await readFile(file, 'utf8'));
    const found = exhibit.comparisons.find((c) => c.id === comparison);
    const target = found.states[state];
    const scale = width / target.width;
    const height = Math.round(target.height * scale);
    changed = { id: target.id, width, height, drawing: target.image };
    Object.assign(target, {
      image: SCAN,
      width,
      height,
      credit: 'Test photograph made by the test suite',
      licence: 'For testing only',
    });
    // A photograph is no longer our illustration: its badge goes. Marks and
    // words are placed in the state's own pixels: the curator moves them
    // with the picture.
    target.labels = (target.labels ?? []).filter((label) => !/^(ILLUSTRATION|ИЛЛЮСТРАЦИЯ)$/.test(label.text));
    for (const label of target.labels) {
      Object.assign(label, { x: label.x * scale, y: label.y * scale, size: Math.round((label.size ?? 15) * scale) });
    }
    for (const hotspot of found.hotspots.filter((h) => h.state === target.id)) {
      Object.assign(hotspot, { x: hotspot.x * scale, y: hotspot.y * scale });
      if (hotspot.marker) hotspot.marker = { x: hotspot.marker.x * scale, y: hotspot.marker.y * scale };
    }
    await writeFile(file, `${JSON.stringify(exhibit, null, 2)}\n`);
  }
  const jpeg = await photograph(browser, changed.width, changed.height);
  await writeFile(join(out, 'assets', SCAN), jpeg);
  execFileSync('node', [join(repo, 'tools', 'post-build.mjs'), resolve(out)], { cwd: repo, stdio: 'inherit' });
  return { ...changed, bytes: jpeg.length };
}

/** A photograph-like JPEG: soft light, dark figures, and grain. */
async function photograph(browser, width, height) {
  const page = await browser.newPage();
  try {
    const base64 = await page.evaluate(
      ({ width, height }) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const g = canvas.getContext('2d');
        const sky = g.createLinearGradient(0, 0, 0, height);
        sky.addColorStop(0, '#d9d2c0');
        sky.addColorStop(0.55, '#a39a86');
        sky.addColorStop(1, '#5b5548');
        g.fillStyle = sky;
        g.fillRect(0, 0, width, height);
        // Figures on a bank, and the water's ripples.
        for (let i = 0; i < 4; i++) {
          const x = width * (0.2 + i * 0.18);
          g.fillStyle = `rgba(40, 36, 30, ${0.75 + i * 0.05})`;
          g.beginPath();
          g.ellipse(x, height * 0.45, width * 0.035, height * 0.22, 0, 0, Math.PI * 2);
          g.fill();
          g.beginPath();
          g.arc(x, height * 0.2, width * 0.025, 0, Math.PI * 2);
          g.fill();
        }
        g.strokeStyle = 'rgba(230, 225, 210, 0.25)';
        g.lineWidth = height / 400;
        for (let y = height * 0.72; y < height; y += height / 60) {
          g.beginPath();
          g.moveTo(0, y);
          g.bezierCurveTo(width / 3, y - height / 80, (2 * width) / 3, y + height / 80, width, y);
          g.stroke();
        }
        // A photograph's detail at every scale, so its copies weigh what a
        // real one's do: stones, leaves and reeds, then mottling in blocks of
        // a few pixels (it survives the copies' downscaling), then grain.
        let seed = 7;
        const random = () => {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          return seed / 0x7fffffff;
        };
        for (let i = 0; i < 6000; i++) {
          const shade = Math.floor(60 + random() * 150);
          g.fillStyle = `rgba(${shade}, ${shade - 8}, ${shade - 20}, ${0.25 + random() * 0.5})`;
          g.beginPath();
          g.ellipse(random() * width, height * (0.55 + random() * 0.45), 4 + random() * 30, 2 + random() * 12, random() * Math.PI, 0, Math.PI * 2);
          g.fill();
        }
        const pixels = g.getImageData(0, 0, width, height);
        const block = 6;
        const mottle = new Int8Array(Math.ceil(width / block) * Math.ceil(height / block)).map(() => Math.round((random() - 0.5) * 28));
        const across = Math.ceil(width / block);
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            const i = (y * width + x) * 4;
            const grain = mottle[Math.floor(y / block) * across + Math.floor(x / block)] + Math.round((random() - 0.5) * 14);
            pixels.data[i] += grain;
            pixels.data[i + 1] += grain;
            pixels.data[i + 2] += grain;
          }
        }
        g.putImageData(pixels, 0, 0);
        return canvas.toDataURL('image/jpeg', 0.92).split(',')[1];
      },
      { width, height },
    );
    return Buffer.from(base64, 'base64');
  } finally {
    await page.close();
  }
}
