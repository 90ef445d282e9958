// Where the wasm's bytes are: the release build's wasm, before wasm-bindgen,
// put through wasm-bindgen and wasm-opt -Oz as the build does but with the
// function names kept (-g), then profiled with twiggy: the largest items,
// and the code summed by crate (generic code is counted where it was
// instantiated: Yew's `CompStateInner<COMP>::view` is the components' own
// markup). Sizes are raw bytes of the names-kept wasm, without the names.
//   node bench/wasm-top.mjs path/to/secret-speech.wasm
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int'];

/** Text for the report: the top `items`, then the code by crate. */
export function wasmTop(rawWasm, { items = 12 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wasm-top-'));
  try {
    execFileSync('wasm-bindgen', [rawWasm, '--out-dir', dir, '--target', 'web', '--no-typescript', '--out-name', 'app']);
    const named = join(dir, 'named.wasm');
    execFileSync('wasm-opt', ['-Oz', '-g', ...FEATURES, join(dir, 'app_bg.wasm'), '-o', named]);
    const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', named], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const rows = parse(csv);
    const top = rows.slice(0, items).map(({ name, bytes }) => `  ${(bytes / 1024).toFixed(1).padStart(7)}  ${name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]+\]/g, '').slice(0, 130)}`);
    return [`the ${items} largest items (raw KiB):`, ...top, '', byCrate(rows)].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** twiggy's rows, largest first, without the name sections (-g only). */
function parse(csv) {
  return csv
    .split('\n')
    .slice(1)
    .map((line) => line.match(/^"?(.*?)"?,(\d+),/))
    .filter(Boolean)
    .map(([, name, bytes]) => ({ name: name.replaceAll('""', '"'), bytes: Number(bytes) }))
    .filter(({ name }) => !/^"(function|data) names" subsection$/.test(name));
}

/** Shallow bytes summed by the crate an item's name starts with. */
function byCrate(rows) {
  const sums = new Map();
  for (const { name, bytes } of rows) {
    let crate;
    if (name.startsWith('data segment')) crate = 'data (strings, tables)';
    else if (name.includes('CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view')) crate = "our components' markup (Yew's view, per component)";
    else if (name.includes('secret_speech::')) crate = 'secret_speech (ours, incl. its generic instances)';
    else crate = name.match(/^<?([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/)?.[1] ?? 'other (generic impls, tables)';
    sums.set(crate, (sums.get(crate) ?? 0) + Number(bytes));
  }
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  const largest = [...sums].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return ['by crate (raw KiB, share):', ...largest.map(([crate, bytes]) => `  ${(bytes / 1024).toFixed(1).padStart(7)}  ${((bytes * 100) / total).toFixed(1).padStart(5)}%  ${crate}`)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(wasmTop(process.argv[2]));
}
