// The exhibit embedded in other sites' pages (`index.html?embed=1`): without
// its own header and footer, and in a frame that follows the content's height
// so the visitor never scrolls inside it. Three hosts: one with our
// assets/embed.js, one that speaks only H5P's resizer protocol, one that
// listens only for Canvas's lti.frameResize.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir } from './deploy.js';
import { serveHosts } from './hosts/server.js';
import { answerByMouse } from './quiz-helpers.js';
import { test, expect, watchForErrors } from './support.js';

const tests = fileURLToPath(new URL('..', import.meta.url));
const repository = resolve(tests, '..');

let host;
let exhibit;

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name === 'sub-path', 'serves its own host');
  exhibit = JSON.parse(await readFile(join(distDir(), 'assets/exhibit/en.json'), 'utf8'));
  host = await serveHosts({
    '/hosts/': join(tests, 'e2e/hosts'),
    '/exhibit/': distDir(),
    '/embed.js': join(repository, 'assets/embed.js'),
  }, { folderIndex: true });
});

test.afterAll(async () => {
  await host?.close();
});

/** The frame's height against its content: no inner scrollbar, no empty space below. */
function frameFit(page) {
  return page.evaluate(() => {
    const frame = document.querySelector('iframe');
    const root = frame.contentDocument.documentElement;
    return {
      frame: frame.clientHeight,
      scroll: root.scrollHeight,
      content: Math.ceil(root.getBoundingClientRect().height),
    };
  });
}

/** Waits until the frame fits its content (within 2 px), and returns its height. */
async function expectFitted(page) {
  await expect
    .poll(async () => {
      const { frame, scroll, content } = await frameFit(page);
      return scroll <= frame + 2 && frame <= content + 2;
    }, { message: 'the frame follows its content' })
    .toBe(true);
  return (await frameFit(page)).frame;
}

/** The exhibit in the frame, shaped like a page for the quiz helpers. */
function inFrame(page) {
  const frame = page.frameLocator('iframe');
  return { frame, getByRole: (...args) => frame.getByRole(...args), mouse: page.mouse, keyboard: page.keyboard };
}

