// The quiz as visitors take it: by keyboard only and by mouse only, following
// feedback to the evidence and back, resuming after a reload, retrying, and
// reaching the results with the score a scripted set of answers earns.
import { test, expect } from '@playwright/test';
import { watchForErrors } from './support.js';

const LENS_LABELS = { official: 'Official line', speech: 'Khrushchev, 1956', historians: 'Historians today' };

async function content(page) {
  const response = await page.request.get('assets/exhibit/en.json');
  return response.json();
}

/** The question on screen, found in the content by its prompt. */
async function current(page, exhibit) {
  const prompt = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
  let found = exhibit.quiz.questions.filter((q) => q.prompt === prompt);
  if (found.length > 1) {
    // "Whose voice is this?" is asked of several claims: the claim tells them apart.
    const claim = (await page.getByRole('main').getByRole('blockquote').textContent()).trim();
    found = found.filter((q) => q.claim === claim);
  }
  expect(found, `no single question with prompt ${prompt}`).toHaveLength(1);
  return found[0];
}

/** Presses Tab until `locator` has focus, as a keyboard user would. */
async function tabTo(page, locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element by Tab');
}

const choiceText = (q, id) => (q.choices ?? q.items).find((c) => c.id === id).text;

/** Answers the question on screen by mouse; `right` says whether to get it right. */
async function answerByMouse(page, exhibit, right = true) {
  const q = await current(page, exhibit);
  const main = page.getByRole('main');
  switch (q.type) {
    case 'single_choice': {
      const id = right ? q.answer : q.choices.find((c) => c.id !== q.answer).id;
      await main.getByRole('radio', { name: choiceText(q, id) }).check();
      break;
    }
    case 'multiple_choice':
      for (const id of q.answers) await main.getByRole('checkbox', { name: choiceText(q, id), exact: true }).check();
      break;
    case 'true_false':
      await main.getByRole('radio', { name: q.answer ? 'True' : 'False' }).check();
      break;
    case 'which_voice':
      await main.getByRole('radio', { name: LENS_LABELS[q.answer] }).check();
      break;
    case 'spot_the_change': {
      const comparison = exhibit.comparisons.find((c) => c.id === q.comparison);
      const label = comparison.hotspots.find((h) => h.id === q.answer).label;
      await main.getByRole('button', { name: new RegExp(`^\\d+\\. ${label}$`) }).click();
      break;
    }
    case 'ordering':
      // Drag each item, from the first, into its place.
      for (const [target, item] of q.items.entries()) {
        const handles = main.locator('.ordering-handle');
        const from = main.getByRole('button', { name: item.text });
        const to = handles.nth(target);
        const a = await from.boundingBox();
        const b = await to.boundingBox();
        await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
        await page.mouse.down();
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + (target === 0 ? -b.height / 4 : b.height / 4), { steps: 4 });
        await page.mouse.up();
      }
      break;
  }
  await main.getByRole('button', { name: 'Check answer' }).click();
  return q;
}

