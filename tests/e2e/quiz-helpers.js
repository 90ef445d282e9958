// Helpers that take the quiz as a visitor does: find the question on screen
// in the content by its prompt, answer it by mouse or by keyboard, go on.
// Shared by quiz.spec.js and lms.spec.js (which takes the quiz in an LMS
// frame: pass an object with the frame's getByRole and the page's mouse and keyboard).
import { expect } from './support.js';

export const LENS_LABELS = { official: 'Official line', speech: 'Khrushchev, 1956', historians: 'Historians today' };

/** The interface words a visitor looks for, in each language. */
export const WORDS = {
  en: {
    lenses: LENS_LABELS, yes: 'True', no: 'False', check: 'Check answer', start: 'Start the quiz',
    next: /^(Next question|See your results)$/, right: 'Right.', results: 'Your results', allRight: 'Every answer was right.',
    progress: (n, total) => `Question ${n} of ${total}`,
  },
  ru: {
    lenses: { official: 'Линия партии', speech: 'Хрущёв, 1956', historians: 'Историки сегодня' },
    yes: 'Верно', no: 'Неверно', check: 'Проверить ответ', start: 'Начать тест',
    next: /^(Следующий вопрос|Посмотреть результат)$/, right: 'Правильно.', results: 'Ваш результат', allRight: 'Все ответы правильные.',
    progress: (n, total) => `Вопрос ${n} из ${total}`,
  },
};

export async function content(page, lang = 'en') {
  const response = await page.request.get(`assets/exhibit/${lang}.json`);
  return response.json();
}

/** The question on screen, found in the content by its prompt. */
export async function current(page, exhibit) {
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
export async function tabTo(page, locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element by Tab');
}

export const choiceText = (q, id) => (q.choices ?? q.items).find((c) => c.id === id).text;

/**
 * Answers the question on screen by mouse; `right` says whether to get it
 * right (single choice, true/false and which voice can be got wrong).
 */
export async function answerByMouse(page, exhibit, right = true) {
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
      await main.getByRole('radio', { name: q.answer === right ? 'True' : 'False' }).check();
      break;
    case 'which_voice': {
      const lens = right ? q.answer : Object.keys(LENS_LABELS).find((l) => l !== q.answer);
      await main.getByRole('radio', { name: LENS_LABELS[lens] }).check();
      break;
    }
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
export async function answerByKeyboard(page, exhibit, words = WORDS.en) {
  const q = await current(page, exhibit);
  const main = page.getByRole('main');
  const select = async (locator) => {
    await tabTo(page, locator.first().locator('xpath=ancestor::*[@role="radiogroup"]//input').first());
    // Native radios: arrows move and select within the group.
    for (let i = 0; i < 8 && !(await locator.isChecked()); i++) await page.keyboard.press('ArrowDown');
  };
  switch (q.type) {
    case 'single_choice':
      await select(main.getByRole('radio', { name: choiceText(q, q.answer) }));
      break;
    case 'true_false':
      await select(main.getByRole('radio', { name: q.answer ? words.yes : words.no, exact: true }));
      break;
    case 'which_voice':
      await select(main.getByRole('radio', { name: words.lenses[q.answer] }));
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
  await tabTo(page, main.getByRole('button', { name: words.check }));
  await page.keyboard.press('Enter');
  return q;
}

export async function next(page, byKeyboard, words = WORDS.en) {
  const button = page.getByRole('main').getByRole('button', { name: words.next });
  if (byKeyboard) {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  } else {
    await button.click();
  }
}
