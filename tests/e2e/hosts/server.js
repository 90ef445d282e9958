// A loopback static server for the host-page tests: it serves several
// folders under URL prefixes (host pages, the exhibit or an unzipped SCORM
// package, scorm-again's runtime), so a host page and the exhibit it frames
// share one origin, as an LMS serves a package beside its player.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/**
 * Serves `routes` ({ '/prefix/': '/a/folder', '/file.js': '/a/file.js' }) on
 * a free loopback port. Returns { url, close }.
 */
export async function serveHosts(routes) {
  const table = Object.entries(routes).map(([prefix, path]) => [prefix, resolve(path)]);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const route = table.find(([prefix]) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix));
    if (!route) return response.writeHead(404).end('no route');
    const [prefix, root] = route;
    let file = prefix.endsWith('/') ? normalize(join(root, path.slice(prefix.length))) : root;
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
