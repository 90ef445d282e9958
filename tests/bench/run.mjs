// The benchmark (`make bench`): numbers, not verdicts; not part of `make test`.
// For a built exhibit folder it prints
//   1. the bytes of every file a first visit to home loads (raw, gzip, brotli),
//      code apart from content and images, and what the service worker
//      precaches afterwards; 1b. where the wasm's bytes are (bench/wasm-top.mjs:
//      twiggy's largest items and the code by crate);
//   2. Lighthouse 12.2.3 (mobile, simulated throttling) on home, a station, its
//      compare view and the quiz, and when each page paints its own words, with
//      the wasm and with it blocked;
//   3. interaction to next paint of five interactions, CPU 4x slower;
//   4. the comparison slider drag (bench/slider-drag.mjs);
//   5. the bytes a phone and a desktop download for a comparison's
//      pictures, with our drawing and with a 5,000-pixel scan in its place
//      (bench/scan-bytes.mjs; this build only);
// and, with a base revision, the same for that revision's build and the ratios
// (the timed runs of the two builds alternate, so the machine's load touches
// both alike).
//
//   node bench/run.mjs [--dist ../dist] [--port 4480] [--base-rev REV | --base-dist DIR]
//                      [--encoding gzip|br|identity] [--only sizes,lighthouse,inp,slider,scan]
// Environment: BASE=REV (as --base-rev), BENCH_LH_RUNS (3), BENCH_INP_RUNS (5),
// BENCH_PAINT_RUNS (3), CHROME_PATH / CHROMIUM_PATH (/usr/bin/chromium).
//
// The base revision is built in a git worktree under /tmp (removed afterwards),
// with its own cargo target folder (/tmp/secret-speech-base-target, kept so the
// next comparison builds faster).
import { spawn } from 'node:child_process';
import { cp, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { formatSizes, kib, recordFirstVisit, table, totals } from './first-visit.mjs';
import { formatLighthouse, measureLighthouse, PAGES } from './lighthouse.mjs';
import { formatFirstScreen, formatInp, measureFirstScreen, measureInp } from './inp.mjs';
import { measureScanBytes } from './scan-bytes.mjs';
import { serve } from './static-server.mjs';
import { wasmTop } from './wasm-top.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const tests = resolve(here, '..');
const repo = resolve(tests, '..');

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const dist = resolve(args.dist ?? process.env.BENCH_DIST ?? join(repo, 'dist'));
const port = Number(args.port ?? process.env.BENCH_PORT ?? 4480);
const baseRev = args['base-rev'] || process.env.BASE || '';
// An already built folder to compare with, instead of building a revision.
const baseDist = args['base-dist'] ? resolve(args['base-dist']) : '';
const encoding = args.encoding ?? 'gzip';
const only = new Set((args.only ?? 'sizes,lighthouse,inp,slider,scan').split(','));
const lhRuns = Number(process.env.BENCH_LH_RUNS ?? 3);
const inpRuns = Number(process.env.BENCH_INP_RUNS ?? 5);
const paintRuns = Number(process.env.BENCH_PAINT_RUNS ?? 3);

process.env.CHROME_PATH ??= process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
process.env.CHROMIUM_PATH ??= process.env.CHROME_PATH;
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const log = (line) => console.error(line);
const heading = (text) => console.log(`\n=== ${text} ===`);

/** Runs a command, its output passed through to stderr; rejects on failure. */
function run(command, argv, options = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { stdio: ['ignore', options.capture ? 'pipe' : 'inherit', 'inherit'], ...options });
    let out = '';
    if (options.capture) child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`${command} ${argv.join(' ')}: exit ${code}`))));
  });
}

/**
 * Every measurement of each build ({ label, folder, port }), section by
 * section; prints as it goes. With two builds, the timed runs alternate
 * between them, so the machine's load touches both alike.
 */
