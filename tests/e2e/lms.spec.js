// The exhibit as a SCORM package in an LMS. Each package (SCORM 1.2 and
// 2004) is built from the release build by tools/package.py, unzipped, and
// launched in a frame of a test LMS page that runs scorm-again's runtime, as
// an LMS player would. The quiz is taken inside the frame; what the LMS holds
// (status, score, answers, suspend_data) is read back from the runtime; a
// relaunch resumes the attempt from suspend_data. An LMS whose API throws or
// refuses leaves the exhibit working, with a quiet notice.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { distDir } from './deploy.js';
import { serveHosts } from './hosts/server.js';
import { answerByMouse, current, next } from './quiz-helpers.js';
import { watchForErrors } from './support.js';

const tests = fileURLToPath(new URL('..', import.meta.url));
const repository = resolve(tests, '..');

let folder;
let host;
let exhibit;

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1280, height: 1000 } });

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name === 'sub-path', 'serves its own host');
  folder = await mkdtemp(join(tmpdir(), 'secret-speech-lms-'));
  execFileSync('python3', [join(repository, 'tools/package.py'), distDir(), folder], { stdio: 'pipe' });
  for (const version of ['12', '2004']) {
    const zip = join(folder, `secret-speech-scorm${version}.zip`);
    execFileSync('python3', ['-m', 'zipfile', '-e', zip, join(folder, `pkg${version}`)], { stdio: 'pipe' });
  }
  exhibit = JSON.parse(await readFile(join(distDir(), 'assets/exhibit/en.json'), 'utf8'));
  host = await serveHosts({
    '/hosts/': join(tests, 'e2e/hosts'),
    '/scorm-again/': join(tests, 'node_modules/scorm-again/dist'),
    '/pkg12/': join(folder, 'pkg12'),
    '/pkg2004/': join(folder, 'pkg2004'),
  });
});

