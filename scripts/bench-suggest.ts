// node scripts/bench-suggest.ts DIST [--reps N] [--query Q …]   (Node 24: node_modules/.bin/node)
//
// Suggestions while typing (src/scripts/search-suggest.ts) on a built site: for each query, a fresh
// browser context opens a document page, types the query into the header box key by key, and
// records the time from the last keystroke to the suggestions on screen (cold: nothing cached) and
// the bytes of the catalogue files fetched; then, on the same page, the box is cleared and the
// query typed again (warm: its shards cached). Prints per query the medians, then the medians and
// maxima of those. Times include the debounce (src/scripts/search-suggest.ts debounceMs).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.ts';
import { medianOf } from './bench-measure.ts';
import { startStaticServer } from './static-server.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { reps: { type: 'string', default: '5' }, query: { type: 'string', multiple: true } } });
const reps = Number(values.reps);
if (positionals.length !== 1 || !Number.isInteger(reps) || reps < 1) {
  console.error('usage: node scripts/bench-suggest.ts DIST [--reps N] [--query Q …]');
  process.exit(2);
}
const root = positionals[0]!;
const queries = values.query?.length ? values.query : ['56/20', '12 kh', 'chi thi 21', 'luat binh dang', 'ke hoach trien khai', 'binh dang gioi'];
// A document page to type on: the first one of the build.
const year = readdirSync(join(root, 'van-ban')).find((n) => /^\d{4}$/.test(n))!;
const docPath = `van-ban/${year}/${readdirSync(join(root, 'van-ban', year))[0]}/`;

type M = { lastMs: number | null; shown: number; query: string; transferBytes: number; error: string | null };
const site = await startStaticServer({ root, port: 0 });
const browser = await launchChromium();
const results = queries.map(() => ({ cold: [] as number[], warm: [] as number[], bytes: [] as number[], found: [] as number[] }));

async function typed(page: import('playwright-core').Page, q: string, after: number): Promise<M> {
  await page.locator('#tim-nhanh').pressSequentially(q, { delay: 30 });
  for (let i = 0; i < 500; i++) {
    const m = (await page.evaluate('window.__suggestMetrics ?? null')) as M | null;
    if (m?.error) throw new Error(`suggestions failed for ${JSON.stringify(q)}: ${m.error}`);
    if (m && m.shown > after && m.query === q) return m;
    await page.waitForTimeout(10);
  }
  throw new Error(`no suggestion shown for ${JSON.stringify(q)}`);
}

try {
  for (let rep = 0; rep < reps; rep++) {
    for (const [i, q] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}${docPath}`, { waitUntil: 'load' });
      await page.focus('#tim-nhanh');
      const cold = await typed(page, q, 0);
      results[i]!.cold.push(cold.lastMs!);
      results[i]!.bytes.push(cold.transferBytes);
      results[i]!.found.push((await page.locator('.site-search [role=option]').count()));
      await page.fill('#tim-nhanh', '');
      const warm = await typed(page, q, cold.shown);
      results[i]!.warm.push(warm.lastMs!);
      await context.close();
    }
  }
} finally {
  await browser.close();
  site.server.close();
}
const summary = { cold: [] as number[], warm: [] as number[], bytes: [] as number[] };
for (const [i, q] of queries.entries()) {
  const r = results[i]!;
  const [cold, warm, bytes] = [medianOf(r.cold), medianOf(r.warm), medianOf(r.bytes)];
  summary.cold.push(cold);
  summary.warm.push(warm);
  summary.bytes.push(bytes);
  console.log(`${q.padEnd(24)} cold ${cold.toFixed(0).padStart(4)} ms   warm ${warm.toFixed(0).padStart(4)} ms   ${(bytes / 1024).toFixed(1).padStart(5)} KB   ${Math.min(...r.found)}–${Math.max(...r.found)} suggestions`);
}
const line = (name: string, xs: number[], unit: (x: number) => string) => `${name}: median ${unit(medianOf(xs))}, max ${unit(Math.max(...xs))}`;
console.log(line('cold', summary.cold, (x) => `${x.toFixed(0)} ms`));
console.log(line('warm', summary.warm, (x) => `${x.toFixed(0)} ms`));
console.log(line('cold transfer', summary.bytes, (x) => `${(x / 1024).toFixed(1)} KB`));