test('embed.js sizes the frame through navigation and a window resize; no site header or footer', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${host.url}/hosts/embed.html`);
  const frame = page.frameLocator('iframe[data-secret-speech]');
  await expect(frame.getByRole('heading', { level: 1, name: exhibit.title, exact: true })).toBeVisible();

  // Embed mode: the host's page is the frame. The skip link stays.
  await expect(frame.locator('html')).toHaveClass(/\bembedded\b/);
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('contentinfo')).toHaveCount(0);
  await expect(frame.getByRole('navigation', { name: 'Exhibit' })).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Skip to content' })).toHaveCount(1);

  const home = await expectFitted(page);
  expect(home).toBeGreaterThan(300);

  // Home → a station: a new height, still fitted.
  const station = exhibit.stations[0];
  await frame.getByRole('main').getByRole('link', { name: station.title, exact: true }).click();
  await expect(frame.getByRole('heading', { level: 1, name: station.title, exact: true })).toBeVisible();
  const stationHeight = await expectFitted(page);
  expect(stationHeight).not.toBe(home);

  // Back home (the browser's back button: the site header is not there), then
  // the quiz: the frame shrinks to the shorter page.
  await frame.locator('html').evaluate(() => history.back());
  await expect(frame.getByRole('heading', { level: 1, name: exhibit.title, exact: true })).toBeVisible();
  await frame.getByRole('link', { name: 'Test yourself' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: exhibit.quiz.title })).toBeVisible();
  const quiz = await expectFitted(page);
  expect(quiz).toBeLessThan(stationHeight);

  // A narrow host window: the text wraps, the frame grows with it; and back.
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await expectFitted(page)).toBeGreaterThan(quiz);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await expectFitted(page)).toBe(quiz);

  // Feedback opening below an answer grows the page.
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  const question = await expectFitted(page);
  await answerByMouse(inFrame(page), exhibit);
  await expect(frame.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
  expect(await expectFitted(page)).toBeGreaterThan(question);

  // Malformed messages from the parent change nothing.
  await page.evaluate(() => {
    const child = document.querySelector('iframe').contentWindow;
    for (const junk of ['hello', '{"context":"h5p"', 42, null, { context: 'h5p', action: 7 }, { context: 'h5p' }, []]) {
      child.postMessage(junk, '*');
    }
  });
  await expectFitted(page);
  expect(errors).toEqual([]);
});

test('well-formed messages from a window other than the parent change nothing', async ({ page }) => {
  const errors = watchForErrors(page);
  await openHomeThenStation(page, 'h5p');
  const height = await expectFitted(page);
  // A sibling frame on the host page: same origin, not the exhibit's parent.
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    sibling.title = 'Another frame';
    sibling.name = 'sibling';
    document.body.append(sibling);
  });
  const sibling = await (await page.$('iframe[name=sibling]')).contentFrame();
  const before = await page.evaluate(() => window.received.length);
  // Each would make the exhibit answer its parent if it came from there.
  await sibling.evaluate(() => {
    const exhibit = parent.document.querySelector('iframe').contentWindow;
    for (const action of ['ready', 'hello', 'resizePrepared', 'resize']) {
      exhibit.postMessage({ context: 'h5p', action }, '*');
    }
  });
  // The same kind of message from the parent, after them: it is answered,
  // so by then the sibling's have been read, and answered nothing.
  await page.evaluate(() => {
    document.querySelector('iframe').contentWindow.postMessage({ context: 'h5p', action: 'resizePrepared' }, '*');
  });
  await expect.poll(() => page.evaluate(() => window.received.length)).toBeGreaterThan(before);
  const after = await page.evaluate((n) => window.received.slice(n), before);
  expect(after.map((m) => m.action)).toEqual(['resize']);
  expect(await expectFitted(page)).toBe(height);
  expect(errors).toEqual([]);
});

/** Opens a host page, then the first station in its frame, checking the frame fits each. */
async function openHomeThenStation(page, hostPage) {
  await page.goto(`${host.url}/hosts/${hostPage}.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1, name: exhibit.title, exact: true })).toBeVisible();
  const home = await expectFitted(page);
  await frame.getByRole('main').getByRole('link', { name: exhibit.stations[0].title, exact: true }).click();
  expect(await expectFitted(page)).not.toBe(home);
}

test('a host that speaks only H5P’s resizer protocol gets the height', async ({ page }) => {
  const errors = watchForErrors(page);
  await openHomeThenStation(page, 'h5p');

  const received = await page.evaluate(() => window.received);
  const actions = received.map((m) => m.action);
  expect(actions[0]).toBe('hello');
  expect(actions).toContain('prepareResize');
  expect(actions.indexOf('resize')).toBeGreaterThan(actions.indexOf('prepareResize'));
  // Sizes and nothing else.
  for (const message of received) {
    expect(['context', 'action', 'scrollHeight', 'clientHeight']).toEqual(expect.arrayContaining(Object.keys(message)));
  }
  const last = received.filter((m) => m.action === 'resize').at(-1);
  expect(last.scrollHeight).toBe((await frameFit(page)).frame);
  expect(errors).toEqual([]);
});

test('a host that listens only for Canvas’s lti.frameResize gets the height', async ({ page }) => {
  const errors = watchForErrors(page);
  await openHomeThenStation(page, 'canvas');

  const received = await page.evaluate(() => window.received);
  expect(received.length).toBeGreaterThan(0);
  for (const raw of received) {
    // Sent as a JSON string, which every Canvas version reads.
    expect(typeof raw).toBe('string');
    const message = JSON.parse(raw);
    expect(Object.keys(message).sort()).toEqual(['height', 'subject']);
    expect(message.subject).toBe('lti.frameResize');
    expect(Number.isInteger(message.height)).toBe(true);
  }
  expect(JSON.parse(received.at(-1)).height).toBe((await frameFit(page)).frame);
  expect(errors).toEqual([]);
});