async function measure(builds) {
  for (const build of builds) {
    await stat(join(build.folder, 'index.html')).catch(() => {
      throw new Error(`${build.folder} has no index.html: build it first (make dist)`);
    });
  }
  const servers = await Promise.all(builds.map((b) => serve({ root: b.folder, port: b.port, encoding })));
  const urls = builds.map((b) => `http://127.0.0.1:${b.port}/`);
  const results = builds.map((b) => ({ label: b.label }));
  const each = (fn) => builds.forEach((b, i) => fn(b, results[i], urls[i]));
  try {
    each((b, _, url) => console.log(`${b.label}: ${b.folder}, served at ${url} (${encoding === 'identity' ? 'uncompressed' : encoding + ' on the fly, as a static host does'})`));

    if (only.has('sizes')) {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      });
      try {
        for (const [i, url] of urls.entries()) {
          const context = await browser.newContext();
          const { files, background } = await recordFirstVisit(await context.newPage(), url, { waitForWorker: true });
          results[i].sizes = { files, background, totals: totals(files), after: totals(background) };
          await context.close();
        }
      } finally {
        await browser.close();
      }
      heading('1. Bytes of a first visit to home');
      console.log('Raw bytes are what the server stores; gzip -9 and brotli q11 are what a compressing host sends.');
      each((b, r) => {
        console.log();
        console.log(formatSizes(r.sizes.files, { title: `${b.label}: first view (every file the page requested until it was idle)` }));
        const a = r.sizes.after;
        console.log(
          `Then, in the background, the service worker precaches ${a.all.files} files for offline use: ` +
            `${kib(a.all.raw)} KiB raw, ${kib(a.all.gzip)} KiB gzip, ${kib(a.all.brotli)} KiB brotli ` +
            `(code ${kib(a.code.gzip)} KiB gzip, content and images ${kib(a.content.gzip)} KiB gzip), of which ` +
            `${kib(a.all.network)} KiB crosses the network (the rest the page already has); with the first view, ` +
            `a first visit downloads ${kib(r.sizes.totals.all.network + a.all.network)} KiB over the network in all.`,
        );
      });
    }

    if (only.has('sizes')) {
      heading("1b. Where the wasm's bytes are (twiggy, function names kept)");
      each((b) => {
        console.log(`\n${b.label}:`);
        console.log(b.rawWasm ? wasmTop(b.rawWasm) : '(no build of its own to profile: a --base-dist folder)');
      });
    }

    if (only.has('lighthouse')) {
      heading(`2. Lighthouse 12.2.3, mobile preset, simulated throttling (median of ${lhRuns} runs each${builds.length > 1 ? ', builds alternating' : ''})`);
      const rows = await measureLighthouse(urls, { runs: lhRuns, log });
      each((b, r) => {
        r.lighthouse = rows[results.indexOf(r)];
        console.log(`\n${b.label}:`);
        console.log(formatLighthouse(r.lighthouse));
      });
      console.log(
        `\nWhen each page paints, measured for real: Playwright, CPU 4x slower, slow 4G (562 ms RTT, 1.4 Mbit/s), ` +
          `median of ${paintRuns} loads: the first paint, the view's own words (a station's first quotation, else its heading), ` +
          'the same with the wasm blocked (what a visitor reads before the code arrives; "never" if only the app shows them), ' +
          'the frame in which the app has drawn the view, and how long the app took to draw it over the prerendered page ' +
          '(its performance measure, from taking the page away to the drawn page\'s first effect; the swap itself is ' +
          'in one task, and the effects may run in the next), ' +
          'and the long tasks until then: the longest, and their time over 50 ms summed (Total Blocking Time, measured).',
      );
      const screens = await measureFirstScreen(urls, PAGES, { runs: paintRuns });
      each((b, r) => {
        r.firstScreen = screens[results.indexOf(r)];
        console.log(`\n${b.label}:`);
        console.log(formatFirstScreen(r.firstScreen));
      });
    }

    if (only.has('inp')) {
      heading(`3. Interaction to next paint, CPU 4x slower, fresh page each run (${inpRuns} runs each${builds.length > 1 ? ', builds alternating' : ''})`);
      const rows = await measureInp(urls, { runs: inpRuns, log });
      each((b, r) => {
        r.inp = rows[results.indexOf(r)];
        console.log(`\n${b.label}:`);
        console.log(formatInp(r.inp));
      });
      console.log('(Event Timing durations are rounded to 8 ms; "<=16" means the browser reported no entry of 16 ms or more.)');
    }

    if (only.has('slider')) {
      heading('4. Comparison slider drag (bench/slider-drag.mjs)');
      for (const [i, url] of urls.entries()) {
        console.log(`\n${builds[i].label}:`);
        // A build whose page the script cannot drive prints why, and the
        // comparison below is still printed.
        const out = await run('node', [join(here, 'slider-drag.mjs'), url], { cwd: tests, capture: true }).catch((error) => `slider drag failed: ${error.message}`);
        console.log(out.trimEnd());
      }
    }

    if (only.has('scan')) {
      heading('5. A comparison\'s pictures: our drawing, and a scan in its place (bench/scan-bytes.mjs)');
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
      try {
        const rows = await measureScanBytes(browser, builds[0].folder, { encoding });
        console.log(table(['pictures', 'screen', 'files downloaded', `KiB (${encoding})`], rows));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  }
  return results;
}

const BASE_TARGET = '/tmp/secret-speech-base-target';

/** Builds `rev` in a temporary git worktree; returns the folder its dist/ was copied to. */
async function buildBase(rev) {
  const worktree = '/tmp/secret-speech-base';
  const out = '/tmp/secret-speech-base-dist';
  const env = {
    ...process.env,
    PATH: `${join(repo, 'tools/node_modules/.bin')}:${process.env.HOME}/.cargo/bin:${process.env.PATH}`,
    TRUNK_SKIP_VERSION_CHECK: 'true',
    CARGO_TARGET_DIR: BASE_TARGET,
  };
  // A worktree left by an interrupted run is removed first.
  if (await stat(worktree).catch(() => null)) {
    await run('git', ['-C', repo, 'worktree', 'remove', '--force', worktree]).catch(() => rm(worktree, { recursive: true, force: true }));
  }
  log(`\nbuilding ${rev} in ${worktree} …`);
  await run('git', ['-C', repo, 'worktree', 'add', '--detach', worktree, rev]);
  try {
    await run('cargo', ['fetch', '--quiet'], { cwd: worktree, env });
    // The base's own build tools (its post-build may run terser from them).
    if (await stat(join(worktree, 'tools/package-lock.json')).catch(() => null)) {
      await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(worktree, 'tools'), env });
    }
    await run('trunk', ['build', '--release'], { cwd: worktree, env });
    await rm(out, { recursive: true, force: true });
    await cp(join(worktree, 'dist'), out, { recursive: true });
  } finally {
    await run('git', ['-C', repo, 'worktree', 'remove', '--force', worktree]);
  }
  return out;
}

