// npm run bench:ab -- DIST_A DIST_B [--reps N] [--query Q …]
//
// Compares the search page of two built sites (e.g. a bench workspace's dist/ before and after a
// change): the benchmark's fixed queries, each opened cold (a new browser context) on A and on B in
// turn, N times, alternating which goes first. Interleaving makes both sides share the machine's
// state: on this 2-core machine separate bench runs of the same build differ by ±0.2 s, more than
// most single levers are worth. Prints per query the median time to first results of each side,
// then the median and max of those medians. Also the median bytes of Pagefind's requests per load
// (once the page's search, counts included, is done). Both sites are served by scripts/static-server.ts.
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.ts';
import { medianOf } from './bench-measure.ts';
import { benchQueries } from './bench-queries.ts';
import { startStaticServer } from './static-server.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { reps: { type: 'string', default: '5' }, query: { type: 'string', multiple: true } } });
const reps = Number(values.reps);
if (positionals.length !== 2 || !Number.isInteger(reps) || reps < 1) {
  console.error('usage: npm run bench:ab -- DIST_A DIST_B [--reps N] [--query Q …]');
  process.exit(2);
}
const queries = values.query?.length ? values.query : benchQueries.map((q) => q.q);
const sites = await Promise.all(positionals.map((root) => startStaticServer({ root, port: 0 })));
const browser = await launchChromium();
const times = queries.map(() => [[] as number[], [] as number[]]);
// Bytes of the /pagefind/ requests of each cold load (window.__searchMetrics.pagefindTransferBytes).
const bytes = queries.map(() => [[] as number[], [] as number[]]);
try {
  for (let rep = 0; rep < reps; rep++) {
    for (const [i, q] of queries.entries()) {
      for (const side of rep % 2 ? [1, 0] : [0, 1]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${sites[side]!.url}tim-kiem/?q=${encodeURIComponent(q)}`);
        type W = { __searchMetrics?: { timeToFirstResultsMs: number | null; error: string | null; ready: boolean; pagefindTransferBytes: number } };
        await page.waitForFunction(() => {
          const m = (globalThis as unknown as W).__searchMetrics;
          return Boolean(m && ((m.timeToFirstResultsMs !== null && m.ready) || m.error));
        }, undefined, { timeout: 60_000, polling: 100 });
        const m = (await page.evaluate(() => (globalThis as unknown as W).__searchMetrics))!;
        if (m.error) throw new Error(`${positionals[side]}: search page error for ${JSON.stringify(q)}: ${m.error}`);
        times[i]![side]!.push(m.timeToFirstResultsMs!);
        bytes[i]![side]!.push(m.pagefindTransferBytes);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  for (const { server } of sites) server.close();
}
const medians: number[][] = [[], []];
for (const [i, q] of queries.entries()) {
  const [a, b] = times[i]!.map((t) => medianOf(t));
  const [ka, kb] = bytes[i]!.map((t) => medianOf(t) / 1024);
  medians[0]!.push(a!);
  medians[1]!.push(b!);
  console.log(`${q.padEnd(30)} A ${a!.toFixed(0).padStart(5)} ms ${ka!.toFixed(0).padStart(4)} KB   B ${b!.toFixed(0).padStart(5)} ms ${kb!.toFixed(0).padStart(4)} KB`);
}
const summary = (side: number) => `median ${medianOf(medians[side]!).toFixed(0)} ms, max ${Math.max(...medians[side]!).toFixed(0)} ms`;
console.log(`A (${positionals[0]}): ${summary(0)}\nB (${positionals[1]}): ${summary(1)}`);
