// The benchmark's static server: like e2e/serve.mjs (no rewrites, no server
// logic), but it compresses text and wasm the way a real static host does
// (GitHub Pages, Netlify, nginx with gzip on), so Lighthouse's simulated
// slow 4G sees the bytes a visitor would download. `encoding` is 'gzip'
// (the default: every host does it), 'br', or 'identity' (like e2e/serve.mjs).
//   node bench/static-server.mjs --root ../dist --port 4480 [--encoding gzip]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types = {
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
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg', '.txt']);

/** Serves `root` at http://127.0.0.1:`port`/; resolves to the server once it listens. */
export function serve({ root, port, encoding = 'gzip' }) {
  root = resolve(root);
  const cache = new Map();
  const encode = (file, body) => {
    const key = `${encoding}:${file}`;
    if (!cache.has(key)) {
      cache.set(
        key,
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
          : gzipSync(body, { level: 9 }),
      );
    }
    return cache.get(key);
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      const accepts = String(request.headers['accept-encoding'] ?? '');
      if (encoding !== 'identity' && compressible.has(extname(file)) && accepts.includes(encoding)) {
        body = encode(file, body);
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
  );
  const port = Number(args.port ?? 4480);
  await serve({ root: args.root ?? '../dist', port, encoding: args.encoding ?? 'gzip' });
  console.log(`serving ${resolve(args.root ?? '../dist')} at http://127.0.0.1:${port}/ (${args.encoding ?? 'gzip'})`);
}
