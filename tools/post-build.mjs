// Finishes a built exhibit folder: Trunk runs it after every build (the
// post_build hook in Trunk.toml, on its staging folder); anyone can run it on
// a built folder, as the update test does on a copy of dist/:
//   node tools/post-build.mjs DIR
//
// Release builds get:
//   1. every view prerendered as its own page, in each language
//      (src/bin/prerender.rs, run with cargo);
//   2. the JS glue and start.js minified (terser);
//   3. the code started after the page paints: <meta name=exhibit-code>
//      instead of Trunk's inline loader and preload links;
//   4. a Content-Security-Policy <meta> in every page, with a hash for any
//      inline script or style left (worked out over the final page);
//   5. a content hash of every file, stamped into every page as
//      <meta name="exhibit-build">, so a page knows which deploy it came from;
//   6. sw.js: tools/service-worker.js with that hash as its cache name and
//      every file the exhibit uses as its precache list (not embed.js, which
//      is for host pages, nor the content schema, which is for editors, nor
//      an image no content file names).
// Development builds (TRUNK_PROFILE=debug, `trunk serve`) get only a sw.js
// that retires any worker a release build left behind, and no policy:
// `trunk serve` rewrites its inline reload script as it serves the page, so
// no hash written here could match it.
//
// Node with no npm imports; it runs cargo and the terser that `make`
// installs in tools/node_modules. Running it twice on one folder gives the
// same result.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'secret-speech';
const WORKER = 'sw.js';
const tools = fileURLToPath(new URL('.', import.meta.url));

const folder = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!folder) {
  console.error('usage: node tools/post-build.mjs DIR (Trunk passes TRUNK_STAGING_DIR)');
  process.exit(2);
}
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

if (release) {
  prerender(folder);
  await minifyScripts(folder, codeFiles(await readFile(join(folder, 'index.html'), 'utf8')).glue);
  const files = (await listFiles(folder)).filter((path) => path !== WORKER);
  const pages = new Map();
  for (const path of files.filter((path) => path.endsWith('.html'))) {
    pages.set(path, withPolicy(withCodeAfterPaint(withoutStamps(await readFile(join(folder, path), 'utf8'))), path));
  }
  // Hashed with the pages as they are before the stamp, which is derived from this hash.
  const hash = await contentHash(folder, files, pages);
  for (const [path, page] of pages) await writeFile(join(folder, path), stamped(page, hash));
  const variants = offlineVariants(files);
  const used = [...(await usedFiles(folder, files)), ...new Set(Object.values(variants))].sort();
  await writeWorker('service-worker.js', { name: NAME, hash, files: used, variants });
  const bytes = await totalBytes(folder, used);
  console.log(`post-build: ${pages.size} pages; ${used.length} of ${files.length} files (${bytes} bytes) precached as ${NAME} ${hash}`);
} else {
  await writeWorker('service-worker-retire.js', { name: NAME });
  console.log('post-build: development build; sw.js retires any release worker');
}

// Every view as its own page, drawn by the app's own components
// (src/bin/prerender.rs): the template is the folder's index.html, which
// becomes the English home. Built natively by Cargo on first use.
function prerender(root) {
  const repository = join(tools, '..');
  execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', resolve(root)], {
    cwd: repository,
    stdio: 'inherit',
  });
}

// Trunk's own minifier fails on the wasm-bindgen glue and leaves it whole,
// and copies start.js as it is: terser (tools/package.json, installed by
// `make`) minifies both. The glue is an ES module; start.js a classic
// script. Each is marked as minified, so a second run leaves it as it is. No
// page names either by an integrity hash (withCodeAfterPaint takes the
// glue's preload out), so nothing else changes.
async function minifyScripts(root, glue) {
  const MINIFIED = '/* minified by tools/post-build.mjs */';
  const terser = join(tools, 'node_modules', '.bin', 'terser');
  for (const [name, isModule] of [[glue, true], ['start.js', false]]) {
    const path = join(root, name);
    if ((await readFile(path, 'utf8')).startsWith(MINIFIED)) continue;
    execFileSync(terser, [path, ...(isModule ? ['--module'] : []), '--compress', '--mangle', '--format', `preamble='${MINIFIED}'`, '--output', path], { stdio: 'inherit' });
  }
}

// Trunk starts the code as the page is parsed: an inline module that imports
// the JS glue, and preload links for the glue and the wasm. Every page is
// already the view, so the code can wait for it to paint: this takes those
// out and names the two files in <meta name=exhibit-code>, and
// assets/start.js starts them, with the content, once the page has painted.
// So the code never competes with the page's own first paint, and the
// page's largest text is painted before any of the code is asked for.
function withCodeAfterPaint(html) {
  const { loader, glue, wasm } = codeFiles(html);
  if (!loader) return html;
  return html
    .replace(loader, `<meta name=exhibit-code content="${glue} ${wasm}">`)
    .replace(/<link [^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '');
}

// The JS glue and the wasm a page starts: named by Trunk's inline loader
// (`loader`, the script itself), or, once a run has taken that out, by
// <meta name=exhibit-code>.
function codeFiles(html) {
  const loader = html.match(/<script type=["']?module["']?>import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+\.wasm)' \}\);[\s\S]*?<\/script>/);
  if (loader) return { loader: loader[0], glue: loader[1], wasm: loader[2] };
  const meta = html.match(/<meta name=exhibit-code content="?([^ "]+) ([^ ">]+)"?>/);
  if (meta) return { glue: meta[1], wasm: meta[2] };
  throw new Error("the page has neither Trunk's module loader nor <meta name=exhibit-code>; the code would never start");
}

