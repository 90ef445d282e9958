// Byte budgets of a first visit (issue 10): everything the home page really
// requests from a fresh browser, gzipped, against the limits in budget.json.
// Bytes do not vary from run to run, so this is a test; timings are not, so
// they live in the benchmark (`make bench`). Every run prints the sizes, the
// target from the issue and the enforced (ratchet) limit.
import { readFile } from 'node:fs/promises';
import { test, expect } from './support.js';
import { formatSizes, kib, recordFirstVisit, totals } from '../bench/first-visit.mjs';

test('a first visit to home stays within the byte budget', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'bytes are the same from any path: measured once');
  // The first visit is waited for whole, service worker and its precache
  // included; on a busy machine that is longer than the default timeout.
  test.setTimeout(90_000);
  const budget = JSON.parse(await readFile(new URL('../budget.json', import.meta.url), 'utf8'));
  const { files, background } = await recordFirstVisit(page, new URL('./', testInfo.project.use.baseURL).href, { waitForWorker: true });

  // The measurement itself must have seen the exhibit load.
  expect(files.map((f) => f.path)).toEqual(expect.arrayContaining([expect.stringMatching(/\.wasm$/), 'assets/exhibit/en.json']));
  expect(files.filter((f) => f.status >= 400), 'failed requests').toEqual([]);

  const sum = totals(files);
  const report = [formatSizes(files, { title: 'first visit to home: every file the page requested (budget: tests/budget.json, gzip -9)' }), ''];
  const verdicts = {};
  for (const kind of ['code', 'content']) {
    const { target_kib: target, limit_kib: limit, what } = budget[kind];
    const size = sum[kind].gzip / 1024;
    const overTarget = size - target;
    report.push(
      `${kind} (${what}): ${size.toFixed(1)} KiB gzip; target ${target} KiB: ` +
        (overTarget > 0 ? `over the ${target} KB target by ${overTarget.toFixed(1)} KB` : `within (${(-overTarget).toFixed(1)} KiB to spare)`) +
        `; enforced limit ${limit} KiB: ` +
        (size <= limit ? `ok (${(limit - size).toFixed(1)} KiB to spare)` : `EXCEEDED by ${(size - limit).toFixed(1)} KiB`),
    );
    verdicts[kind] = { size, limit };
  }
  const after = totals(background);
  if (after.all.files > 0) {
    report.push(
      `not counted: after load the service worker precaches ${after.all.files} files, ${kib(after.all.gzip)} KiB gzip ` +
        `(code ${kib(after.code.gzip)}, content ${kib(after.content.gzip)}), in the background; ` +
        `${kib(after.all.network)} KiB of it crosses the network (the rest the page already has: revalidated, 304)`,
    );
  }
  const text = report.join('\n');
  console.log(text);
  await testInfo.attach('sizes', { body: text, contentType: 'text/plain' });

  for (const [kind, { size, limit }] of Object.entries(verdicts)) {
    expect(size, `${kind} is ${size.toFixed(1)} KiB gzip, over its limit of ${limit} KiB in tests/budget.json\n${text}`).toBeLessThanOrEqual(limit);
  }
});
