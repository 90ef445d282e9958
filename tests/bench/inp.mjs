// Interaction to next paint, as a cheap phone feels it: each interaction is
// done in a fresh page (a fresh browser context: empty cache, no service
// worker) with the CPU slowed 4x through the DevTools protocol, and timed from
// Event Timing entries (PerformanceObserver type 'event', durationThreshold
// 16, buffered). An interaction's number is the longest entry with its
// interactionId (pointerdown..click, or keydown..keyup); entries shorter than
// 16 ms are not reported by the browser, so such an interaction shows as "<16".
//
// Also: when each page paints its own words (the prerendered page) and when the
// app has drawn it, from paint timing in the same kind of page load, with the
// CPU slowed 4x and the network throttled like Lighthouse's slow 4G; and the
// words again with the wasm blocked.
//   node bench/inp.mjs URL [RUNS]
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { table } from './first-visit.mjs';
import { addressIn } from './lighthouse.mjs';

const SLOWDOWN = 4;
// Lighthouse's "devtools" slow-4G numbers (its simulated preset, applied for real).
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
// A mid-range phone's screen, as Lighthouse's mobile preset has it.
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

// Radios in a group before the prerendered pages, links in a navigation since.
const lensGroup = (page) => page.getByRole('group', { name: 'Whose account?' }).or(page.getByRole('navigation', { name: 'Whose account?' }));
const lensChoice = (page, name) => lensGroup(page).getByRole('radio', { name }).or(lensGroup(page).getByRole('link', { name }));
const compareControl = (page) => page.getByRole('button', { name: 'Compare the three accounts' }).or(page.getByRole('link', { name: 'Compare the three accounts' }));
const h1 = (page) => page.getByRole('heading', { level: 1 });

/**
 * Each interaction: `open` is the route, `ready` waits for the page before
 * timing, `act` does the one timed interaction, `done` waits for its result.
 * `before` (optional) does untimed steps first.
 */
export const INTERACTIONS = [
  {
    name: 'switch lens ("Historians today")',
    open: 'station/lenin-warning/speech/',
    ready: (page) => lensChoice(page, 'Historians today').waitFor(),
    act: (page) => lensChoice(page, 'Historians today').click(),
    done: (page) => page.getByRole('heading', { level: 2, name: 'Historians today' }).waitFor(),
  },
  {
    name: 'open compare view',
    open: 'station/lenin-warning/speech/',
    ready: (page) => compareControl(page).waitFor(),
    act: (page) => compareControl(page).click(),
    done: (page) => page.getByRole('heading', { level: 2, name: 'The three accounts, reply by reply' }).waitFor(),
  },
  {
    name: 'comparison slider: ArrowRight',
    open: 'station/congress-of-victors/speech/',
    ready: async (page) => {
      const slider = page.getByRole('main').getByRole('slider').first();
      await slider.scrollIntoViewIfNeeded();
      await slider.focus();
      return { before: await slider.getAttribute('aria-valuenow') };
    },
    act: (page) => page.keyboard.press('ArrowRight'),
    done: (page, state) =>
      page.waitForFunction(
        (before) => document.querySelector('main [role=slider]').getAttribute('aria-valuenow') !== before,
        state.before,
      ),
  },
  {
    name: 'quiz: choose the first choice',
    open: 'quiz/',
    init: seededRandom,
    ready: startQuiz,
    act: (page) => firstChoice(page).click(),
    done: (page) => page.waitForFunction(() => document.querySelector('main input:checked') !== null),
  },
  {
    name: 'quiz: "Check answer"',
    open: 'quiz/',
    init: seededRandom,
    ready: async (page) => {
      await startQuiz(page);
      await firstChoice(page).click();
      await page.getByRole('button', { name: 'Check answer' }).waitFor();
    },
    act: (page) => page.getByRole('button', { name: 'Check answer' }).click(),
    done: (page) => page.getByRole('status').filter({ hasText: /Right\.|Not quite\.|Partly right/ }).waitFor(),
  },
  {
    name: 'next station (link "Next: …")',
    open: 'station/lenin-warning/speech/',
    ready: async (page) => ({ title: await h1(page).textContent() }),
    act: (page) => page.getByRole('link', { name: /^Next: / }).click(),
    done: (page, state) => page.waitForFunction((title) => document.querySelector('h1')?.textContent !== title, state.title),
  },
];

const firstChoice = (page) => page.getByRole('main').getByRole('radio').or(page.getByRole('main').getByRole('checkbox')).first();

// The quiz shuffles its questions with Math.random: seeded here, every run (and
// every build with the same content) asks the same first question.
function seededRandom() {
  let s = 20_250_225;
  Math.random = () => {
    s = (s * 16_807) % 2_147_483_647;
    return (s - 1) / 2_147_483_646;
  };
}

