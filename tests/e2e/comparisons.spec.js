// Comparisons as a visitor uses them: dragging the slider, stepping through
// a many-state image, opening every hotspot by keyboard, and deep links.
import { test, expect, offeredModes, watchForErrors } from './support.js';

const commissar = './#/station/congress-of-victors/speech';
const comparison = (page, name) => page.getByRole('region', { name });

test('the slider follows a mouse drag and the link remembers where it stopped', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(commissar);
  const figure = comparison(page, 'The vanished commissar');
  const divider = figure.getByRole('slider');
  // It opens where the content sets it, just before the change.
  await expect(divider).toHaveAttribute('aria-valuenow', '72');
  const stage = figure.locator('.stage');
  await stage.scrollIntoViewIfNeeded();
  const box = await stage.boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await expect(divider).toHaveAttribute('aria-valuenow', '20');
  await expect(divider).toHaveAttribute('aria-valuetext', /^20% .+, 80% .+$/);
  await expect(figure.locator('.state-layer.top')).toHaveAttribute('style', /inset\(0 80% 0 0\)/);
  await expect(page).toHaveURL(/comparison=vanished-commissar/);
  await expect(page).toHaveURL(/at=20/);
  expect(errors).toEqual([]);
});

test('a change of language keeps where the slider was left, in the address and on screen', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(commissar);
  const divider = comparison(page, 'The vanished commissar').getByRole('slider');
  await divider.focus();
  await page.keyboard.press('Home');
  await expect(divider).toHaveAttribute('aria-valuenow', '0');
  await expect(page).toHaveURL(/at=0/);
  await page.getByRole('group', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/station\/congress-of-victors\/speech\/\?(.*&)?comparison=vanished-commissar&(.*&)?at=0/);
  await expect(page.getByRole('main').getByRole('slider').first()).toHaveAttribute('aria-valuenow', '0');
  expect(errors).toEqual([]);
});

test('the slider moves by keyboard: arrows, Shift+arrows, Page keys, Home and End', async ({ page }) => {
  await page.goto(commissar);
  const divider = comparison(page, 'The vanished commissar').getByRole('slider');
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', '73');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(divider).toHaveAttribute('aria-valuenow', '63');
  await page.keyboard.press('PageUp');
  await expect(divider).toHaveAttribute('aria-valuenow', '73');
  await page.keyboard.press('Home');
  await expect(divider).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('End');
  await expect(divider).toHaveAttribute('aria-valuenow', '100');
});

test('a vertical slider runs top to bottom', async ({ page }) => {
  await page.goto('./#/station/lenin-warning/speech');
  const divider = comparison(page, /Lenin/).getByRole('slider');
  await expect(divider).toHaveAttribute('aria-orientation', 'vertical');
  await divider.focus();
  await page.keyboard.press('ArrowDown');
  await expect(divider).toHaveAttribute('aria-valuenow', '33');
});

test('step through every state of a many-state comparison', async ({ page }) => {
  await page.goto('./#/station/making-the-cult/speech');
  const figure = comparison(page, /happy childhood/);
  await figure.getByRole('button', { name: 'Step by step' }).click();
  await expect(figure.getByText('Step 1 of 3')).toBeVisible();
  await figure.getByRole('button', { name: 'Later', exact: true }).click();
  await expect(figure.getByText('Step 2 of 3')).toBeVisible();
  await figure.getByRole('button', { name: 'Later', exact: true }).click();
  await expect(figure.getByText('Step 3 of 3')).toBeVisible();
  await expect(figure.getByRole('button', { name: 'Later', exact: true })).toBeDisabled();
  await figure.getByRole('slider').focus();
  await page.keyboard.press('Home');
  await expect(figure.getByText('Step 1 of 3')).toBeVisible();
  await expect(page).toHaveURL(/mode=steps/);
});

test('side by side shows every state with its caption', async ({ page }) => {
  await page.goto(commissar);
  const figure = comparison(page, 'The vanished commissar');
  await figure.getByRole('button', { name: 'Side by side' }).click();
  await expect(figure.getByRole('img')).toHaveCount(2);
  await expect(figure.getByRole('slider')).toHaveCount(0);
});