/** Answers the question on screen with the keyboard alone. */
async function answerByKeyboard(page, exhibit) {
  const q = await current(page, exhibit);
  const main = page.getByRole('main');
  const select = async (locator) => {
    await tabTo(page, locator.first().locator('xpath=ancestor::ul//input').first());
    // Native radios: arrows move and select within the group.
    for (let i = 0; i < 8 && !(await locator.isChecked()); i++) await page.keyboard.press('ArrowDown');
  };
  switch (q.type) {
    case 'single_choice':
      await select(main.getByRole('radio', { name: choiceText(q, q.answer) }));
      break;
    case 'true_false':
      await select(main.getByRole('radio', { name: q.answer ? 'True' : 'False' }));
      break;
    case 'which_voice':
      await select(main.getByRole('radio', { name: LENS_LABELS[q.answer] }));
      break;
    case 'multiple_choice':
      for (const id of q.answers) {
        await tabTo(page, main.getByRole('checkbox', { name: choiceText(q, id), exact: true }));
        await page.keyboard.press('Space');
      }
      break;
    case 'spot_the_change': {
      const comparison = exhibit.comparisons.find((c) => c.id === q.comparison);
      const label = comparison.hotspots.find((h) => h.id === q.answer).label;
      await tabTo(page, main.getByRole('button', { name: new RegExp(`^\\d+\\. ${label}$`) }));
      await page.keyboard.press('Enter');
      break;
    }
    case 'ordering':
      for (const [target, item] of q.items.entries()) {
        const handle = main.getByRole('button', { name: item.text });
        await tabTo(page, handle);
        await page.keyboard.press('Space');
        const texts = await main.locator('.ordering-handle').allTextContents();
        const at = texts.findIndex((t) => t.includes(item.text));
        for (let i = at; i > target; i--) await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Space');
      }
      break;
  }
  await tabTo(page, main.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  return q;
}

async function next(page, byKeyboard) {
  const button = page.getByRole('main').getByRole('button', { name: /^(Next question|See your results)$/ });
  if (byKeyboard) {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  } else {
    await button.click();
  }
}

// Eighteen questions, answered step by step as a person would: allow time.
test.describe.configure({ timeout: 120_000 });

test('the whole quiz by mouse, with a scripted score', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./#/quiz');
  const exhibit = await content(page);
  const total = exhibit.quiz.questions.length;
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  let wrong = 0;
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    // Get every single-choice question wrong, the rest right.
    const q = await answerByMouse(page, exhibit, (await current(page, exhibit)).type !== 'single_choice');
    const feedback = page.getByRole('status').filter({ hasText: /Right\.|Not quite\.|Partly right/ });
    if (q.type === 'single_choice') {
      wrong += 1;
      await expect(feedback).toContainText('Not quite.');
    } else {
      await expect(feedback).toContainText('Right.');
    }
    await next(page, false);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  const percent = Math.round(((total - wrong) / total) * 100);
  await expect(page.getByText(`${percent}%`, { exact: true })).toBeVisible();
  await expect(page.getByText(percent >= exhibit.quiz.pass_mark ? /You passed/ : /Not yet/)).toBeVisible();
  await expect(page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Question \d+:/ }) }).getByRole('listitem')).toHaveCount(wrong);
  expect(errors).toEqual([]);
});

test('the whole quiz by keyboard only', async ({ page }) => {
  await page.goto('./#/quiz');
  const exhibit = await content(page);
  const total = exhibit.quiz.questions.length;
  await tabTo(page, page.getByRole('button', { name: 'Start the quiz' }));
  await page.keyboard.press('Enter');
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await answerByKeyboard(page, exhibit);
    await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
    await next(page, true);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeFocused();
  await expect(page.getByText('100%', { exact: true })).toBeVisible();
  await expect(page.getByText('Every answer was right.')).toBeVisible();
});

test('a feedback link leads to the evidence and back to the same question', async ({ page }) => {
  await page.goto('./#/quiz');
  const exhibit = await content(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerByMouse(page, exhibit);
  const prompt = await page.getByRole('heading', { level: 1 }).textContent();
  const link = page.getByRole('link', { name: /^See the evidence: / });
  const station = (await link.textContent()).replace('See the evidence: ', '');
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: station })).toBeVisible();
  await page.getByRole('link', { name: '← Back to your quiz question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Right\./ })).toBeVisible();
  // The browser's own back button returns there too.
  await page.getByRole('link', { name: /^See the evidence: / }).click();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
});

test('an attempt survives a reload and starting over is explicit', async ({ page }) => {
  await page.goto('./#/quiz');
  const exhibit = await content(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerByMouse(page, exhibit);
  await next(page, false);
  await answerByMouse(page, exhibit);
  const prompt = await page.getByRole('heading', { level: 1 }).textContent();
  await page.reload();
  await expect(page.getByText(`Question 2 of ${exhibit.quiz.questions.length}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('retry asks in a new order, and a corrupt saved attempt starts afresh', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('secret-speech:attempt', '{"v":1,"n":18,"broken');
    }
  });
  await page.goto('./#/quiz');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  const exhibit = await content(page);
  const total = exhibit.quiz.questions.length;
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const first = [];
  for (let i = 0; i < total; i++) {
    first.push(await page.getByRole('heading', { level: 1 }).textContent());
    await answerByMouse(page, exhibit);
    await next(page, false);
  }
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
  const second = [];
  for (let i = 0; i < 4; i++) {
    second.push(await page.getByRole('heading', { level: 1 }).textContent());
    await answerByMouse(page, exhibit);
    await next(page, false);
  }
  expect(second).not.toEqual(first.slice(0, 4));
});
