// axe-core on every view and state, in both languages, with the WCAG 2.1 A
// and AA rules on; and a keyboard-only walk through the exhibit.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectExhibitShown, offeredModes, openView } from './support.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function noViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(found, `axe violations on ${what}`).toEqual([]);
}

async function open(page, lang, route) {
  const [path, query] = route.split('?');
  await openView(page, `${lang === 'en' ? '' : `${lang}/`}${path ? `${path}/` : ''}${query ? `?${query}` : ''}`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
}

for (const lang of ['en', 'ru']) {
  test.describe(`in ${lang}`, () => {
    test.describe.configure({ timeout: 180_000 });

    test('home, timeline, glossary, the pages to print, not-found and the error page', async ({ page }) => {
      for (const route of ['', 'timeline', 'glossary', 'handout', 'quiz/worksheet', 'quiz/answers', 'accessibility', 'not-found']) {
        await open(page, lang, route);
        await noViolations(page, `#/${route}`);
      }
      // A glossary term opened in place.
      await open(page, lang, 'station/lenin-warning/speech');
      await page.getByRole('main').locator('button.term').first().click();
      await noViolations(page, 'an open glossary term');
      // The content error page.
      await page.route('**/assets/exhibit/*.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"id": 1}' }));
      await page.goto(`./?lang=${lang}#/`);
      await expectExhibitShown(page);
      await noViolations(page, 'the content error page');
    });

    test('every station in every lens and the compare view', async ({ page }) => {
      const exhibit = await (await page.request.get(`assets/exhibit/${lang}.json`)).json();
      for (const station of exhibit.stations) {
        for (const view of ['official', 'speech', 'historians', 'compare']) {
          await open(page, lang, `station/${station.id}/${view}`);
          // The lens and compare view are drawn; images may still be loading,
          // and lazy ones start only near the viewport, as a visitor scrolls.
          for (const image of await page.locator('img').all()) await image.scrollIntoViewIfNeeded();
          await page.waitForFunction(() => [...document.images].every((i) => i.complete));
          await noViolations(page, `${station.id}/${view}`);
        }
      }
    });

    test('every comparison mode, with a hotspot open', async ({ page }) => {
      const exhibit = await (await page.request.get(`assets/exhibit/${lang}.json`)).json();
      for (const station of exhibit.stations.filter((s) => s.comparisons.length)) {
        for (const id of station.comparisons) {
          const comparison = exhibit.comparisons.find((c) => c.id === id);
          const modes = offeredModes(comparison);
          for (const mode of modes) {
            await open(page, lang, `station/${station.id}/speech?comparison=${id}&mode=${mode}`);
            // Marks show once the pictures have loaded.
            await page.locator('section.comparison .stage').first().scrollIntoViewIfNeeded();
            await expect(page.locator('section.comparison').first()).toHaveClass(/\bloaded\b/);
            // Every mode shows a mark of the content's, side by side all of
            // them; the first one shown is opened.
            const markers = page.locator('section.comparison button.hotspot');
            if (mode === 'side-by-side') await expect(markers).toHaveCount(comparison.hotspots.length);
            const marker = markers.first();
            await expect(marker).toBeVisible();
            const label = (await marker.getAttribute('aria-label')).replace(/^\d+\. /, '');
            expect(comparison.hotspots.map((h) => h.label)).toContain(label);
            // A mark opened in the mode before stays open (the comparison is
            // the same one, its view changed in place); a click would close it.
            if ((await marker.getAttribute('aria-expanded')) !== 'true') await marker.click();
            await expect(marker).toHaveAttribute('aria-expanded', 'true');
            await expect(page.getByRole('region', { name: label })).toBeVisible();
            await page.locator('section.comparison details').first().evaluate((d) => (d.open = true));
            await noViolations(page, `${id} ${mode}`);
          }
        }
      }
    });

    test('every question type, with feedback, and the results', async ({ page }) => {
      await open(page, lang, 'quiz');
      await noViolations(page, 'the quiz intro');
      await page.getByRole('main').getByRole('button').first().click();
      const seen = new Set();
      for (let i = 0; i < 40; i++) {
        const main = page.getByRole('main');
        if (await page.locator('.score').count()) break;
        const type = await page.evaluate(() =>
          document.querySelector('.ordering-list') ? 'ordering'
            : document.querySelector('.spot-the-change') ? 'spot'
              : document.querySelector('.quiz-claim') ? 'voice'
                : document.querySelector('input[type=checkbox]') ? 'multiple' : 'single');
        const first = !seen.has(type);
        if (first) await noViolations(page, `a ${type} question`);
        if (type === 'spot') await main.locator('.spot-choice').first().click();
        else if (type !== 'ordering') await main.locator('.choice input').first().check();
        await main.locator('form.question button[type=submit]').click();
        if (first) {
          await expect(main.locator('.feedback')).toBeVisible();
          await noViolations(page, `feedback on a ${type} question`);
          seen.add(type);
        }
        await main.locator('.quiz-nav button.button').last().click();
      }
      await expect(page.locator('.score')).toBeVisible();
      expect([...seen].sort()).toEqual(['multiple', 'ordering', 'single', 'spot', 'voice']);
      await noViolations(page, 'the results');
    });
  });
}

test('the page language follows the chosen language', async ({ page }) => {
  await page.goto('./?lang=ru#/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/[А-Яа-яЁё]/);
  await expect(page).toHaveURL(/\/ru\/$/);
  await page.getByRole('group', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Exhibit' })).toBeVisible();
  await expect(page).not.toHaveURL(/\/ru\//);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the browser language is the default', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(test.info().project.use.baseURL);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('navigation', { name: 'Выставка' })).toBeVisible();
  await context.close();
});

const KEYBOARD = {
  en: { skip: 'Skip to content', start: 'Start the exhibit', statement: 'Accessibility' },
  ru: { skip: 'Перейти к содержанию', start: 'Начать осмотр', statement: 'Доступность' },
};

for (const [lang, names] of Object.entries(KEYBOARD)) {
  test(`keyboard only in ${lang}: skip link, visible focus, focus on each new page, no trap`, async ({ page }) => {
    const tabTo = async (locator) => {
      for (let i = 0; i < 80 && !(await locator.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(locator).toBeFocused();
    };
    await page.goto(`./?lang=${lang}#/`);
    // The static first screen has a heading too, and nothing to Tab to:
    // wait for the exhibit itself before the first key.
    const skip = page.getByRole('link', { name: names.skip });
    await skip.waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // Into the first station by keyboard: focus lands on its heading.
    await tabTo(page.getByRole('link', { name: names.start }));
    await page.keyboard.press('Enter');
    const heading = page.getByRole('main').getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    // Every focusable element shows a focus ring, and Tab reaches the footer
    // and goes on past it: nothing traps focus.
    const seen = [];
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const ring = (node) => {
          const style = node && getComputedStyle(node);
          return !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        };
        return {
          text: (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40),
          ring: ring(el) || ring(el.closest('label')),
          footer: !!el.closest('footer'),
        };
      });
      if (!info) continue;
      seen.push(info);
      if (info.footer && info.text === names.statement) break;
    }
    expect(seen.some((s) => s.footer), 'Tab reaches the footer').toBe(true);
    expect(seen.filter((s) => !s.ring), 'every focused element shows a focus ring').toEqual([]);
    // The statement opens by keyboard, with focus on its heading.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: names.statement })).toBeFocused();
  });
}