test('every hotspot opens by keyboard, and the list says the same in words', async ({ page }) => {
  await page.goto(commissar);
  const figure = comparison(page, 'The vanished commissar');
  await figure.getByRole('button', { name: 'Side by side' }).click();
  // Marks show once the pictures have loaded, never over an empty frame.
  await expect(figure).toHaveClass(/\bloaded\b/);
  const markers = figure.locator('button.hotspot');
  const count = await markers.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(figure.getByRole('listitem')).toHaveCount(count);
  for (let i = 0; i < count; i++) {
    const marker = markers.nth(i);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    const name = (await marker.getAttribute('aria-label')).replace(/^\d+\. /, '');
    await expect(figure.getByRole('region', { name })).toBeVisible();
  }
  // Tab order follows the numbering.
  await markers.first().focus();
  await page.keyboard.press('Tab');
  await expect(markers.nth(1)).toBeFocused();
});

test('a deep link opens a comparison at a given step', async ({ page }) => {
  await page.goto('./#/station/making-the-cult/historians?comparison=happy-childhood&mode=steps&step=the-record');
  const figure = comparison(page, /happy childhood/);
  await expect(figure.getByRole('button', { name: 'Step by step' })).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.getByText('Step 2 of 3')).toBeVisible();
  await expect(figure).toBeInViewport();
});

test('a deep link restores the slider position, and a bad one falls back', async ({ page }) => {
  await page.goto(`${commissar}?comparison=vanished-commissar&mode=slider&at=62`);
  await expect(comparison(page, 'The vanished commissar').getByRole('slider')).toHaveAttribute('aria-valuenow', '62');
  await page.goto(`${commissar}?comparison=vanished-commissar&mode=nope&at=900`);
  await expect(comparison(page, 'The vanished commissar').getByRole('slider')).toHaveAttribute('aria-valuenow', '72');
});

/**
 * Opens a comparison in a mode by its address and waits until that view is
 * drawn and its pictures have loaded (marks show only then).
 */
async function openComparison(page, exhibit, comparison, mode, { at = null, step = null } = {}) {
  const station = exhibit.stations.find((s) => s.comparisons?.includes(comparison.id)).id;
  await page.goto(`./#/station/${station}/speech?comparison=${comparison.id}&mode=${mode}${at === null ? '' : `&at=${at}`}${step ? `&step=${step}` : ''}`);
  const figure = page.locator('section.comparison', { has: page.getByRole('heading', { name: comparison.title, exact: true }) });
  if (mode === 'slider') {
    await expect(figure.getByRole('slider')).toHaveAttribute('aria-valuenow', String(at ?? comparison.divider ?? 50));
  } else if (mode === 'steps') {
    const n = comparison.states.findIndex((s) => s.id === step) + 1;
    await expect(figure.locator('.step-count')).toHaveText(new RegExp(`^Step ${n || 1} of `));
  } else {
    await expect(figure.locator('.side-by-side')).toBeAttached();
  }
  await figure.locator('.stage').first().scrollIntoViewIfNeeded();
  await expect(figure).toHaveClass(/\bloaded\b/);
  return figure;
}

// The words of a picture are the content's, set by the page in its language;
// a marker never sits on them where they can be seen.

