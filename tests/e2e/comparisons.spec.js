// Comparisons as a visitor uses them: dragging the slider, stepping through
// a many-state image, opening every hotspot by keyboard, and deep links.
import { test, expect } from '@playwright/test';
import { watchForErrors } from './support.js';

const commissar = './#/station/congress-of-victors/speech';
const comparison = (page, name) => page.getByRole('region', { name });

test('the slider follows a mouse drag and the link remembers where it stopped', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(commissar);
  const figure = comparison(page, 'The vanished commissar');
  const divider = figure.getByRole('slider');
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
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
  await expect(figure.locator('img.top')).toHaveAttribute('style', /inset\(0 80% 0 0\)/);
  await expect(page).toHaveURL(/comparison=vanished-commissar/);
  await expect(page).toHaveURL(/at=20/);
  expect(errors).toEqual([]);
});

test('the slider moves by keyboard: arrows, Shift+arrows, Page keys, Home and End', async ({ page }) => {
  await page.goto(commissar);
  const divider = comparison(page, 'The vanished commissar').getByRole('slider');
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', '51');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(divider).toHaveAttribute('aria-valuenow', '41');
  await page.keyboard.press('PageUp');
  await expect(divider).toHaveAttribute('aria-valuenow', '51');
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
  await expect(divider).toHaveAttribute('aria-valuenow', '49');
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
  await expect(comparison(page, 'The vanished commissar').getByRole('slider')).toHaveAttribute('aria-valuenow', '50');
});
