// The exhibit's service worker: after one visit, every route works offline.
//
// This is a template. tools/post-build.mjs writes it into the release build as
// sw.js, after a first line `const BUILD = { name, hash, files };` that lists
// every file the exhibit uses. A new deploy has a new content hash, so sw.js
// changes, the browser installs it, and it replaces the old cache.
//
// A new worker takes over at once (skipWaiting) and claims the open pages
// (clients.claim): a first visit is served from the cache as soon as the
// worker is active, so images and the other language fetched later in that
// visit work offline too; and an open tab sees `controllerchange`, on which
// the page reloads at its next page change (src/browser/service_worker.rs)
// rather than run old code against new content.
//
// How each request is answered:
// - pages: from the cache (each language's home is precached, other views
//   are kept as they are visited), else the network; offline, a view never
//   visited is drawn by the app in a stand-in page (see fromPages).
// - Trunk's hashed files (wasm, JS, CSS) and start.js: from the cache. They
//   change only with a deploy, and a deploy brings a new worker and a new cache.
// - content (assets/exhibit/*.json): from the network, falling back to the
//   cache. Curators edit it in place on the server and expect a reload to show it.
// - images and icons: from the cache, refreshed in the background, so an image
//   replaced in place shows on the next view without waiting for the network.
// Anything not in the build (other sites, other folders) is left alone.

/* global BUILD */

// Caches belong to the origin, not to the folder: an LMS may host two copies
// of the exhibit on one origin, so each copy's caches carry its own scope.
const CACHE_PREFIX = `${BUILD.name}@${self.registration.scope}#`;
const CACHE = CACHE_PREFIX + BUILD.hash;

// How long content may take on a slow network before the cached copy is used.
const NETWORK_PATIENCE_MS = 4000;

const here = (path) => new URL(path, self.location).href;
const precached = new Map(BUILD.files.map((path) => [here(path), path]));
// Each copy of a scan, and the smallest copy (precached) that stands in for
// it offline: the copies a visitor saw are kept as they arrive.
const copies = new Map(Object.entries(BUILD.variants ?? {}).map(([path, standIn]) => [here(path), here(standIn)]));
const folder = here('./');
const index = here('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(BUILD.files.map((path) => precache(cache, here(path))));
      // Take over from the previous build at once: a kiosk tab is never closed,
      // so waiting for every tab to close would mean waiting for ever.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    // Every view is its own page in this folder (`station/x/speech/`, or
    // its `index.html` from a link that names it); a query is the view's or
    // the host's (an LMS adds its own), never another page.
    url.search = '';
    if (!url.href.startsWith(folder)) return;
    const page = url.href.endsWith('/') ? `${url.href}index.html` : url.href;
    if (page.endsWith('/index.html') || page === index) event.respondWith(fromPages(event, page));
    return;
  }
  const standIn = copies.get(url.href);
  if (standIn !== undefined) {
    event.respondWith(fromCopies(event, url.href, standIn));
    return;
  }
  const path = precached.get(url.href);
  if (path === undefined) return;
  if (path.startsWith('assets/exhibit/')) event.respondWith(fromNetwork(event, url.href));
  else if (path.startsWith('assets/')) event.respondWith(fromCacheThenRefresh(event, url.href));
  else event.respondWith(fromCache(event, url.href));
});

// Trunk's hashed files (name-0123456789abcdef.wasm): a name is one content.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

async function precache(cache, key) {
  // The page has just downloaded most of these files; the precache must not
  // download them again (a first visit would cost twice its code). A hashed
  // name can only hold this deploy's bytes, so the HTTP cache may answer it
  // as it is (`default`); any other file is revalidated (`no-cache`): the
  // host answers 304 and no body when the copy in hand is this deploy's.
  const response = await fetch(key, { cache: HASHED.test(key) ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error(`${key}: HTTP ${response.status}; the exhibit stays online-only until the next visit`);
  // Some hosts redirect index.html to its folder; a redirected response may
  // not answer a navigation, so the body is stored as a plain answer.
  const plain = response.redirected
    ? new Response(await response.blob(), { status: response.status, headers: response.headers })
    : response;
  await cache.put(key, plain);
}

// A page: this deploy's copy if it has one (each language's home is
// precached; other pages are kept as they are visited), else the network.
// Offline, a page never visited is stood in for by the app (standIn); so is
// an address the host has no page for (a mistyped station), so the visitor
// gets the exhibit's own not-found page rather than the host's.
async function fromPages(event, page) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(page);
  if (cached) return cached;
  let response;
  try {
    response = await fetch(event.request);
  } catch (offline) {
    return (await standIn(cache, page)) ?? Promise.reject(offline);
  }
  if (response.ok && !response.redirected) event.waitUntil(cache.put(page, response.clone()));
  if (response.status === 404) return (await standIn(cache, page)) ?? response;
  return response;
}

// The home page with its base moved to the page's folder and its
// prerendered view taken out: the app, which is cached, draws the view the
// address names (or its not-found page). Answered as a page (200): the app
// says what is missing, and a 404 status would only add a console error.
async function standIn(cache, page) {
  const home = await cache.match(index);
  if (!home) return null;
  const depth = page.slice(folder.length).split('/').length - 1;
  const base = depth === 0 ? './' : '../'.repeat(depth);
  const html = (await home.text())
    .replace(/<base href="[^"]*">/, `<base href="${base}">`)
    .replace(/<div id="first-screen">[\s\S]*<\/div><div id="app"><\/div>/, '<div id="first-screen"></div><div id="app"></div>');
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function fromCache(event, key) {
  const cached = await caches.match(key, { cacheName: CACHE });
  return cached ?? fetch(event.request);
}

async function fromCacheThenRefresh(event, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  const refresh = refreshed(cache, key);
  if (cached) {
    event.waitUntil(refresh.catch(() => undefined));
    return cached;
  }
  return refresh;
}

// A copy of a scan: kept once seen, as it never changes within a deploy;
// offline, a copy never seen is answered by the smallest one, so the
// comparison still shows its picture, less sharp.
async function fromCopies(event, key, standIn) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(cache.put(key, response.clone()));
    return response;
  } catch (offline) {
    return (await cache.match(standIn)) ?? Promise.reject(offline);
  }
}

async function fromNetwork(event, key) {
  const cache = await caches.open(CACHE);
  const network = refreshed(cache, key);
  event.waitUntil(network.catch(() => undefined));
  const patience = new Promise((resolve) => setTimeout(resolve, NETWORK_PATIENCE_MS));
  let answer;
  try {
    answer = await Promise.race([network, patience]);
  } catch {
    // Offline, or the server is unreachable: the cached copy below.
  }
  if (answer?.ok) return answer;
  // A server error or a slow network is no reason to show a broken exhibit.
  const cached = await cache.match(key);
  return cached ?? answer ?? network;
}

// Fetches `key` past the HTTP cache's freshness rules (a curator's edit must
// show on reload) and keeps a good answer for offline use.
async function refreshed(cache, key) {
  const response = await fetch(key, { cache: 'no-cache' });
  if (response.ok) await cache.put(key, response.clone());
  return response;
}
