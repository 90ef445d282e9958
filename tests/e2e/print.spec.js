// Printing (issue 20): a station, the handout, the quiz worksheet and its
// answer key, printed by Chromium to PDF as a teacher would print them, and
// read back as text with pdftotext (Debian's poppler-utils). Each must hold
// its words and none of the screen's controls. `PRINT_DIR=<folder>` keeps
// the PDFs, to look at.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { content, LENS_LABELS, WORDS } from './quiz-helpers.js';
import { test, expect } from './support.js';

// Words of the screen's controls that paper must not carry.
const CONTROLS = {
  en: ['Skip to content', 'Menu', 'Compare the three accounts', 'You are reading', 'Slider', 'Side by side', 'Start the quiz', 'Русский', 'For the classroom'],
  ru: ['Перейти к содержанию', 'Меню', 'Сравнить три версии', 'Вы читаете', 'Начать тест', 'English', 'Для занятий'],
};

/** Letters as a reader sees them: ligatures undone, every run of spaces one space. */
const plain = (text) => text.normalize('NFKC').replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, (_, shown, id) => (shown ? shown.slice(0, -1) : id)).replace(/\s+/g, ' ').trim();

let folder;
test.beforeAll(async () => {
  folder = process.env.PRINT_DIR ?? (await mkdtemp(join(tmpdir(), 'secret-speech-print-')));
});
test.afterAll(async () => {
  if (!process.env.PRINT_DIR) await rm(folder, { recursive: true, force: true });
});

/** Prints the page at `path` as the browser's print does; returns its text and page count. */
async function print(page, path, name) {
  await page.goto(`./${path}`);
  await page.emulateMedia({ media: 'print' });
  // Every picture drawn before the sheet is cut.
  await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete))).toBe(true);
  const file = join(folder, `${name}.pdf`);
  await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
  const text = plain(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  const root = await page.evaluate(() => new URL('./', document.baseURI).href);
  return { text, pages, root };
}

function expectNoControls(text, language, what) {
  // As whole words: a cited title such as "Englishman's Story" is not the
  // language switch's "English".
  const escape = (words) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const words of CONTROLS[language]) {
    expect(text, `${what}: "${words}" is a control's`).not.toMatch(new RegExp(`(?<![\\p{L}])${escape(words)}(?![\\p{L}])`, 'u'));
  }
}

for (const language of ['en', 'ru']) {
  const folderOf = language === 'en' ? '' : 'ru/';

  test(`a station prints its three accounts, its pictures side by side with their marks, its sources and its address (${language})`, async ({ page }, testInfo) => {
    const exhibit = await content(page, language);
    const station = exhibit.stations.find((s) => s.id === 'congress-of-victors');
    const path = `${folderOf}station/${station.id}/speech/`;
    const { text, pages, root } = await print(page, path, `station-${language}-${testInfo.project.name}`);
    expect(text).toContain(plain(station.title));
    for (const lens of ['official', 'speech', 'historians']) {
      expect(text).toContain(WORDS[language].lenses[lens]);
      expect(text).toContain(plain(station.lenses[lens][0].text).slice(0, 40));
    }
    for (const id of station.comparisons) {
      const comparison = exhibit.comparisons.find((c) => c.id === id);
      for (const state of comparison.states) expect(text).toContain(plain(state.label));
      for (const hotspot of comparison.hotspots) expect(text).toContain(plain(hotspot.label));
    }
    for (const id of station.sources) expect(text).toContain(plain(exhibit.sources.find((s) => s.id === id).citation).slice(0, 40));
    expect(text).toContain(`${root}${path}`);
    expectNoControls(text, language, 'station');
    expect(pages).toBeGreaterThan(1);
  });

  test(`the handout prints the whole exhibit for a class (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const exhibit = await content(page, language);
    const { text } = await print(page, `${folderOf}handout/`, `handout-${language}-${testInfo.project.name}`);
    for (const station of exhibit.stations) {
      expect(text).toContain(plain(station.title));
      for (const lens of ['official', 'speech', 'historians']) expect(text, station.id).toContain(plain(station.lenses[lens][0].text).slice(0, 40));
    }
    for (const comparison of exhibit.comparisons) expect(text).toContain(plain(comparison.title));
    for (const event of exhibit.timeline) expect(text).toContain(plain(event.title));
    for (const term of exhibit.stations.flatMap((s) => s.glossary)) expect(text).toContain(plain(term.term));
    for (const source of exhibit.sources) expect(text).toContain(plain(source.citation).slice(0, 40));
    expectNoControls(text, language, 'handout');
  });

  test(`the worksheet asks every question in the exhibit's order, and the answer key answers them (${language})`, async ({ page }, testInfo) => {
    const exhibit = await content(page, language);
    const sheet = await print(page, `${folderOf}quiz/worksheet/`, `worksheet-${language}-${testInfo.project.name}`);
    let at = -1;
    for (const question of exhibit.quiz.questions) {
      const found = sheet.text.indexOf(plain(question.prompt), at + 1);
      expect(found, question.id).toBeGreaterThan(at);
      at = found;
      // Nothing of the answer: the explanation is the key's.
      expect(sheet.text).not.toContain(plain(question.explanation).slice(0, 60));
    }
    expectNoControls(sheet.text, language, 'worksheet');
    const key = await print(page, `${folderOf}quiz/answers/`, `answers-${language}-${testInfo.project.name}`);
    for (const question of exhibit.quiz.questions) {
      expect(key.text).toContain(plain(question.prompt));
      expect(key.text).toContain(plain(question.explanation).slice(0, 60));
      // The evidence as an address a reader can type (a line may end after one of its hyphens).
      expect(key.text.replace(/-\s+/g, '-')).toContain(`${key.root}${folderOf}station/${question.evidence.station}/`);
    }
    expectNoControls(key.text, language, 'answer key');
  });
}

test('each station names the three accounts on paper in the lens it was opened in too', async ({ page }) => {
  const { text } = await print(page, 'station/the-speech/historians/', 'station-historians');
  for (const label of Object.values(LENS_LABELS)) expect(text).toContain(label);
});
