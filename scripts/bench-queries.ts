// Helper of scripts/bench.ts: runs the fixed queries against a built site in Debian's Chromium and
// measures what a reader's browser fetches from /pagefind/ and how long the first results take.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { shardPath, shardsFor, type SearchShard } from '../src/lib/search/shards.ts';
import { emptyFilters } from '../src/lib/search/url-state.ts';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';


/** What a gzipping host would send for a site path of distDir, memoised per path. */
function gzipSizer(distDir: string): (path: string) => number {
  const sizes = new Map<string, number>();
  return (path) => {
    let size = sizes.get(path);
    if (size === undefined) {
      const file = join(distDir, decodeURIComponent(path));
      size = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
      sizes.set(path, size);
    }
    return size;
  };
}

/** The fixed queries: common words, rare words, no diacritics, document numbers. */
export const benchQueries: ReadonlyArray<{ q: string; kind: 'common' | 'rare' | 'no-diacritics' | 'number' }> = [
  { q: 'bình đẳng giới', kind: 'common' },
  { q: 'phụ nữ', kind: 'common' },
  { q: 'ủy ban nhân dân', kind: 'common' },
  { q: 'tảo hôn', kind: 'rare' },
  { q: 'mua bán người', kind: 'rare' },
  { q: 'khởi nghiệp', kind: 'rare' },
  { q: 'binh dang gioi', kind: 'no-diacritics' },
  { q: 'phong chong bao luc gia dinh', kind: 'no-diacritics' },
  { q: '56/2012/NĐ-CP', kind: 'number' },
  { q: '21-CT/TW', kind: 'number' },
];

export interface QueryMeasure {
  /** Time from the first import of pagefind.js to the data of the first five results, ms. */
  ms: number;
  /** Part of `ms` spent loading and initialising Pagefind (script, worker, WebAssembly, metadata). */
  initMs: number;
  /** Part of `ms` from search() to the data of the first five results: what a reader waits for on a search page that loads Pagefind in advance. */
  searchMs: number;
  /** Bytes the server sent during the query (headers and bodies; Pagefind's index files are gzip inside, its scripts are sent uncompressed by the bench server), KB. */
  transferKB: number;
  /** The same files as a host that gzips its responses sends them (Pagefind's index files are already gzip), KB. */
  gzipKB: number;
  /** Requests for /pagefind/ files, from the page and its search worker (cache hits included). */
  requests: number;
  results: number;
}

// Runs in the page. A string, so nothing rewrites its import(). Pagefind fetches its index from a
// Web Worker, which Resource Timing of the page does not see: bytes are counted at the server.
const measureInPage = String.raw`async ({ q, primary, merge }) => {
  const t0 = performance.now();
  const pf = await import(primary + 'pagefind.js');
  await pf.options({ basePath: primary, noWorker: true });
  for (const url of merge) await pf.mergeIndex(url);
  await pf.init();
  const t1 = performance.now();
  const search = await pf.search(q);
  await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  const t2 = performance.now();
  return { ms: t2 - t0, initMs: t1 - t0, searchMs: t2 - t1, results: search.results.length };
}`;

export interface BundleSet {
  name: string;
  /** URL path of the bundle whose pagefind.js is loaded. */
  primary: string;
  /** Bundles merged into it with mergeIndex. */
  merge: string[];
}

export type QueryRow = { q: string; kind: string; cold: QueryMeasure; warm: QueryMeasure };

/**
 * The bundle sets to query: from dist/pagefind-bench.json (scripts/bench-index.ts), else the site's
 * shards (the plan in the search page): what the search page loads first, and every shard merged.
 */
export function bundleSets(distDir: string): BundleSet[] {
  const file = join(distDir, 'pagefind-bench.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as BundleSet[];
  const page = readFileSync(join(distDir, 'tim-kiem', 'index.html'), 'utf8');
  const json = (/data-search-shards="([^"]*)"/.exec(page)?.[1] ?? '[]').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const shards = JSON.parse(json) as SearchShard[];
  const { first } = shardsFor(shards, { filters: emptyFilters(), sort: 'lien-quan' });
  const sets: BundleSet[] = [{ name: `first shard(s) ${first.map((s) => s.name).join(' + ')}`, primary: shardPath(first[0]!), merge: first.slice(1).map(shardPath) }];
  if (shards.length > first.length) sets.push({ name: `all ${shards.length} shards merged`, primary: shardPath(shards[0]!), merge: shards.slice(1).map(shardPath) });
  return sets;
}