// The policy. A <meta> policy cannot carry `frame-ancestors` (browsers
// ignore it there, with a console error), so embedding in an LMS iframe stays
// allowed; a host that wants to limit framing sets that as an HTTP header.
function policy(scriptHashes, styleHashes) {
  return [
    "default-src 'self'",
    // The JS glue and sw.js come from this folder; Trunk's inline module
    // (which imports the glue and starts the wasm) is allowed by its hash;
    // 'wasm-unsafe-eval' lets WebAssembly compile, and allows no JS eval.
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    `style-src 'self'${styleHashes.map((h) => ` '${h}'`).join('')}`,
    // Yew writes `style` attributes with setAttribute (the comparison
    // slider's clip-path and position, the stage's aspect ratio), which
    // Chromium treats as inline style. This allows style attributes only,
    // never <style> elements; content is rendered as text, so it cannot
    // add attributes of its own.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function withPolicy(html, path) {
  // An inline event handler (onload=...) would need 'unsafe-hashes': refuse it
  // here rather than ship a page whose policy blocks part of it.
  const handler = html.match(/<[a-z][^>]*\son[a-z]+=/i);
  if (handler) throw new Error(`${path} has an inline event handler (${handler[0]}…); the CSP would block it`);
  const scripts = inlineBodies(html, 'script').map(sha256);
  const styles = inlineBodies(html, 'style').map(sha256);
  const meta = `<meta http-equiv=Content-Security-Policy content="${policy(scripts, styles)}">`;
  // The policy covers only what comes after it, so it goes first in <head>,
  // after the charset and the page's <base> (which the prerender puts there).
  const first = html.match(/<meta charset=[^>]*>(<base [^>]*>)?/i);
  if (!first) throw new Error(`${path} has no <meta charset>; the CSP <meta> goes right after it`);
  const at = first.index + first[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

// The text of every inline <script> or <style> element (not `src=` ones).
function inlineBodies(html, tag) {
  const elements = html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'));
  return [...elements].filter(([, attributes]) => !/(^|\s)src=/i.test(attributes)).map(([, , body]) => body);
}

function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

// A page without what an earlier run of this script added.
function withoutStamps(html) {
  return html
    .replace(/<meta http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi, '')
    .replace(/<meta name=["']?exhibit-build["']?[^>]*>/gi, '');
}

function stamped(html, hash) {
  return html.replace(/(<meta http-equiv=Content-Security-Policy[^>]*>)/, `$1<meta name=exhibit-build content=${hash}>`);
}

// Every file under `root`, as sorted URL paths relative to it.
async function listFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

// The files the exhibit itself fetches: everything but the embedding script,
// the content schema, any image that no content file names and the scans
// themselves (the page shows their copies; see offlineVariants). Of the pages,
// each language's home, and the pages the app leaves as prerendered (the
// pages to print, and kiosk mode's attract screen, where a kiosk's reset
// lands; the handout and attract screen also as of each past moment, in
// `handout/1938/` and the like), which it could not draw offline: the others are kept as they are
// visited, and a view never visited is drawn offline by the app
// (tools/service-worker.js).
async function usedFiles(root, files) {
  const content = files.filter((path) => /^assets\/exhibit\/[^/]+\.json$/.test(path) && path !== 'assets/exhibit/schema.json');
  const images = new Set();
  for (const path of content) {
    const text = await readFile(join(root, path), 'utf8');
    for (const [, image] of text.matchAll(/"(images\/[^"\\]+)"/g)) images.add(`assets/${image}`);
  }
  return files.filter(
    (path) =>
      path !== 'embed.js' &&
      (!path.endsWith('.html') || /^([a-z]{2}\/)?((attract|handout)\/([0-9-]+\/)?|quiz\/worksheet\/|quiz\/answers\/)?index\.html$/.test(path)) &&
      path !== 'assets/exhibit/schema.json' &&
      !(path.startsWith('assets/images/') && /\.(jpe?g|png|webp)$/i.test(path)) &&
      (!path.startsWith('assets/images/') || images.has(path)),
  );
}

// The copies of scans (src/build/images.rs: `images/variants/name-jpg-800.webp`)
// are too many and too large to precache all: the service worker keeps the
// ones a visitor saw, and precaches the smallest of each scan in each format,
// which stands in offline for any other copy of it. Each copy is mapped to
// that stand-in.
function offlineVariants(files) {
  const groups = new Map();
  for (const path of files) {
    const match = path.match(/^(.*\/variants\/.+)-(\d+)\.(webp|jpg)$/);
    if (!match) continue;
    const key = `${match[1]}.${match[3]}`;
    groups.set(key, [...(groups.get(key) ?? []), { path, width: Number(match[2]) }]);
  }
  const standIns = {};
  for (const copies of groups.values()) {
    const smallest = copies.reduce((a, b) => (b.width < a.width ? b : a)).path;
    for (const { path } of copies) standIns[path] = smallest;
  }
  return standIns;
}

// Names and bytes of every file, so a renamed file is a new build too.
async function contentHash(root, files, pages) {
  const hash = createHash('sha256');
  for (const path of files) {
    const bytes = pages.has(path) ? Buffer.from(pages.get(path)) : await readFile(join(root, path));
    hash.update(`${path}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

async function totalBytes(root, files) {
  let sum = 0;
  for (const path of files) sum += (await readFile(join(root, path))).length;
  return sum;
}

async function writeWorker(template, build) {
  const source = await readFile(join(tools, template), 'utf8');
  await writeFile(join(folder, WORKER), `const BUILD = ${JSON.stringify(build)};\n${source}`);
}
