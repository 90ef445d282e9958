// A page that trusts nothing it need not: every request stays on the
// exhibit's own origin, the Content-Security-Policy allows only the build's own
// scripts and blocks nothing the exhibit does, and content is shown as text,
// never run as HTML.
import { waitForServiceWorker } from './deploy.js';
import { readExhibit, visitEveryRoute } from './visit.js';
import { test, expect, expectExhibitShown } from './support.js';

test('a full visit requests nothing from any other origin', async ({ page, context }) => {
  // On the context, so the service worker's own downloads are counted too.
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  await page.goto('./');
  const exhibit = await readExhibit(page);
  await visitEveryRoute(page, exhibit);
  await waitForServiceWorker(page);
  const origin = new URL(page.url()).origin;
  const elsewhere = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  // The precache was downloaded, so the worker's requests were seen.
  expect(requested.filter((url) => url.endsWith('/sw.js')).length).toBeGreaterThan(0);
});

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  const html = await (await page.request.get('./index.html')).text();
  const meta = html.match(/<meta http-equiv=["']?Content-Security-Policy["']? content="([^"]+)">/i);
  expect(meta, 'index.html has a CSP <meta>').not.toBeNull();
  const policy = Object.fromEntries(
    meta[1].split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'self'"]);
  expect(policy['script-src']).not.toContain("'unsafe-inline'");
  expect(policy['script-src']).toContain("'wasm-unsafe-eval'");
  expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
  expect(policy['style-src']).not.toContain("'unsafe-inline'");
  // The policy comes before every script, and there is no inline script to
  // allow: start.js starts the code (tools/post-build.mjs, withCodeAfterPaint).
  expect(meta.index).toBeLessThan(html.indexOf('<script'));
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc=/.test(attributes));
  expect(inline).toEqual([]);
  expect(policy['script-src'].filter((source) => source.startsWith("'sha256-"))).toEqual([]);
});

test('a full visit, slider drag and glossary term included, violates no part of the policy', async ({ page }) => {
  // It walks every route: about 15 s alone, twice that on a busy two-core machine.
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI} ${event.sample}`);
    });
  });
  const messages = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.goto('./');
  const exhibit = await readExhibit(page);
  await visitEveryRoute(page, exhibit);

  await page.goto('./#/station/congress-of-victors/speech');
  const figure = page.getByRole('region', { name: 'The vanished commissar' });
  const stage = figure.locator('.stage');
  await stage.scrollIntoViewIfNeeded();
  const box = await stage.boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await expect(figure.getByRole('slider')).toHaveAttribute('aria-valuenow', '30');
  // The clip is a style attribute set by Yew: it must apply, not just be written.
  await expect(figure.locator('.state-layer.top')).toHaveCSS('clip-path', 'inset(0px 70% 0px 0px)');
  await figure.getByRole('button', { name: 'Side by side' }).click();
  await expect(figure.getByRole('img')).toHaveCount(2);

  const term = page.getByRole('main').locator('button.term').first();
  await term.click();
  await expect(page.getByRole('note')).toBeVisible();

  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(messages).toEqual([]);
});

test('the policy is enforced: a script injected into the page does not run', async ({ page }) => {
  await page.goto('./');
  await expectExhibitShown(page);
  const outcome = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.head.append(script);
      }),
  );
  expect(outcome).toBe('script-src-elem');
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});

const script = '<script>window.__pwned = true; alert("pwned")</script>';
const image = '<img src=x onerror="window.__pwned = true; alert(\'pwned\')">';

test.describe('content changed in transit', () => {
  // The test changes the content on its way to the page; the service worker's
  // own requests would pass it by once it controls the second page.
  test.use({ serviceWorkers: 'block' });

  test('content is shown as text: markup in a content file never runs', async ({ page }) => {
    const dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    let station;
    await page.route('**/assets/exhibit/en.json', async (route) => {
      const response = await route.fetch();
      const exhibit = await response.json();
      station = exhibit.stations[0];
      station.title = `A title ${script}`;
      station.context[0].text = `A context ${image}`;
      station.lenses.official[0].text = `A claim ${script} ${image}`;
      station.glossary[0].definition = `A definition ${image} ${script}`;
      await route.fulfill({ response, json: exhibit });
    });
    await page.goto('./#/station/lenin-warning/official');
    await expect(page.getByRole('heading', { level: 1, name: `A title ${script}`, exact: true })).toBeVisible();
    expect(station.id).toBe('lenin-warning');
    const main = page.getByRole('main');
    await expect(main.getByText(`A context ${image}`)).toBeVisible();
    await expect(main.getByText(`A claim ${script} ${image}`)).toBeVisible();

    await page.goto('./#/glossary');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: `A definition ${image} ${script}` })).toBeVisible();

    expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requested.filter((path) => path.endsWith('/x'))).toEqual([]);
  });
});