/** Boxes of the visible markers and of the visible part of every label in each stage. */
async function overlaps(page) {
  return page.evaluate(() => {
    const found = [];
    const cut = (a, b) => ({
      left: Math.max(a.left, b.left), right: Math.min(a.right, b.right),
      top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom),
    });
    const empty = (r) => r.right <= r.left || r.bottom <= r.top;
    for (const stage of document.querySelectorAll('.stage')) {
      const s = stage.getBoundingClientRect();
      const divider = stage.querySelector('.divider-handle');
      const at = divider ? Number(divider.getAttribute('aria-valuenow')) / 100 : null;
      const vertical = stage.classList.contains('vertical');
      for (const label of stage.querySelectorAll('.image-label')) {
        let box = label.getBoundingClientRect();
        if (at !== null) {
          // On the slider the top picture shows before the divider, the other after it.
          const top = label.closest('.state-layer').classList.contains('top');
          const split = vertical ? s.top + s.height * at : s.left + s.width * at;
          const region = vertical
            ? (top ? { left: s.left, right: s.right, top: s.top, bottom: split } : { left: s.left, right: s.right, top: split, bottom: s.bottom })
            : (top ? { left: s.left, right: split, top: s.top, bottom: s.bottom } : { left: split, right: s.right, top: s.top, bottom: s.bottom });
          box = cut(box, region);
          if (empty(box)) continue;
        }
        if (getComputedStyle(label).display === 'none') continue;
        // What is drawn of a marker: its disc and the dot its leader points at.
        for (const mark of stage.querySelectorAll('.hotspot-disc, .leader-point')) {
          if (!empty(cut(box, mark.getBoundingClientRect()))) {
            found.push(`marker ${mark.closest('.hotspot')?.getAttribute('aria-label') ?? 'leader point'} covers “${label.textContent}”`);
          }
        }
        // Legible: 14 px at least, whole on its picture, clear of other words.
        const size = parseFloat(getComputedStyle(label).fontSize);
        if (size < 14) found.push(`“${label.textContent}” is ${size.toFixed(1)} px`);
        const whole = label.getBoundingClientRect();
        if (whole.left < s.left - 1 || whole.right > s.right + 1 || whole.top < s.top - 1 || whole.bottom > s.bottom + 1) {
          found.push(`“${label.textContent}” runs off its picture`);
        }
        for (const other of label.parentElement.querySelectorAll('.image-label')) {
          if (other === label || getComputedStyle(other).display === 'none') continue;
          if (label.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_PRECEDING) continue;
          const o = other.getBoundingClientRect();
          const inner = { left: o.left + 1, right: o.right - 1, top: o.top + 1, bottom: o.bottom - 1 };
          if (!empty(cut(whole, inner))) found.push(`“${label.textContent}” overlaps “${other.textContent}”`);
        }
      }
    }
    return found;
  });
}