test.afterAll(async () => {
  await host?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/**
 * The exhibit in the LMS frame, shaped like a page for the quiz helpers:
 * locators from the frame, mouse and keyboard from the page.
 */
function inFrame(page) {
  const frame = page.frameLocator('iframe');
  return {
    frame,
    getByRole: (...args) => frame.getByRole(...args),
    getByText: (...args) => frame.getByText(...args),
    mouse: page.mouse,
    keyboard: page.keyboard,
  };
}

/** What the test LMS holds, as plain data (write-only elements included). */
function lmsData(page) {
  return page.evaluate(() => {
    const api = window.lmsVersion === '2004' ? window.API_1484_11 : window.API;
    return JSON.parse(JSON.stringify(api.cmi));
  });
}

/** Follows the header's link to the quiz, as a learner would after launch. */
async function openQuiz(exhibitPage) {
  await exhibitPage.frame.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Quiz' }).click();
}

async function startQuiz(exhibitPage) {
  await openQuiz(exhibitPage);
  await expect(exhibitPage.getByRole('heading', { level: 1, name: exhibit.quiz.title })).toBeVisible();
  await exhibitPage.getByRole('button', { name: 'Start the quiz' }).click();
}

/** Answers the question on screen and goes on; returns the question and whether it was answered rightly. */
async function answerAndGoOn(exhibitPage, wrongTypes) {
  const q = await current(exhibitPage, exhibit);
  const right = !wrongTypes.includes(q.type);
  await answerByMouse(exhibitPage, exhibit, right);
  await expect(exhibitPage.getByRole('status').filter({ hasText: /Right\.|Not quite\./ })).toBeVisible();
  await next(exhibitPage, false);
  return { q, right };
}

const RUNS = [
  // 1.2 gets the three single-choice questions wrong: 15 of 18, 83%, passed.
  { version: '12', wrongTypes: ['single_choice'], percent: 83, verdict: 'passed' },
  // 2004 also gets true/false and which-voice wrong: 8 of 18, 44%, failed.
  { version: '2004', wrongTypes: ['single_choice', 'true_false', 'which_voice'], percent: 44, verdict: 'failed' },
];

for (const { version, wrongTypes, percent, verdict } of RUNS) {
  test(`SCORM ${version}: the LMS gets status, score and every answer, and a relaunch resumes the attempt`, async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(`${host.url}/hosts/lms.html?version=${version}`);
    const exhibitPage = inFrame(page);
    await startQuiz(exhibitPage);
    const total = exhibit.quiz.questions.length;
    const answered = [];
    for (let i = 0; i < 3; i++) answered.push(await answerAndGoOn(exhibitPage, wrongTypes));

    // Part way: incomplete, no score yet, the attempt in suspend_data.
    let cmi = await lmsData(page);
    const status = version === '12' ? cmi.core.lesson_status : cmi.completion_status;
    expect(status).toBe('incomplete');
    const stored = JSON.parse(cmi.suspend_data);
    expect(stored.p).toBe(3);
    expect(stored.a.filter((a) => a !== null)).toHaveLength(3);
    expect(Object.keys(cmi.interactions)).toHaveLength(3);
    if (version === '12') {
      expect(cmi.core.score.raw).toBe('');
      expect(cmi.core.exit).toBe('suspend');
    } else {
      expect(cmi.success_status).toBe('unknown');
      expect(cmi.progress_measure).toBe('0.16');
      expect(cmi.score.scaled).toBe('');
      expect(cmi.exit).toBe('suspend');
    }
    const prompt = (await exhibitPage.getByRole('heading', { level: 1 }).textContent()).trim();

    // A relaunch: the LMS hands back what was committed; the quiz is where it was.
    await page.reload();
    await openQuiz(exhibitPage);
    await expect(exhibitPage.getByText(`Question 4 of ${total}`)).toBeVisible();
    await expect(exhibitPage.getByRole('heading', { level: 1, name: prompt })).toBeVisible();

    for (let i = 3; i < total; i++) answered.push(await answerAndGoOn(exhibitPage, wrongTypes));
    await expect(exhibitPage.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    await expect(exhibitPage.getByText(`${percent}%`, { exact: true })).toBeVisible();

    cmi = await lmsData(page);
    const interactions = Object.values(cmi.interactions);
    // Every answer once, in the order given (none repeated after the relaunch).
    expect(interactions.map((i) => i.id)).toEqual(answered.map(({ q }) => q.id));
    const wrong = version === '12' ? 'wrong' : 'incorrect';
    for (const [n, { q, right }] of answered.entries()) {
      const record = interactions[n];
      expect(record.result, q.id).toBe(right ? 'correct' : wrong);
      expect(record.type).toBe({ true_false: 'true-false', ordering: 'sequencing' }[q.type] ?? 'choice');
      expect(record.correct_responses['0'].pattern).not.toBe('');
    }
    const single = answered.find(({ q }) => q.type === 'single_choice');
    const singleRecord = interactions[answered.indexOf(single)];
    expect(singleRecord.correct_responses['0'].pattern).toBe(single.q.answer);
    expect(version === '12' ? singleRecord.student_response : singleRecord.learner_response).not.toBe(single.q.answer);
    const done = JSON.parse(cmi.suspend_data);
    expect(done.p).toBe(total);
    if (version === '12') {
      expect(cmi.core.lesson_status).toBe(verdict);
      expect(cmi.core.score).toEqual({ raw: String(percent), min: '0', max: '100' });
      expect(cmi.core.exit).toBe('');
      expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    } else {
      expect(cmi.completion_status).toBe('completed');
      expect(cmi.success_status).toBe(verdict);
      expect(cmi.score).toEqual({ scaled: String(percent / 100), raw: String(percent), min: '0', max: '100' });
      expect(cmi.progress_measure).toBe('1');
      expect(cmi.exit).toBe('normal');
      expect(cmi.session_time).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    }
    // The runtime refused nothing, and the exhibit logged no error.
    expect(await page.evaluate(() => window.lmsErrors)).toEqual([]);
    expect(errors).toEqual([]);
    test.info().annotations.push({ type: `scorm ${version}`, description: JSON.stringify(cmi) });
  });
}

test('an LMS whose API throws on every call: the quiz is taken all the same, with a notice', async ({ page }) => {
  const errors = watchForErrors(page);
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${host.url}/hosts/lms.html?version=12&api=throws`);
  const exhibitPage = inFrame(page);
  await expect(exhibitPage.getByRole('status').filter({ hasText: 'The course system did not answer' })).toBeVisible();
  await startQuiz(exhibitPage);
  const total = exhibit.quiz.questions.length;
  for (let i = 0; i < total; i++) await answerAndGoOn(exhibitPage, []);
  await expect(exhibitPage.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(exhibitPage.getByText('100%', { exact: true })).toBeVisible();
  expect(warnings.some((w) => w.includes('the LMS did not start a session'))).toBe(true);
  expect(errors).toEqual([]);
});

test('an LMS that refuses the values: the attempt is kept in the browser and resumed from there', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(`${host.url}/hosts/lms.html?version=2004&api=refuses`);
  const exhibitPage = inFrame(page);
  await startQuiz(exhibitPage);
  await answerAndGoOn(exhibitPage, []);
  await expect(
    exhibitPage.getByRole('status').filter({ hasText: 'The course system did not accept the quiz result' }),
  ).toBeVisible();
  const prompt = (await exhibitPage.getByRole('heading', { level: 1 }).textContent()).trim();
  await page.reload();
  await openQuiz(exhibitPage);
  await expect(exhibitPage.getByText(`Question 2 of ${exhibit.quiz.questions.length}`)).toBeVisible();
  await expect(exhibitPage.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
  expect(errors).toEqual([]);
});