/** Starts the quiz, starting over until the first question is one with choices to tick. */
async function startQuiz(page) {
  for (let i = 0; i < 30; i++) {
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByText(/^Question 1 of \d+$/).waitFor();
    if ((await firstChoice(page).count()) > 0) return;
    await page.getByRole('button', { name: 'Start over' }).click();
  }
  throw new Error('no question with choices came first in 30 attempts');
}

// Installed before any page script: every Event Timing entry, kept on window.
function observeEvents() {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__events.push({
        name: e.name,
        id: e.interactionId,
        start: e.startTime,
        duration: e.duration,
        delay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

async function once(browser, base, interaction) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(observeEvents);
  if (interaction.init) await context.addInitScript(interaction.init);
  const page = await context.newPage();
  try {
    await page.goto(await addressIn(base, interaction.open));
    // The app's page, not the prerendered one it replaces.
    await page.locator('#first-screen').waitFor({ state: 'detached' });
    await h1(page).waitFor();
    const state = (await interaction.ready(page)) ?? {};
    // Let the page settle (the service worker precaches after load) before timing.
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    const t0 = await page.evaluate(() => performance.now());
    await interaction.act(page);
    await interaction.done(page, state);
    // Entries are delivered after the next paint: give them two frames and a moment.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    const entries = await page.evaluate((t) => window.__events.filter((e) => e.id !== 0 && e.start >= t - 1), t0);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (entries.length === 0) return { duration: null };
    const worst = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
    const handler = entries.reduce((a, b) => (b.processing > a.processing ? b : a));
    const delay = Math.min(...entries.map((e) => e.delay));
    return { duration: worst.duration, delay, handler: handler.name, processing: handler.processing };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * `runs` fresh-page runs of each interaction; one row each with median and
 * worst (ms). `base` may be a list of builds' URLs: their runs then alternate,
 * and the result is a list of row lists, one per build.
 */
export async function measureInp(base, { runs = 5, log = () => {} } = {}) {
  const bases = Array.isArray(base) ? base : [base];
  const out = bases.map(() => []);
  const browser = await chromium.launch(LAUNCH);
  try {
    for (const interaction of INTERACTIONS) {
      const results = bases.map(() => []);
      for (let i = 0; i < runs; i++) {
        for (const [b, url] of bases.entries()) results[b].push(await once(browser, url, interaction));
      }
      for (const [b, list] of results.entries()) {
        // Under 16 ms the browser reports nothing: counted as 16 (an upper bound).
        const values = list.map((r) => r.duration ?? 16);
        const worst = list.reduce((x, y) => ((y.duration ?? 0) > (x.duration ?? 0) ? y : x));
        out[b].push({
          interaction: interaction.name,
          runs,
          median: median(values),
          worst: Math.max(...values),
          all: list.map((r) => (r.duration == null ? '<16' : String(Math.round(r.duration)))),
          handler: worst.handler ?? '-',
          delay: worst.delay,
          processing: worst.processing,
        });
        log(`  INP ${interaction.name}${bases.length > 1 ? ` (build ${b + 1})` : ''}: ${out[b].at(-1).all.join(' ')}`);
      }
    }
  } finally {
    await browser.close();
  }
  return Array.isArray(base) ? out : out[0];
}

export function formatInp(rows) {
  const show = (v) => (v <= 16 ? '<=16' : Math.round(v));
  const head = ['interaction', 'median ms', 'worst ms', 'runs (ms)', 'worst run: input delay, longest handler'];
  const body = rows.map((r) => [
    r.interaction,
    show(r.median),
    show(r.worst),
    r.all.join(' '),
    r.handler === '-' ? '-' : `${Math.round(r.delay)} ms, ${r.handler} ${Math.round(r.processing)} ms`,
  ]);
  return table(head, body);
}

// ---- when each page paints ----

// Installed before any page script: when the first paint came, when the app
// replaced the static screen (#first-screen gone, the exhibit's own <h1>
// there), and the LCP.
function observePaint() {
  window.__paint = { fcp: null, app: null, lcp: null, lcpElement: null, words: null, tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__paint.tasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__paint.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__paint.lcp = e.startTime;
      const el = e.element;
      window.__paint.lcpElement = el ? `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent || el.getAttribute('alt') || '').trim().slice(0, 30)}"` : '(removed)';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const seen = () => {
    // The view's own words: a station's first quotation, else the page's heading.
    const words = document.querySelector('main blockquote') ?? (location.href.includes('station') ? null : document.querySelector('main h1'));
    if (window.__paint.words === null && words) {
      requestAnimationFrame(() => setTimeout(() => (window.__paint.words ??= performance.now()), 0));
      window.__paint.words = undefined;
    }
    if (window.__paint.app === null && !document.getElementById('first-screen') && document.querySelector('h1')) {
      // The time the frame with the app's first view is painted.
      requestAnimationFrame(() => setTimeout(() => (window.__paint.app ??= performance.now()), 0));
      window.__paint.app = undefined;
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

/**
 * For each page in `pages`: load it `runs` times, fresh, with the CPU 4x slower
 * and slow 4G; median first paint (the static screen) and median time until the
 * app's first view (its <h1>) is on screen, and the LCP element. `base` may be
 * a list of builds' URLs (runs alternate; a list of row lists comes back).
 */
export async function measureFirstScreen(base, pages, { runs = 3 } = {}) {
  const bases = Array.isArray(base) ? base : [base];
  const out = bases.map(() => []);
  const browser = await chromium.launch(LAUNCH);
  try {
    for (const { name, route } of pages) {
      const results = bases.map(() => []);
      for (let i = 0; i < runs; i++) {
        for (const [b, url] of bases.entries()) {
          results[b].push(await loadOnce(browser, await addressIn(url, route)));
        }
      }
      // The same loads with the wasm blocked: what a visitor reads before it arrives.
      const blocked = bases.map(() => []);
      for (let i = 0; i < runs; i++) {
        for (const [b, url] of bases.entries()) {
          blocked[b].push(await loadOnce(browser, await addressIn(url, route), { blockWasm: true }));
        }
      }
      for (const [b, list] of results.entries()) {
        const fcp = median(list.map((r) => r.fcp));
        const app = median(list.map((r) => r.app));
        const lcp = median(list.map((r) => r.lcp));
        const words = median(list.map((r) => r.words));
        const wordsBlocked = median(blocked[b].map((r) => r.words ?? Infinity));
        const takeOver = median(list.map((r) => r.takeOver));
        // Long tasks from navigation until the app's view has painted and
        // 500 ms more: the longest, and their time over 50 ms summed (what
        // Total Blocking Time sums, measured here instead of simulated).
        const longestTask = median(list.map((r) => Math.max(0, ...r.tasks)));
        const blocking = median(list.map((r) => r.tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)));
        out[b].push({ page: name, fcp, app, lcp, words, wordsBlocked, takeOver, longestTask, blocking, lcpElement: list.at(-1).lcpElement, gain: app - fcp });
      }
    }
  } finally {
    await browser.close();
  }
  return Array.isArray(base) ? out : out[0];
}

async function loadOnce(browser, url, { blockWasm = false } = {}) {
  const context = await browser.newContext(PHONE);
  try {
    await context.addInitScript(observePaint);
    const page = await context.newPage();
    if (blockWasm) await page.route(/\.wasm$/, (route) => route.abort());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.goto(url, { timeout: 120_000 });
    if (blockWasm) {
      // Without the app only the page itself can show the words; 20 s is plenty for it.
      await page.waitForFunction(() => typeof window.__paint.words === 'number', null, { timeout: 20_000 }).catch(() => undefined);
      return await page.evaluate(() => window.__paint);
    }
    await page.waitForFunction(() => typeof window.__paint.app === 'number' && window.__paint.lcp !== null, null, { timeout: 120_000 });
    // LCP stops at the first input; let late candidates arrive.
    await page.waitForTimeout(500);
    // The app's own measure of drawing the view over the prerendered page
    // (src/browser/first_screen.rs); builds from before it have none.
    return await page.evaluate(() => ({ ...window.__paint, takeOver: performance.getEntriesByName('exhibit-take-over', 'measure')[0]?.duration ?? NaN }));
  } finally {
    await context.close();
  }
}

export function formatFirstScreen(rows) {
  const head = ['page', 'first paint ms', "view's words ms", 'words, wasm blocked ms', 'app view ms', 'take-over task ms', 'longest task ms', 'blocking ms', 'LCP ms', 'LCP element'];
  const ms = (value) => (Number.isFinite(value) ? Math.round(value) : 'never');
  return table(
    head,
    rows.map((r) => [r.page, ms(r.fcp), ms(r.words), ms(r.wordsBlocked), ms(r.app), Number.isFinite(r.takeOver) ? Math.round(r.takeOver) : '-', ms(r.longestTask), ms(r.blocking), ms(r.lcp), r.lcpElement]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4480/';
  const rows = await measureInp(base, { runs: Number(process.argv[3] ?? 5), log: console.error });
  console.log(formatInp(rows));
}
