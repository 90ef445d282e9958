// What a first visit to the home page really loads: every response the page
// receives, from a fresh browser context (empty cache, no service worker yet),
// until the exhibit has rendered and the network has gone quiet. Each file is
// measured raw, gzipped (level 9) and brotli-compressed (quality 11), and
// counted as code (wasm, JS, CSS, HTML) or as content and images (everything
// else: the content JSON, images, icons, the manifest).
//
// Shared by the budget test (e2e/budget.spec.js) and the benchmark (bench/run.mjs).
// The service worker's precache, which it fetches in the background once the
// page has loaded, is reported apart (`background`): it is not part of what the
// visitor waits for.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const CODE = /\.(wasm|m?js|css|html?)$/i;

/** Raw, gzip (-9) and brotli (q11) sizes of one file's bytes. */
export function sizes(body, path = '') {
  const text = !/\.(wasm|png|jpe?g|webp|avif|gif|ico|woff2?)$/i.test(path);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

/** 'code' for wasm, JS, CSS and HTML (the document itself included); 'content' for the rest. */
export function kindOf(path, resourceType) {
  if (resourceType === 'document') return 'code';
  return CODE.test(path) ? 'code' : 'content';
}

/**
 * Opens `url` in `page` (a page of a fresh context) and records every response
 * until `ready(page)` resolves and the network is idle (and, with
 * `waitForWorker`, until the service worker has installed). Returns
 * `{ files, background }`: one row per request, `{ path, kind, type, status, raw, gzip, brotli }`,
 * with `path` relative to `root` (the folder the exhibit is served from).
 */
export async function recordFirstVisit(page, url, { ready = defaultReady, root = new URL('./', url).href, waitForWorker = false } = {}) {
  const seen = [];
  const background = [];
  const collect = (into) => async (response) => {
    const request = response.request();
    if (!/^https?:/.test(request.url())) return;
    // A service worker's responses have no body to read here: fetch the same URL again.
    const refetch = () => fetch(request.url()).then(async (r) => Buffer.from(await r.arrayBuffer()));
    // What crossed the network: a revalidated file (304) brings no body.
    const network = request.sizes().then((s) => s.responseBodySize, () => 0);
    into.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => (body.length === 0 && request.serviceWorker() ? refetch() : body))
        .then(async (body) => ({ ...row(request, response, body, root), network: await network })),
    );
  };
  const onPage = collect(seen);
  const onContext = collect(background);
  page.on('response', onPage);
  // Requests the service worker makes itself (its precache) reach the context, not the page.
  const contextResponse = (response) => {
    if (response.request().serviceWorker()) onContext(response);
  };
  page.context().on('response', contextResponse);
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  if (waitForWorker) {
    // The worker installs once its precache is complete (a build without one: waits 10 s at most).
    await page.evaluate(() =>
      'serviceWorker' in navigator ? Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 10_000))]) : null,
    );
    await page.waitForLoadState('networkidle');
  }
  page.off('response', onPage);
  page.context().off('response', contextResponse);
  const files = await Promise.all(seen);
  return { files, background: await Promise.all(background) };
}

function row(request, response, body, root) {
  const full = request.url().split('#')[0];
  const path = full.startsWith(root) ? full.slice(root.length) || './ (index.html)' : full;
  const bare = path.startsWith('./') ? 'index.html' : path.split('?')[0];
  return {
    path,
    kind: kindOf(bare, request.resourceType()),
    type: request.resourceType(),
    status: response.status(),
    ...sizes(body, bare),
  };
}

/** The home page is ready when its heading and the station list show and its images have loaded. */
async function defaultReady(page) {
  await page.getByRole('list', { name: 'The stations' }).getByRole('link').first().waitFor();
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
}

/** Totals of `files` by kind: `{ code, content, all }`, each `{ files, raw, gzip, brotli }`. */
export function totals(files) {
  const sum = (rows) =>
    rows.reduce(
      (t, r) => ({ files: t.files + 1, raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli, network: t.network + (r.network ?? 0) }),
      { files: 0, raw: 0, gzip: 0, brotli: 0, network: 0 },
    );
  return {
    code: sum(files.filter((f) => f.kind === 'code')),
    content: sum(files.filter((f) => f.kind === 'content')),
    all: sum(files),
  };
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);

/** A plain-text table of `files` with totals, in bytes and KiB. */
export function formatSizes(files, { title = 'first visit to home: bytes of every file the page requested' } = {}) {
  const t = totals(files);
  const lines = [];
  const head = ['file', 'kind', 'raw B', 'gzip B', 'brotli B'];
  const body = [...files]
    .sort((a, b) => (a.kind === b.kind ? b.gzip - a.gzip : a.kind === 'code' ? -1 : 1))
    .map((f) => [f.path, f.kind, f.raw, f.gzip, f.brotli]);
  const foot = [
    ['code total (wasm+JS+CSS+HTML)', `${t.code.files} files`, t.code.raw, t.code.gzip, t.code.brotli],
    ['content+images total', `${t.content.files} files`, t.content.raw, t.content.gzip, t.content.brotli],
    ['TOTAL', `${t.all.files} files`, t.all.raw, t.all.gzip, t.all.brotli],
    ['TOTAL KiB', '', kib(t.all.raw), kib(t.all.gzip), kib(t.all.brotli)],
  ];
  lines.push(title);
  lines.push(table(head, body, foot));
  return lines.join('\n');
}

/** A fixed-width text table; numbers right-aligned. */
export function table(head, rows, foot = []) {
  const all = [head, ...rows, ...foot].map((r) => r.map((c) => String(c)));
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const numeric = head.map((_, i) => rows.concat(foot).every((r) => r[i] === '' || typeof r[i] === 'number' || /^(<=|[-+<>~])?[\d.,]+[%x×]?$/.test(String(r[i]))));
  const fmt = (r) => r.map((c, i) => (numeric[i] && i > 0 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [fmt(head), rule, ...rows.map(fmt), ...(foot.length ? [rule, ...foot.map(fmt)] : [])].join('\n');
}
