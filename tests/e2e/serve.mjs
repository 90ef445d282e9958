// The one static file server of the tests and the benchmark, as any static
// host would be: no rewrites, no server logic. It serves folders (or single
// files) under URL prefixes on loopback; the benchmark asks it to compress
// like a real host does. As a command it serves one folder under `--base`,
// so the suite can prove the exhibit works from a sub-path:
//   node e2e/serve.mjs --root ../dist --port 4173 --base /courses/history/exhibit/ [--encoding gzip]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg', '.txt', '.xml']);

function compress(body, encoding) {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
    : gzipSync(body, { level: 9 });
}

/**
 * Serves `routes` ({ '/prefix/': '/a/folder', '/file.js': '/a/file.js' }) on
 * `port` (0: any free one). `encoding` is 'identity', 'gzip' or 'br'.
 * `folderIndex: false` answers a folder with 404 instead of its index.html.
 * Resolves to { url, server, close } once it listens.
 */
export async function serveRoutes(routes, { port = 0, encoding = 'identity', cacheControl = 'no-cache', folderIndex = true } = {}) {
  const table = Object.entries(routes).map(([prefix, path]) => [prefix, resolve(path)]);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const route = table.find(([prefix]) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix));
    if (!route) return response.writeHead(404).end('not under any served path');
    const [prefix, root] = route;
    let file = prefix.endsWith('/') ? normalize(join(root, path.slice(prefix.length))) : root;
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        // An LMS's file server (Moodle's pluginfile.php) serves files only.
        if (!folderIndex) return response.writeHead(404).end('a folder, not a file');
        file = join(file, 'index.html');
        info = await stat(file);
      }
      // Validators, as every static host sends: a browser that has the file
      // asks again with If-None-Match and gets 304 with no body.
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      if (request.headers['if-none-match'] === etag) {
        return response.writeHead(304, { etag, 'cache-control': cacheControl }).end();
      }
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': cacheControl,
        etag,
        'last-modified': info.mtime.toUTCString(),
      };
      const accepts = String(request.headers['accept-encoding'] ?? '');
      if (encoding !== 'identity' && COMPRESSIBLE.has(extname(file)) && accepts.includes(encoding)) {
        const key = `${encoding}:${file}`;
        if (!compressed.has(key)) compressed.set(key, compress(body, encoding));
        body = compressed.get(key);
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ready);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    server,
    close: () => new Promise((done) => server.close(done)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
  );
  const root = resolve(args.root ?? '../dist');
  const base = args.base ?? '/';
  const { url } = await serveRoutes({ [base]: root }, { port: Number(args.port ?? 4173), encoding: args.encoding ?? 'identity' });
  console.log(`serving ${root} at ${url}${base}`);
}
