// The benchmark's static server compresses text and wasm the way a real
// static host does (GitHub Pages, Netlify, nginx with gzip on), so
// Lighthouse's simulated slow 4G sees the bytes a visitor would download.
// `encoding` is 'gzip' (the default: every host does it), 'br' or 'identity'.
//   node e2e/serve.mjs --root ../dist --port 4480 --encoding gzip   (the same, as a command)
import { serveRoutes } from '../e2e/serve.mjs';

/** Serves `root` at http://127.0.0.1:`port`/; resolves to the server once it listens. */
export async function serve({ root, port, encoding = 'gzip' }) {
  return (await serveRoutes({ '/': root }, { port, encoding })).server;
}
