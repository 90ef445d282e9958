// The exhibit as a SCORM package in an LMS. Each package (SCORM 1.2 and
// 2004) is built from the release build by tools/package.py, validated
// against the XSDs it carries, unzipped, and launched (at the address its
// manifest names) in a frame of a test LMS page that runs scorm-again's
// runtime, as an LMS player would. The quiz is taken inside the frame; what
// the LMS holds (status, score, answers, suspend_data) is read back from the
// runtime; a relaunch resumes the attempt from suspend_data. A retry never
// lowers the gradebook; an LMS that refuses interactions still gets the
// result; an LMS whose API throws or refuses leaves the exhibit working,
// with a quiet notice.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distDir } from './deploy.js';
import { serveHosts } from './hosts/server.js';
import { answerByMouse, current, next } from './quiz-helpers.js';
import { test, expect, expectExhibitShown, holdCode, watchForErrors, watchForWarnings } from './support.js';

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
  // The 1.2 package with content whose finished attempt is longer than 1.2's
  // suspend_data holds (exhibit-check refuses it; the app still shows it).
  await cp(join(folder, 'pkg12'), join(folder, 'pkg12long'), { recursive: true });
  const long = structuredClone(exhibit);
  for (const q of long.quiz.questions.filter((q) => q.type === 'multiple_choice')) {
    const renamed = (id) => `${id}-${'x'.repeat(700)}`;
    q.choices = q.choices.map((c) => ({ ...c, id: renamed(c.id) }));
    q.answers = q.answers.map(renamed);
  }
  await writeFile(join(folder, 'pkg12long/assets/exhibit/en.json'), JSON.stringify(long));
  host = await serveHosts({
    '/hosts/': join(tests, 'e2e/hosts'),
    '/scorm-again/': join(tests, 'node_modules/scorm-again/dist'),
    '/pkg12/': join(folder, 'pkg12'),
    '/pkg2004/': join(folder, 'pkg2004'),
    '/pkg12long/': join(folder, 'pkg12long'),
    '/exhibit/': distDir(),
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
  return page.evaluate(() => JSON.parse(JSON.stringify(window.lmsRuntime.cmi)));
}

/** Every call the content made to the LMS's API, as [method, ...arguments]. */
function lmsCalls(page) {
  return page.evaluate(() => window.lmsCalls);
}

/** The 1.2 letter of a choice: its place in the question's choices or items, a to z. */
function letter(q, id) {
  return 'abcdefghijklmnopqrstuvwxyz0123456789'[(q.choices ?? q.items).findIndex((c) => c.id === id)];
}

/** Follows the header's link to the quiz, as a learner would after launch. */
async function openQuiz(exhibitPage) {
  // Until the app has taken the frame's prerendered page over, its links
  // are page loads and its buttons do nothing (src/bin/prerender.rs).
  await expectExhibitShown(exhibitPage.frame);
  await exhibitPage.frame.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Quiz' }).click();
}

async function startQuiz(exhibitPage) {
  await openQuiz(exhibitPage);
  await expect(exhibitPage.getByRole('heading', { level: 1, name: exhibit.quiz.title })).toBeVisible();
  await expectExhibitShown(exhibitPage.frame);
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

/**
 * The score of an attempt that answers every question of `wrongTypes`
 * wrongly and the rest rightly, from the content: a mark a question, the
 * percentage rounded as core::quiz::Attempt::score rounds it, and the
 * content's pass mark.
 */
function expectedScore(wrongTypes) {
  const questions = exhibit.quiz.questions;
  const right = questions.filter((q) => !wrongTypes.includes(q.type)).length;
  const percent = Math.round((right / questions.length) * 100);
  return { percent, verdict: percent >= exhibit.quiz.pass_mark ? 'passed' : 'failed' };
}

// A run that passes and one that fails (each test checks that it does).
const SOME_WRONG = ['single_choice'];
const MANY_WRONG = ['single_choice', 'true_false', 'which_voice'];
const RUNS = [
  { version: '12', wrongTypes: SOME_WRONG, expected: 'passed' },
  { version: '2004', wrongTypes: MANY_WRONG, expected: 'failed' },
];

for (const { version, wrongTypes, expected } of RUNS) {
  test(`SCORM ${version}: the LMS gets status, score and every answer, and a relaunch resumes the attempt`, async ({ page }) => {
    const errors = watchForErrors(page);
    const { percent, verdict } = expectedScore(wrongTypes);
    expect(verdict, 'the run this test means').toBe(expected);
    await page.goto(`${host.url}/hosts/lms.html?version=${version}`);
    const exhibitPage = inFrame(page);
    await startQuiz(exhibitPage);
    // The pages to print are page loads, which would end the session: not offered here.
    await expect(exhibitPage.getByRole('link', { name: 'Handout for a class' })).toHaveCount(0);
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
    // What the test LMS hands back (kept in its page's localStorage as the
    // last page went away): said apart from what the exhibit does with it,
    // so a failure names which side lost the attempt.
    const relaunched = await lmsData(page);
    expect(JSON.parse(relaunched.suspend_data || '{}').p, 'the test LMS hands back the committed attempt').toBe(3);
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
    // 1.2 takes single characters for choices (each choice is its letter); 2004 the ids.
    const pattern = version === '12' ? letter(single.q, single.q.answer) : single.q.answer;
    expect(singleRecord.correct_responses['0'].pattern).toBe(pattern);
    const given = version === '12' ? singleRecord.student_response : singleRecord.learner_response;
    expect(given).not.toBe(pattern);
    if (version === '12') {
      for (const record of interactions.filter((r) => r.type !== 'true-false')) {
        expect(record.student_response ?? '').toMatch(/^([a-z0-9](,[a-z0-9])*)?$/);
        expect(record.correct_responses['0'].pattern).toMatch(/^[a-z0-9](,[a-z0-9])*$/);
      }
    }
    const done = JSON.parse(cmi.suspend_data);
    expect(done.p).toBe(total);
    if (version === '12') {
      expect(cmi.core.lesson_status).toBe(verdict);
      expect(cmi.core.score).toEqual({ raw: String(percent), min: '0', max: '100' });
      // Suspended even when finished, so a relaunch finds the attempt.
      expect(cmi.core.exit).toBe('suspend');
      expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    } else {
      expect(cmi.completion_status).toBe('completed');
      expect(cmi.success_status).toBe(verdict);
      expect(cmi.score).toEqual({ scaled: String(percent / 100), raw: String(percent), min: '0', max: '100' });
      expect(cmi.progress_measure).toBe('1');
      expect(cmi.exit).toBe('suspend');
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
  const warnings = watchForWarnings(page);
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

/** The learner's standing in the test LMS: status, success and score, in either version. */
function standing(cmi, version) {
  return version === '12'
    ? { status: cmi.core.lesson_status, raw: cmi.core.score.raw }
    : { status: cmi.completion_status, success: cmi.success_status, raw: cmi.score.raw, scaled: cmi.score.scaled };
}

/** The standing the passing run (SOME_WRONG) leaves, in either version. */
function passed(version) {
  const { percent } = expectedScore(SOME_WRONG);
  return version === '12'
    ? { status: 'passed', raw: String(percent) }
    : { status: 'completed', success: 'passed', raw: String(percent), scaled: String(percent / 100) };
}

for (const version of ['12', '2004']) {
  test(`SCORM ${version}: pass, try again, relaunch, start over: the gradebook keeps "passed" and the best score, and every attempt's answers`, async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(`${host.url}/hosts/lms.html?version=${version}`);
    const exhibitPage = inFrame(page);
    const total = exhibit.quiz.questions.length;
    const ids = [];
    const best = expectedScore(SOME_WRONG);
    const worse = expectedScore(MANY_WRONG);
    expect([best.verdict, worse.verdict], 'a pass, then a worse attempt that fails').toEqual(['passed', 'failed']);
    // A first attempt that passes.
    await startQuiz(exhibitPage);
    for (let i = 0; i < total; i++) ids.push((await answerAndGoOn(exhibitPage, SOME_WRONG)).q.id);
    await expect(exhibitPage.getByText(`${best.percent}%`, { exact: true })).toBeVisible();
    expect(standing(await lmsData(page), version)).toEqual(passed(version));

    // Try again, two answers wrong: still passed, with the best score.
    await exhibitPage.getByRole('button', { name: 'Try again' }).click();
    for (let i = 0; i < 2; i++) ids.push((await answerAndGoOn(exhibitPage, MANY_WRONG)).q.id);
    let cmi = await lmsData(page);
    expect(standing(cmi, version)).toEqual(passed(version));
    expect(JSON.parse(cmi.suspend_data).p).toBe(2);

    // A relaunch resumes the retry; the gradebook is untouched.
    const firstSession = await lmsCalls(page);
    await page.reload();
    await openQuiz(exhibitPage);
    await expect(exhibitPage.getByText(`Question 3 of ${total}`)).toBeVisible();
    expect(standing(await lmsData(page), version)).toEqual(passed(version));

    // Start over, then finish worse: only suspend_data was replaced.
    await exhibitPage.getByRole('button', { name: 'Start over' }).click();
    await exhibitPage.getByRole('button', { name: 'Start the quiz' }).click();
    for (let i = 0; i < total; i++) ids.push((await answerAndGoOn(exhibitPage, MANY_WRONG)).q.id);
    await expect(exhibitPage.getByText(`${worse.percent}%`, { exact: true })).toBeVisible();
    cmi = await lmsData(page);
    expect(standing(cmi, version)).toEqual(passed(version));
    expect(JSON.parse(cmi.suspend_data).p).toBe(total);
    // Every answer of every attempt, appended in order: none overwritten.
    expect(Object.values(cmi.interactions).map((i) => i.id)).toEqual(ids);
    expect(ids).toHaveLength(2 * total + 2);
    // Never a lower status or score on the way, in either session.
    const calls = [...firstSession, ...(await lmsCalls(page))];
    const set = version === '12' ? 'LMSSetValue' : 'SetValue';
    const sent = (element) => calls.filter(([m, e]) => m === set && e === element).map(([, , v]) => v);
    if (version === '12') {
      expect(sent('cmi.core.lesson_status')).toEqual(['incomplete', 'passed', 'passed']);
      expect(sent('cmi.core.score.raw')).toEqual([String(best.percent)]);
    } else {
      expect(sent('cmi.completion_status')).toEqual(['incomplete', 'completed', 'completed']);
      expect(sent('cmi.success_status')).toEqual(['unknown', 'passed', 'passed']);
      expect(sent('cmi.score.raw')).toEqual([String(best.percent)]);
    }
    expect(await page.evaluate(() => window.lmsErrors)).toEqual([]);

    // A relaunch after the finished attempt finds it, results and all: the
    // session ended suspended, so the LMS kept the attempt (after a "normal"
    // exit the test LMS, as the RTE has it, starts a new and empty one).
    await page.reload();
    await openQuiz(exhibitPage);
    await expect(exhibitPage.getByText(`${expectedScore(MANY_WRONG).percent}%`, { exact: true })).toBeVisible();
    expect(standing(await lmsData(page), version)).toEqual(passed(version));
    await expect(exhibitPage.getByRole('status').filter({ hasText: 'course system' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test(`SCORM ${version}: an LMS whose GetValue returns numbers still keeps the best score and appends every attempt's answers`, async ({ page }) => {
    await page.goto(`${host.url}/hosts/lms.html?version=${version}&values=numbers`);
    const exhibitPage = inFrame(page);
    const total = exhibit.quiz.questions.length;
    await startQuiz(exhibitPage);
    for (let i = 0; i < total; i++) await answerAndGoOn(exhibitPage, SOME_WRONG);
    await expect(exhibitPage.getByText(`${expectedScore(SOME_WRONG).percent}%`, { exact: true })).toBeVisible();
    // A relaunch reads the score and the interaction count back as numbers.
    await page.reload();
    await openQuiz(exhibitPage);
    await expect(exhibitPage.getByText(`${expectedScore(SOME_WRONG).percent}%`, { exact: true })).toBeVisible();
    await exhibitPage.getByRole('button', { name: 'Try again' }).click();
    for (let i = 0; i < total; i++) await answerAndGoOn(exhibitPage, MANY_WRONG);
    await expect(exhibitPage.getByText(`${expectedScore(MANY_WRONG).percent}%`, { exact: true })).toBeVisible();
    const cmi = await lmsData(page);
    expect(standing(cmi, version)).toEqual(passed(version));
    expect(Object.values(cmi.interactions)).toHaveLength(2 * total);
  });

  test(`SCORM ${version}: an LMS that refuses interactions still records status, score and session time, with no notice`, async ({ page }) => {
    const errors = watchForErrors(page);
    const warnings = watchForWarnings(page);
    await page.goto(`${host.url}/hosts/lms.html?version=${version}&interactions=refuse`);
    const exhibitPage = inFrame(page);
    await startQuiz(exhibitPage);
    const total = exhibit.quiz.questions.length;
    for (let i = 0; i < total; i++) await answerAndGoOn(exhibitPage, SOME_WRONG);
    await expect(exhibitPage.getByText(`${expectedScore(SOME_WRONG).percent}%`, { exact: true })).toBeVisible();
    // The report follows the results on screen; it may land a moment later.
    await expect.poll(async () => standing(await lmsData(page), version)).toEqual(passed(version));
    const cmi = await lmsData(page);
    expect(JSON.parse(cmi.suspend_data).p).toBe(total);
    const time = version === '12' ? cmi.core.session_time : cmi.session_time;
    expect(time).toMatch(version === '12' ? /^\d{2,4}:\d{2}:\d{2}/ : /^PT/);
    expect(Object.keys(cmi.interactions)).toHaveLength(0);
    // Refused once, then not asked again this session; the result went first.
    const calls = await lmsCalls(page);
    const set = version === '12' ? 'LMSSetValue' : 'SetValue';
    const tried = calls.filter(([m, e]) => m === set && e.startsWith('cmi.interactions.'));
    expect(tried.length).toBeLessThanOrEqual(2); // one element, tried twice
    const first = calls.findIndex(([m, e]) => m === set && e.startsWith('cmi.interactions.'));
    expect(calls.findIndex(([m, e]) => m === set && e === 'cmi.suspend_data')).toBeLessThan(first);
    await expect(exhibitPage.getByRole('status').filter({ hasText: 'course system' })).toHaveCount(0);
    expect(warnings.some((w) => w.includes('does not take interaction records'))).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('SCORM 1.2: an attempt longer than suspend_data holds is never sent whole; the result still is', async ({ page }) => {
  const errors = watchForErrors(page);
  const warnings = watchForWarnings(page);
  await page.goto(`${host.url}/hosts/lms.html?version=12&pkg=/pkg12long/`);
  const exhibitPage = inFrame(page);
  await startQuiz(exhibitPage);
  const total = exhibit.quiz.questions.length;
  for (let i = 0; i < total; i++) await answerAndGoOn(exhibitPage, SOME_WRONG);
  await expect(exhibitPage.getByText(`${expectedScore(SOME_WRONG).percent}%`, { exact: true })).toBeVisible();
  const calls = await lmsCalls(page);
  const sent = calls.filter(([m, e]) => m === 'LMSSetValue' && e === 'cmi.suspend_data').map(([, , v]) => v);
  expect(sent.length).toBeGreaterThan(0);
  for (const value of sent) expect(value.length).toBeLessThanOrEqual(4096);
  const cmi = await lmsData(page);
  expect(standing(cmi, '12')).toEqual(passed('12'));
  expect(warnings.some((w) => w.includes('longer than the LMS'))).toBe(true);
  expect(await page.evaluate(() => window.lmsErrors)).toEqual([]);
  expect(errors).toEqual([]);
});

test('SCORM 1.2 in a popup player: the API is found through top.opener', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(`${host.url}/hosts/lms.html?version=12&player=popup`);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open the lesson' }).click()]);
  const exhibitPage = inFrame(popup);
  await startQuiz(exhibitPage);
  await answerAndGoOn(exhibitPage, []);
  const cmi = await lmsData(page);
  expect(cmi.core.lesson_status).toBe('incomplete');
  expect(JSON.parse(cmi.suspend_data).a.filter((a) => a !== null)).toHaveLength(1);
  expect((await lmsCalls(page))[0]).toEqual(['LMSInitialize', '']);
  expect(errors).toEqual([]);
});

for (const version of ['12', '2004']) {
  test(`a plain embed (?embed=1) in a page with a SCORM ${version} API never calls it`, async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(`${host.url}/hosts/lms.html?version=${version}&launch=embed&pkg=/exhibit/`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1, name: exhibit.title, exact: true })).toBeVisible();
    await expectExhibitShown(frame);
    await frame.getByRole('link', { name: 'Test yourself' }).click();
    await frame.getByRole('button', { name: 'Start the quiz' }).click();
    await answerAndGoOn(inFrame(page), []);
    expect(await lmsCalls(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`SCORM ${version}: a page put in the back/forward cache commits without ending the session, and keeps saving when restored`, async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(`${host.url}/hosts/lms.html?version=${version}`);
    const exhibitPage = inFrame(page);
    await startQuiz(exhibitPage);
    await answerAndGoOn(exhibitPage, []);
    const names = version === '12' ? { commit: 'LMSCommit', end: 'LMSFinish', set: 'LMSSetValue' } : { commit: 'Commit', end: 'Terminate', set: 'SetValue' };
    const before = (await lmsCalls(page)).length;
    // The browser's events for a page going into the back/forward cache and
    // coming back (persisted = true), fired in the content frame.
    const content = page.frames().find((f) => /[?&]scorm=/.test(f.url()));
    await content.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    const hidden = (await lmsCalls(page)).slice(before).map(([m]) => m);
    expect(hidden).toContain(names.commit);
    expect(hidden).not.toContain(names.end);
    // Restored: the next answer is saved, with no notice.
    await answerAndGoOn(exhibitPage, []);
    expect(JSON.parse((await lmsData(page)).suspend_data).a.filter((a) => a !== null)).toHaveLength(2);
    await expect(exhibitPage.getByRole('status').filter({ hasText: 'course system' })).toHaveCount(0);
    // A real departure ends the session.
    await content.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
    expect((await lmsCalls(page)).map(([m]) => m)).toContain(names.end);
    expect(await page.evaluate(() => window.lmsErrors)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('both packages validate against the XSDs they carry, and list exactly the files they hold', async () => {
  for (const version of ['12', '2004']) {
    const dir = join(folder, `pkg${version}`);
    const manifest = await readFile(join(dir, 'imsmanifest.xml'), 'utf8');
    // Each namespace the manifest names in xsi:schemaLocation, with its XSD in the package.
    const pairs = manifest.match(/xsi:schemaLocation="([^"]+)"/)[1].trim().split(/\s+/);
    const schemas = [];
    for (let i = 0; i < pairs.length; i += 2) schemas.push({ namespace: pairs[i], file: pairs[i + 1] });
    // Every declared namespace is one the manifest uses.
    for (const [, prefix, namespace] of manifest.matchAll(/xmlns:(\w+)="([^"]+)"/g)) {
      if (prefix === 'xsi') continue;
      expect(manifest, `${version}: ${namespace} is declared but not used`).toMatch(new RegExp(`<${prefix}:|\\s${prefix}:\\w+=`));
    }
    const wrapper = join(folder, `schemas${version}.xsd`);
    await writeFile(
      wrapper,
      `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${schemas
        .map(({ namespace, file }) => `  <xs:import namespace="${namespace}" schemaLocation="${pathToFileURL(join(dir, file)).href}"/>`)
        .join('\n')}\n</xs:schema>\n`,
    );
    // xmllint (Debian's libxml2-utils), offline: only the package's own XSDs are read.
    const result = execFileSync('xmllint', ['--noout', '--nonet', '--schema', wrapper, join(dir, 'imsmanifest.xml')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(result).toBe('');
    // The zip's files against the manifest's: the build's files are listed; the
    // control files (the manifest and its schemas) are not, and are all there.
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map(([, href]) => decodeURIComponent(href)).sort();
    const entries = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', join(folder, `secret-speech-scorm${version}.zip`)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const control = new Set(['imsmanifest.xml', ...(await readdir(join(repository, `tools/scorm${version}`))).filter((f) => /\.(xsd|dtd)$/.test(f))]);
    for (const { file } of schemas) expect(control.has(file), file).toBe(true);
    expect(entries.filter((e) => !control.has(e)).sort()).toEqual(listed);
    expect(entries.filter((e) => control.has(e)).sort()).toEqual([...control].sort());
    expect(listed).toContain('index.html');
    const href = manifest.match(/<resource [^>]*href="([^"]+)"/)[1];
    expect(href).toBe(`index.html?scorm=${version}`);
  }
});

test.describe('a reader whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('SCORM 12 on a server of files only: the Russian page opens, and moving and switching language keep one session', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(`${host.url}/hosts/lms.html?version=12`);
    const exhibitPage = inFrame(page);
    // Sent to the Russian page as a file (the LMS serves no folder), the launch's query kept.
    await expect(exhibitPage.getByRole('navigation', { name: 'Выставка' })).toBeVisible();
    const content = () => page.frames().find((f) => /[?&]scorm=12/.test(f.url()));
    await expect.poll(() => content()?.url()).toMatch(/\/pkg12\/ru\/index\.html\?scorm=12$/);
    await expect.poll(async () => (await lmsCalls(page)).filter(([m]) => m === 'LMSInitialize')).toHaveLength(1);
    const launched = content().url();
    await expectExhibitShown(exhibitPage.frame);
    // Moving and switching language change the view in place: the frame keeps its address.
    await exhibitPage.frame.getByRole('navigation', { name: 'Выставка' }).getByRole('link', { name: 'Хронология' }).click();
    await expect(exhibitPage.getByRole('heading', { level: 1, name: 'Хронология' })).toBeVisible();
    await exhibitPage.frame.getByRole('group', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
    await expect(exhibitPage.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await startQuiz(exhibitPage);
    await answerAndGoOn(exhibitPage, []);
    expect(content().url()).toBe(launched);
    const calls = (await lmsCalls(page)).map(([m]) => m);
    expect(calls.filter((m) => m === 'LMSInitialize')).toHaveLength(1);
    expect(calls).not.toContain('LMSFinish');
    expect(JSON.parse((await lmsData(page)).suspend_data).a.filter((a) => a !== null)).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});

test('SCORM 12: a link followed before the code arrives keeps the launch, and the session opens on the page it leads to', async ({ page }) => {
  const release = await holdCode(page);
  await page.goto(`${host.url}/hosts/lms.html?version=12`);
  const exhibitPage = inFrame(page);
  // The prerendered page: its links are page loads until the app runs.
  await exhibitPage.frame.locator('#first-screen').getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Quiz' }).click();
  await expect.poll(() => page.frames().find((f) => f.url().includes('/pkg12/quiz/'))?.url()).toMatch(/\/pkg12\/quiz\/index\.html\?scorm=12$/);
  expect(await lmsCalls(page)).toEqual([]);
  release();
  await expectExhibitShown(exhibitPage.frame);
  await expect(exhibitPage.getByRole('heading', { level: 1, name: exhibit.quiz.title })).toBeVisible();
  await exhibitPage.getByRole('button', { name: 'Start the quiz' }).click();
  await answerAndGoOn(exhibitPage, []);
  const calls = (await lmsCalls(page)).map(([m]) => m);
  expect(calls.filter((m) => m === 'LMSInitialize')).toHaveLength(1);
  expect(calls).toContain('LMSSetValue');
});