for (const width of [390, 1280]) {
  test(`a picture's words are legible and no marker covers them, in every mode, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const exhibit = await (await page.request.get('./assets/exhibit/en.json')).json();
    for (const comparison of exhibit.comparisons) {
      const modes = offeredModes(comparison);
      for (const mode of modes) {
        const steps = mode === 'steps' ? comparison.states.map((s) => s.id) : [null];
        for (const step of steps) {
          const figure = await openComparison(page, exhibit, comparison, mode, { step });
          const words = comparison.states.flatMap((s) => s.labels ?? []);
          expect(words.length, `${comparison.id} has words to draw`).toBeGreaterThan(0);
          await expect(figure.locator('.image-label').first()).toBeAttached();
          expect(await overlaps(page), `${comparison.id} ${mode} ${step ?? ''}`).toEqual([]);
        }
      }
    }
  });
}

test('the pictures speak the page’s language, and no words are left in the image files', async ({ page }) => {
  const ru = await (await page.request.get('./assets/exhibit/ru.json')).json();
  await page.goto('./?lang=ru#/station/congress-of-victors/speech');
  const figure = page.locator('section.comparison').first();
  const names = ru.comparisons.find((c) => c.id === 'vanished-commissar').states[0].labels.map((l) => l.text);
  expect(names).toContain('Ежов');
  await expect(figure.locator('.image-label', { hasText: 'Ворошилов' }).first()).toBeVisible();
  await expect(figure.locator('.image-label', { hasText: 'Voroshilov' })).toHaveCount(0);
  for (const comparison of ru.comparisons) {
    for (const state of comparison.states) {
      const svg = await (await page.request.get(`./assets/${state.image}`)).text();
      expect(svg, state.image).not.toMatch(/<text|<title/);
    }
  }
});

test('a mark has one number in every mode, and only marks of pictures on screen are drawn', async ({ page }) => {
  const exhibit = await (await page.request.get('./assets/exhibit/en.json')).json();
  for (const comparison of exhibit.comparisons) {
    const modes = offeredModes(comparison);
    const numbers = new Map();
    for (const mode of modes) {
      const steps = mode === 'steps' ? comparison.states.map((s) => s.id) : [null];
      for (const step of steps) {
        // The divider at each end in turn, so every mark of the slider's two pictures shows once.
        for (const at of mode === 'slider' ? [0, 100] : [50]) {
          const figure = await openComparison(page, exhibit, comparison, mode, { at: mode === 'slider' ? at : null, step });
          const shown = await figure.locator('button.hotspot').evaluateAll((markers) =>
            markers.map((m) => ({ name: m.getAttribute('aria-label'), images: [...m.closest('.stage').querySelectorAll('img')].map((i) => i.getAttribute('src')) })));
          for (const { name, images } of shown) {
            const [, number, label] = name.match(/^(\d+)\. (.*)$/);
            const hotspot = comparison.hotspots.find((h) => h.label === label);
            const state = comparison.states.find((s) => s.id === hotspot.state);
            // Drawn only over the picture it belongs to, and that picture is on screen.
            expect(images, `${comparison.id} ${mode} ${step ?? at}: ${label}`).toContain(`assets/${state.image}`);
            if (mode === 'slider') {
              expect([comparison.states[0].id, comparison.states.at(-1).id], `${label} on the slider`).toContain(state.id);
            }
            if (numbers.has(label)) expect(number, `${label} in ${mode}`).toBe(numbers.get(label));
            numbers.set(label, number);
          }
        }
      }
    }
    // Every mark was seen, and the numbers run 1..n.
    expect([...numbers.values()].map(Number).sort((a, b) => a - b), comparison.id)
      .toEqual(comparison.hotspots.map((_, i) => i + 1));
  }
});

test('the slider shows only its two pictures’ marks: the happy-childhood record’s marks are not on it', async ({ page }) => {
  await page.goto('./#/station/making-the-cult/speech?comparison=happy-childhood&mode=slider&at=50');
  const figure = comparison(page, /happy childhood/);
  await expect(figure).toHaveClass(/\bloaded\b/);
  await expect(figure.getByRole('button', { name: /Her father|Her mother/ })).toHaveCount(0);
  // …and the list under it names only what is on screen, with the same numbers.
  await expect(figure.locator('.hotspot-list li')).toHaveCount(2);
  await expect(figure.locator('.hotspot-list li').last()).toHaveAttribute('value', '4');
});

test('each comparison opens in its own first mode, with the divider where its content sets it', async ({ page }) => {
  const exhibit = await (await page.request.get('./assets/exhibit/en.json')).json();
  const joyous = exhibit.comparisons.find((c) => c.id === 'more-joyous');
  expect(joyous.modes).toEqual(['side-by-side']);
  await page.goto('./#/station/famine/speech');
  const pair = comparison(page, joyous.title);
  await expect(pair.getByRole('slider')).toHaveCount(0);
  await expect(pair.getByRole('group', { name: /How to compare/ })).toHaveCount(0);
  const canal = exhibit.comparisons.find((c) => c.id === 'vanished-commissar');
  await page.goto(commissar);
  await expect(comparison(page, canal.title).getByRole('slider')).toHaveAttribute('aria-valuenow', String(canal.divider));
  await page.goto('./#/station/making-the-cult/speech');
  await expect(comparison(page, /happy childhood/).getByRole('button', { name: 'Step by step' })).toHaveAttribute('aria-pressed', 'true');
});

test('with motion allowed the divider sweeps once; with reduced motion it stays still', async ({ page }) => {
  await page.goto(commissar);
  const divider = comparison(page, 'The vanished commissar').locator('.divider');
  expect(await divider.evaluate((d) => d.getAnimations().length)).toBe(1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(comparison(page, 'The vanished commissar').locator('.divider')).toBeAttached();
  expect(await comparison(page, 'The vanished commissar').locator('.divider').evaluate((d) => d.getAnimations().length)).toBe(0);
});
