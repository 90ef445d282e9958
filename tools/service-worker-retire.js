// The service worker of a development build (`trunk serve`): it only steps
// aside. A release build served earlier from the same address may have left
// its worker behind, which would keep answering from its cache and hide every
// change; the browser replaces that worker with this one, which clears the
// exhibit's caches, unregisters and reloads the page from Trunk.
//
// tools/post-build.mjs writes it as sw.js after a line `const BUILD = { name };`.

/* global BUILD */

const CACHE_PREFIX = `${BUILD.name}@${self.registration.scope}#`;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => caches.delete(name)));
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: 'window' });
      await Promise.all(pages.map((page) => page.navigate(page.url)));
    })(),
  );
});
