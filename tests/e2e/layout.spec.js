// Reading and touching on a phone and a desktop: where the idea sits on a
// station's first screen, target sizes, type sizes, the one-line phone
// header, and words that must never reach a page raw.
import { test, expect, expectExhibitShown, openView } from './support.js';
import { answerByMouse, next } from './quiz-helpers.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function exhibitIn(page, lang) {
  return (await page.request.get(`./assets/exhibit/${lang}.json`)).json();
}

/** Every route of the exhibit, each station in each of its views. */
function routes(exhibit) {
  return [
    '',
    ...exhibit.stations.flatMap((s) => ['official', 'speech', 'historians', 'compare'].map((v) => `station/${s.id}/${v}`)),
    'timeline',
    'glossary',
    'quiz',
    'quiz/worksheet',
    'quiz/answers',
    'handout',
    'accessibility',
  ];
}

async function open(page, lang, route) {
  const [path, query] = route.split('?');
  await openView(page, `${lang === 'en' ? '' : `${lang}/`}${path ? `${path}/` : ''}${query ? `?${query}` : ''}`);
}

for (const lang of ['en', 'ru']) {
  test(`the choice of account is on a phone's first screen of every station, in ${lang}`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    const exhibit = await exhibitIn(page, lang);
    for (const station of exhibit.stations) {
      await open(page, lang, `station/${station.id}/speech`);
      const control = page.locator('.lens-options');
      const box = await control.boundingBox();
      expect(box.y + box.height, `${station.id}: the lens control ends ${Math.round(box.y + box.height)} px down`).toBeLessThanOrEqual(PHONE.height);
      // Each account's name fits its segment, in either language.
      const spilled = await control.locator('.lens-option').evaluateAll((all) =>
        all.filter((o) => o.scrollWidth > o.clientWidth + 1).map((o) => o.textContent));
      expect(spilled, 'names wider than their segment').toEqual([]);
      // …and it stays reachable while reading: it is still on screen far down the page.
      await page.locator('section.context').scrollIntoViewIfNeeded();
      await expect(control).toBeInViewport();
      // Previous and next are at hand without scrolling to the end.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.getByRole('navigation', { name: lang === 'en' ? 'Stations' : 'Залы' })).toBeInViewport();
    }
  });

  test(`no raw [[term]] markup reaches any page, in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    const exhibit = await exhibitIn(page, lang);
    for (const route of routes(exhibit)) {
      await open(page, lang, route);
      // Folded text too: open every expander first.
      await page.locator('details').evaluateAll((all) => all.forEach((d) => (d.open = true)));
      const text = await page.locator('body').innerText();
      expect(text.includes('[['), `#/${route} shows [[`).toBe(false);
      expect(text.includes(']]'), `#/${route} shows ]]`).toBe(false);
    }
  });
}

/**
 * Controls smaller than 44 × 44 px. A link or button inside a sentence is
 * exempt, as WCAG 2.5.5 exempts inline targets: its size is set by the line
 * of text around it. A radio or checkbox is measured by its label.
 */
