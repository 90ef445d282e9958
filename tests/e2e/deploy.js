// Helpers for the service worker: waiting for it to control a page, and a
// copy of the build on its own static server that a test can deploy anew.
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const tests = fileURLToPath(new URL('..', import.meta.url));
const repository = resolve(tests, '..');

/** The build under test, resolved as playwright.config.js resolves it. */
export function distDir() {
  return resolve(tests, process.env.DIST_DIR ?? '../dist');
}

/** Waits until a service worker is active, then reloads so it controls the page. */
export async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The names of every cache the page's origin holds. */
export function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/** The content hash that tools/post-build.mjs stamped into a built folder's index.html. */
export async function buildOf(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const stamp = html.match(/<meta name=exhibit-build content=([0-9a-f]+)>/);
  if (!stamp) throw new Error(`${dir}/index.html has no build stamp`);
  return stamp[1];
}

/**
 * A copy of the build in a temporary folder, served by e2e/serve.mjs on a free
 * loopback port under the same path as the test project's baseURL.
 */
export async function deployCopy(testInfo) {
  const dir = await mkdtemp(join(tmpdir(), 'secret-speech-deploy-'));
  await cp(distDir(), dir, { recursive: true });
  const base = new URL(testInfo.project.use.baseURL).pathname;
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [join(tests, 'e2e/serve.mjs'), '--root', dir, '--port', String(port), '--base', base],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((ready, failed) => {
    server.stdout.once('data', ready);
    server.once('exit', (code) => failed(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    dir,
    url: `http://127.0.0.1:${port}${base}`,
    /** Edits the copy's content, then finishes the folder as a build does: a new deploy. Returns its build. */
    async redeploy(edit) {
      const path = join(dir, 'assets/exhibit/en.json');
      const exhibit = JSON.parse(await readFile(path, 'utf8'));
      edit(exhibit);
      // Written aside and moved into place, as a deploy tool does: the server
      // never reads a half-written file.
      await writeFile(`${path}.new`, JSON.stringify(exhibit, null, 2));
      await rename(`${path}.new`, path);
      execFileSync(process.execPath, [join(repository, 'tools/post-build.mjs'), dir], {
        env: { ...process.env, TRUNK_PROFILE: 'release' },
        stdio: 'pipe',
      });
      return buildOf(dir);
    },
    async close() {
      server.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort() {
  return new Promise((found, failed) => {
    const probe = createServer();
    probe.once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => found(port));
    });
  });
}
