// The quiz as visitors take it: by keyboard only and by mouse only, following
// feedback to the evidence and back, resuming after a reload, retrying, and
// reaching the results with the score a scripted set of answers earns.
import { test, expect, watchForErrors } from './support.js';
import { WORDS, answerByKeyboard, answerByMouse, content, current, next, tabTo } from './quiz-helpers.js';

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

for (const lang of ['en', 'ru']) {
  test(`the whole quiz by keyboard only, in ${lang}`, async ({ page }) => {
    const words = WORDS[lang];
    await page.goto(`./?lang=${lang}#/quiz`);
    const exhibit = await content(page, lang);
    const total = exhibit.quiz.questions.length;
    await tabTo(page, page.getByRole('button', { name: words.start }));
    await page.keyboard.press('Enter');
    for (let i = 0; i < total; i++) {
      await expect(page.getByRole('main').locator('.quiz-progress')).toHaveText(words.progress(i + 1, total));
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await answerByKeyboard(page, exhibit, words);
      await expect(page.getByRole('status').filter({ hasText: words.right })).toBeVisible();
      await next(page, true, words);
    }
    await expect(page.getByRole('heading', { level: 1, name: words.results })).toBeFocused();
    await expect(page.getByText('100%', { exact: true })).toBeVisible();
    await expect(page.getByText(words.allRight)).toBeVisible();
  });
}

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