const ratio = (a, b) => (b > 0 && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}x` : '-');

function compare(current, base) {
  heading(`this build compared with ${base.label} (ratio = this / base; under 1.00x is smaller or faster)`);
  const rows = [];
  const add = (metric, a, b, unit = '') => rows.push([metric, fmt(a) + unit, fmt(b) + unit, ratio(a, b)]);
  const fmt = (v) => (v == null || Number.isNaN(v) ? '?' : v === Infinity ? 'never' : Number.isInteger(v) ? String(v) : v.toFixed(v < 1 ? 3 : 1));
  if (current.sizes && base.sizes) {
    for (const kind of ['code', 'content', 'all']) {
      const name = { code: 'code', content: 'content+images', all: 'first view total' }[kind];
      add(`${name} gzip KiB`, current.sizes.totals[kind].gzip / 1024, base.sizes.totals[kind].gzip / 1024);
      add(`${name} brotli KiB`, current.sizes.totals[kind].brotli / 1024, base.sizes.totals[kind].brotli / 1024);
    }
    add('code raw KiB', current.sizes.totals.code.raw / 1024, base.sizes.totals.code.raw / 1024);
    add('service-worker precache gzip KiB', current.sizes.after.all.gzip / 1024, base.sizes.after.all.gzip / 1024);
    add('first visit over the network KiB', (current.sizes.totals.all.network + current.sizes.after.all.network) / 1024, (base.sizes.totals.all.network + base.sizes.after.all.network) / 1024);
  }
  for (const [i, page] of (current.lighthouse ?? []).entries()) {
    const other = base.lighthouse?.[i];
    if (!other) continue;
    add(`${page.page}: Lighthouse Performance`, page.performance, other.performance);
    add(`${page.page}: FCP ms`, Math.round(page.fcp), Math.round(other.fcp));
    add(`${page.page}: LCP ms`, Math.round(page.lcp), Math.round(other.lcp));
    add(`${page.page}: TBT ms`, Math.round(page.tbt), Math.round(other.tbt));
    add(`${page.page}: CLS`, page.cls, other.cls);
    add(`${page.page}: Accessibility`, page.accessibility, other.accessibility);
    add(`${page.page}: Best Practices`, page.bestPractices, other.bestPractices);
    add(`${page.page}: SEO`, page.seo, other.seo);
  }
  for (const [i, page] of (current.firstScreen ?? []).entries()) {
    const other = base.firstScreen?.[i];
    if (!other) continue;
    add(`${page.page}: view's words ms (4x CPU, slow 4G)`, Math.round(page.words), Math.round(other.words));
    add(`${page.page}: words, wasm blocked ms`, Math.round(page.wordsBlocked), Math.round(other.wordsBlocked));
    add(`${page.page}: app view ms (4x CPU, slow 4G)`, Math.round(page.app), Math.round(other.app));
    add(`${page.page}: take-over task ms (4x CPU)`, Math.round(page.takeOver), Math.round(other.takeOver));
    add(`${page.page}: longest task ms (4x CPU, slow 4G)`, Math.round(page.longestTask), Math.round(other.longestTask));
    add(`${page.page}: blocking ms, over 50 ms summed`, Math.round(page.blocking), Math.round(other.blocking));
  }
  for (const [i, row] of (current.inp ?? []).entries()) {
    const other = base.inp?.[i];
    if (!other) continue;
    add(`INP median ms: ${row.interaction}`, row.median, other.median);
    add(`INP worst ms: ${row.interaction}`, row.worst, other.worst);
  }
  console.log(table(['metric', 'this build', base.label, 'ratio'], rows));
}

const started = Date.now();
console.log(`Secret Speech benchmark: numbers, not verdicts. Chromium ${process.env.CHROMIUM_PATH}; loopback only.`);
// The wasm as cargo left it, before wasm-bindgen, for the size profile.
const rawWasm = (target) => join(target, 'wasm32-unknown-unknown/release/secret-speech.wasm');
const builds = [{ label: 'this build', folder: dist, port, rawWasm: rawWasm(process.env.CARGO_TARGET_DIR ?? join(repo, 'target')) }];
if (baseDist) builds.push({ label: `base ${baseDist}`, folder: baseDist, port: port + 1 });
else if (baseRev) builds.push({ label: `base ${baseRev}`, folder: await buildBase(baseRev), port: port + 1, rawWasm: rawWasm(BASE_TARGET) });
const [current, base] = await measure(builds);
if (base) compare(current, base);
console.log(`\nbench finished in ${((Date.now() - started) / 60000).toFixed(1)} min`);
