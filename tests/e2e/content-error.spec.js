// A broken content file shows a page naming file, line and field, never a
// blank page.
import { test, expect } from './support.js';

test('a broken content file shows the error page with file, line and field', async ({ page }) => {
  await page.route('**/assets/exhibit/en.json', async (route) => {
    const response = await route.fetch();
    // Misspell the first station's `title`: the text keeps its line layout.
    const text = (await response.text()).replace('"title"', '"titel"');
    await route.fulfill({ response, body: text });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: "The exhibit's content could not be shown" })).toBeVisible();
  const problems = page.getByRole('main').getByRole('listitem');
  // The exhibit's own title is on line 5; both halves of the mistake are named.
  const unknown = problems.filter({ hasText: 'unknown field `titel`' });
  await expect(unknown).toContainText('assets/exhibit/en.json:5:3 titel');
  await expect(problems.filter({ hasText: 'missing field `title`' })).toHaveCount(1);
});

test('malformed JSON names the line and column of the mistake', async ({ page }) => {
  await page.route('**/assets/exhibit/en.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "id": "secret-speech",\n  "title" "no colon"\n}' }),
  );
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: "The exhibit's content could not be shown" })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('assets/exhibit/en.json:3:');
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('not valid JSON');
});

test('a missing content file says so instead of showing a blank page', async ({ page }) => {
  await page.route('**/assets/exhibit/en.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('could not be loaded (HTTP 404)');
});
