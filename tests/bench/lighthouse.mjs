// Lighthouse 12.2.3 (pinned in tests/package.json) on a few pages of the
// exhibit: the mobile preset with its default simulated throttling (slow 4G,
// CPU 4x slower), in Debian's Chromium, one fresh browser per run, one run at
// a time (the machine has two cores). Loopback only: Chromium is started with
// background networking off, and the pages load nothing from elsewhere.
//   node bench/lighthouse.mjs URL [RUNS]      (URL of a served build)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { fileURLToPath } from 'node:url';
import { table } from './first-visit.mjs';

// Each view as a path (a page of its own, as prerendered builds have it).
export const PAGES = [
  { name: 'home', route: '' },
  { name: 'station', route: 'station/congress-of-victors/speech/' },
  { name: 'compare', route: 'station/congress-of-victors/compare/' },
  { name: 'quiz', route: 'quiz/' },
];

const pagesOf = new Map();
/**
 * The address of `route` (a path such as `quiz/`) in the build served at
 * `base`: the path where the build has a page for each view, else the hash
 * route that builds from before the prerendered pages used, so a comparison
 * with a base revision measures each build as a visitor reaches it.
 */
export async function addressIn(base, route) {
  if (!route) return base;
  if (!pagesOf.has(base)) pagesOf.set(base, (await fetch(new URL('quiz/', base))).ok);
  return pagesOf.get(base) ? new URL(route, base).href : `${base}#/${route.replace(/\/$/, '')}`;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** One Lighthouse run of `url`; returns the numbers the bench prints. */
export async function runOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: FLAGS,
    logLevel: 'silent',
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id) => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      url: lhr.finalDisplayedUrl,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      si: value('speed-index'),
      // What the unthrottled load showed, before Lighthouse's simulation.
      observedFcp: lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? NaN,
      observedLcp: lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? NaN,
      // Lighthouse 12.2.3 cannot read every trace of a newer Chromium (its
      // TraceElements gatherer fails, so the LCP element audit errors): listed, not hidden.
      errored: Object.values(lhr.audits)
        .filter((a) => a.scoreDisplayMode === 'error')
        .map((a) => a.id),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * `runs` Lighthouse runs of each page of `base`, one after another. Returns one
 * row per page with the median of each number (and the runs themselves).
 * `base` may be a list of builds' URLs: their runs then alternate (build A,
 * build B, A, B, …), so a change in the machine's load touches each alike, and
 * the result is a list of row lists, one per build.
 */
export async function measureLighthouse(base, { runs = 3, pages = PAGES, log = () => {} } = {}) {
  const bases = Array.isArray(base) ? base : [base];
  const out = bases.map(() => []);
  for (const { name, route } of pages) {
    const results = bases.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [b, url] of bases.entries()) {
        const started = Date.now();
        results[b].push(await runOnce(await addressIn(url, route)));
        log(`  lighthouse ${name} run ${i + 1}/${runs}${bases.length > 1 ? ` (build ${b + 1})` : ''}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    }
    for (const [b, list] of results.entries()) out[b].push(summarize(name, route, list));
  }
  return Array.isArray(base) ? out : out[0];
}

function summarize(name, route, results) {
  const pick = (key) => median(results.map((r) => r[key]));
  return {
    page: name,
    route: route || '(home)',
    url: results[0].url,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    si: pick('si'),
    errored: [...new Set(results.flatMap((r) => r.errored))],
    failing: [...new Set(results.flatMap((r) => r.failing))],
    runs: results,
  };
}

export function formatLighthouse(rows) {
  const ms = (v) => (Number.isNaN(v) ? '?' : Math.round(v));
  const head = ['page', 'Perf', 'A11y', 'BP', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms'];
  const body = rows.map((r) => [
    r.page,
    r.performance,
    r.accessibility,
    r.bestPractices,
    r.seo,
    ms(r.fcp),
    ms(r.lcp),
    ms(r.tbt),
    Number.isNaN(r.cls) ? '?' : r.cls.toFixed(3),
    ms(r.si),
  ]);
  const lines = [table(head, body)];
  for (const r of rows) {
    lines.push(`  ${r.page}: ${r.url}`);
    lines.push(`    per run: ${r.runs.map((x) => `Perf ${x.performance} FCP ${ms(x.fcp)} LCP ${ms(x.lcp)} TBT ${ms(x.tbt)} (observed unthrottled: FCP ${ms(x.observedFcp)} LCP ${ms(x.observedLcp)})`).join(' | ')}`);
    if (r.failing.length) lines.push(`    audits scoring under 0.9: ${r.failing.join(', ')}`);
    if (r.errored.length) lines.push(`    audits Lighthouse could not run: ${r.errored.join(', ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4480/';
  const rows = await measureLighthouse(base, { runs: Number(process.argv[3] ?? 1), log: console.error });
  console.log(formatLighthouse(rows));
}