async function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    const inSentence = (el) => {
      const style = getComputedStyle(el);
      if (!style.display.startsWith('inline') || style.display === 'inline-flex' || style.display === 'inline-grid') return false;
      const parent = el.parentElement;
      return [...parent.childNodes].some((n) => n !== el && n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    };
    for (const el of document.querySelectorAll('a[href], button, summary, input, select, [role=slider], [tabindex="0"]')) {
      const target = el.matches('input[type=radio], input[type=checkbox]') ? (el.closest('label') ?? el) : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      const style = getComputedStyle(target);
      if (style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden')) continue;
      if (el.classList.contains('skip-link') && box.bottom <= 0) continue; // shown on focus only
      if (inSentence(el) || (el.closest('.term-wrap') && inSentence(el.closest('.term-wrap')))) continue;
      if (box.width < 43.5 || box.height < 43.5) {
        small.push(`${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`every control and link is at least 44 px at ${viewport.width} px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const exhibit = await exhibitIn(page, 'en');
    const found = [];
    for (const route of routes(exhibit)) {
      await open(page, 'en', route);
      if (viewport.width < 600) await page.getByRole('button', { name: 'Menu' }).click();
      for (const comparison of await page.locator('section.comparison').all()) {
        await comparison.locator('.stage').first().scrollIntoViewIfNeeded();
        await expect(comparison).toHaveClass(/\bloaded\b/);
      }
      for (const small of await smallTargets(page)) found.push(`#/${route}: ${small}`);
    }
    // Every question, before and after its answer is checked, and the results.
    await open(page, 'en', 'quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (let i = 0; i < exhibit.quiz.questions.length; i++) {
      for (const small of await smallTargets(page)) found.push(`question ${i + 1}: ${small}`);
      await answerByMouse(page, exhibit);
      for (const small of await smallTargets(page)) found.push(`question ${i + 1}, checked: ${small}`);
      if (i + 1 < exhibit.quiz.questions.length) await next(page, false);
    }
    expect([...new Set(found)]).toEqual([]);
  });
}

test('body text is 18–19 px in lines of about 65–75 characters, and captions at least 15 px on a phone', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page, 'en', 'station/congress-of-victors/speech');
  const body = page.locator('section.context > p:not([class])').first();
  const size = await body.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
  expect(size).toBeLessThanOrEqual(19);
  // Characters on the first line of the context's longest paragraph.
  const perLine = await page.locator('section.context > p:not([class])').evaluateAll((all) => {
    const p = all.reduce((a, b) => (b.textContent.length > a.textContent.length ? b : a));
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let top = null;
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.height === 0) { count++; continue; }
        if (top === null) top = rect.top;
        if (rect.top > top + rect.height / 2) return count;
        count++;
      }
    }
    return count;
  });
  expect(perLine, 'characters a line').toBeGreaterThanOrEqual(62);
  expect(perLine, 'characters a line').toBeLessThanOrEqual(78);
  await page.setViewportSize(PHONE);
  for (const route of ['station/congress-of-victors/speech', 'station/making-the-cult/historians']) {
    await open(page, 'en', route);
    const sizes = await page.locator('figcaption, .claim-sources, .paragraph-sources, .entry-sources, .comparison-credits, .claim-era')
      .evaluateAll((all) => all.map((el) => [el.className || el.tagName, parseFloat(getComputedStyle(el).fontSize)]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter(([, px]) => px < 15)).toEqual([]);
  }
});

test('on a phone the header is one line with a menu that opens the navigation and the languages', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'en', '');
  const header = page.getByRole('banner');
  const menu = header.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const box = await header.boundingBox();
  expect(box.height, 'one line of header').toBeLessThanOrEqual(60);
  await expect(header.getByRole('navigation', { name: 'Exhibit' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await header.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  // Following a link closes the menu.
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(header.getByRole('group', { name: 'Language' }).getByRole('link', { name: 'Русский' })).toBeVisible();
  // On a desktop there is no menu: the links are in view.
  await page.setViewportSize(DESKTOP);
  await expect(menu).toBeHidden();
  await expect(header.getByRole('navigation', { name: 'Exhibit' })).toBeVisible();
});

test('a newcomer sees what the walk is, with a picture on each station that has one', async ({ page }) => {
  await open(page, 'en', '');
  const exhibit = await exhibitIn(page, 'en');
  await expect(page.getByText(new RegExp(`^${exhibit.stations.length} stations · about \\d+ minutes$`))).toBeVisible();
  await expect(page.getByText(/stations visited/)).toHaveCount(0);
  const withPicture = exhibit.stations.filter((s) => s.comparisons?.length).length;
  await expect(page.locator('.station-card img')).toHaveCount(withPicture);
});

test('the footer names each credit once', async ({ page }) => {
  for (const lang of ['en', 'ru']) {
    await open(page, lang, '');
    const lines = await page.locator('.footer-credits li').allTextContents();
    const labels = lines.map((l) => l.split(':')[0]).filter((l, i) => lines[i].includes(':'));
    expect(labels.length, lang).toBeGreaterThan(0);
    expect(new Set(labels).size, `${lang}: ${labels.join(' | ')}`).toBe(labels.length);
  }
});

test('a caption does not repeat its picture’s label', async ({ page }) => {
  const exhibit = await exhibitIn(page, 'en');
  for (const comparison of exhibit.comparisons) {
    const station = exhibit.stations.find((s) => s.comparisons?.includes(comparison.id)).id;
    await open(page, 'en', `station/${station}/speech?comparison=${comparison.id}&mode=side-by-side`);
    for (const caption of await page.locator('section.comparison figcaption strong').allTextContents()) {
      expect(caption, 'a label with its date in brackets again').not.toMatch(/\(.*\):\s*$/);
    }
  }
});