export async function runQueries(distDir: string, set: BundleSet, log: (line: string) => void): Promise<QueryRow[]> {
  const { server, url } = await startStaticServer({ root: distDir, port: 0 });
  const sockets: Array<{ bytesWritten: number }> = [];
  server.on('connection', (socket) => sockets.push(socket));
  const sent = () => sockets.reduce((n, s) => n + s.bytesWritten, 0);
  const gzipSize = gzipSizer(distDir);
  const browser = await launchChromium();
  const out: QueryRow[] = [];
  try {
    for (const { q, kind } of benchQueries) {
      // Cold: a new context has an empty HTTP cache. The site's CSP has no 'wasm-unsafe-eval' for
      // this bare page, so the measurement context bypasses CSP (the search page declares its own).
      const context = await browser.newContext({ bypassCSP: true });
      let requested: string[] = [];
      context.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (/^\/pagefind/.test(path)) requested.push(path);
      });
      const page = await context.newPage();
      const run = async (): Promise<QueryMeasure> => {
        await page.goto(url, { waitUntil: 'load' });
        requested = [];
        const before = sent();
        const r = (await page.evaluate(`(${measureInPage})(${JSON.stringify({ q, primary: set.primary, merge: set.merge })})`)) as {
          ms: number;
          initMs: number;
          searchMs: number;
          results: number;
        };
        const transfer = sent() - before;
        // gzip-equivalent: only meaningful when the files were fetched (cold); warm hits cost what the server sent.
        const gzip = transfer > 0 ? [...new Set(requested)].reduce((n, p) => n + gzipSize(p) + 300, 0) : 0;
        return {
          ms: Math.round(r.ms),
          initMs: Math.round(r.initMs),
          searchMs: Math.round(r.searchMs),
          transferKB: Math.round(transfer / 1024),
          gzipKB: Math.round(Math.min(gzip, transfer) / 1024),
          requests: requested.length,
          results: r.results,
        };
      };
      const cold = await run();
      // Warm: the same context after a reload, so the HTTP cache holds what the cold query fetched.
      const warm = await run();
      await context.close();
      log(`[${set.name}] ${JSON.stringify(q)}: ${cold.results} results; cold ${cold.ms} ms (init ${cold.initMs}, search ${cold.searchMs}) ${cold.transferKB} KB (gzip ${cold.gzipKB} KB) in ${cold.requests} requests; warm ${warm.ms} ms ${warm.transferKB} KB`);
      out.push({ q, kind, cold, warm });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/**
 * The same queries through the site's own search page: a fresh context opens /tim-kiem/?q=…, and
 * the page reports window.__searchMetrics (docs/search.md, "What a search costs": time from the start of its first search,
 * Pagefind loading included, to results on screen; Resource Timing bytes of /pagefind/). Warm: the
 * same context opens the URL again.
 */
export async function runQueriesOnSearchPage(distDir: string, log: (line: string) => void): Promise<QueryRow[]> {
  const { server, url } = await startStaticServer({ root: distDir, port: 0 });
  const gzipSize = gzipSizer(distDir);
  const browser = await launchChromium();
  const out: QueryRow[] = [];
  try {
    for (const { q, kind } of benchQueries) {
      const context = await browser.newContext();
      let requested: string[] = [];
      context.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/pagefind/')) requested.push(path);
      });
      const page = await context.newPage();
      const run = async (): Promise<QueryMeasure> => {
        requested = [];
        await page.goto(`${url}tim-kiem/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
        // Functions, not strings: the page's CSP forbids string evaluation.
        type W = { __searchMetrics?: { ready: boolean; error: string | null } };
        await page.waitForFunction(() => {
          const m = (globalThis as unknown as W).__searchMetrics;
          return Boolean(m && (m.ready || m.error));
        }, undefined, { timeout: 60_000 });
        const m = (await page.evaluate(() => (globalThis as unknown as W).__searchMetrics)) as unknown as {
          timeToFirstResultsMs: number | null;
          sinceNavigationMs: number | null;
          pagefindTransferBytes: number;
          pagefindRequests: number;
          resultCount: number;
          error: string | null;
        };
        if (m.error) throw new Error(`search page error for ${JSON.stringify(q)}: ${m.error}`);
        const gzip = m.pagefindTransferBytes > 0 ? [...new Set(requested)].reduce((n, p) => n + gzipSize(p) + 300, 0) : 0;
        return {
          ms: Math.round(m.timeToFirstResultsMs ?? -1),
          initMs: Math.round((m.sinceNavigationMs ?? 0) - (m.timeToFirstResultsMs ?? 0)),
          searchMs: Math.round(m.sinceNavigationMs ?? -1),
          transferKB: Math.round(m.pagefindTransferBytes / 1024),
          gzipKB: Math.round(Math.min(gzip, m.pagefindTransferBytes) / 1024),
          requests: m.pagefindRequests,
          results: m.resultCount,
        };
      };
      const cold = await run();
      const warm = await run();
      await context.close();
      log(`[search page] ${JSON.stringify(q)}: ${cold.results} results; cold ${cold.ms} ms (${cold.searchMs} ms since navigation) ${cold.transferKB} KB (gzip ${cold.gzipKB} KB) in ${cold.requests} requests; warm ${warm.ms} ms ${warm.transferKB} KB`);
      out.push({ q, kind, cold, warm });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
