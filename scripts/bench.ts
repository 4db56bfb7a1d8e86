// npm run bench -- --docs N [--runs K] [--rebuild] [--heap MB] [--indexer FILE] [--index-env K=V,…]
//                  [--label NAME] [--no-queries] [--seed S]
// npm run bench -- --cite [--runs K]   (the citation engine on 240 KB and 1 MB of references: bench-cite.ts)
//
// Builds the site and its search index for a synthetic corpus of N documents (src/lib/synth) in a
// throwaway workspace /tmp/archive-bench-N[-LABEL]/ (a copy of this project's sources, its own
// corpus, dist/, .astro/ and caches), measures every phase (wall time, peak RSS of the process
// tree), the output, and 10 fixed queries in headless Chromium, cold and warm. With --runs K it
// repeats the cold build K times and reports medians. With --rebuild it also measures a rebuild
// after one document changed, content cache kept. Prints one JSON object on stdout; progress on stderr.
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { buildSentenceBank } from '../src/lib/synth/sentences.ts';
import { synthesizeCorpus } from '../src/lib/synth/generate.ts';
import { directorySize, medianOf, round, runPhase, type PhaseResult } from './bench-measure.ts';
import { bundleSets, runQueries, runQueriesOnSearchPage, type QueryMeasure } from './bench-queries.ts';
import { readSeedBodies } from './bench-seeds.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    runs: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: false },
    heap: { type: 'string', default: '8192' },
    indexer: { type: 'string' },
    'index-env': { type: 'string', default: '' },
    label: { type: 'string', default: '' },
    queries: { type: 'boolean', default: true },
    'no-queries': { type: 'boolean', default: false },
    'index-only': { type: 'boolean', default: false },
    'queries-only': { type: 'boolean', default: false },
    'query-method': { type: 'string', default: 'both' },
    seed: { type: 'string', default: '20260601' },
    cite: { type: 'boolean', default: false },
  },
});

if (values.cite) {
  const { benchCite } = await import('./bench-cite.ts');
  await benchCite(Number(values.runs));
  process.exit(0);
}

const docs = Number(values.docs);
const runs = Number(values.runs);
if (!Number.isInteger(docs) || docs < 1 || !Number.isInteger(runs) || runs < 1 || (values['index-only'] && !values.indexer && !existsSync(join(import.meta.dirname, 'index-search.ts')))) {
  console.error('usage: npm run bench -- --cite [--runs K] | --docs N [--runs K] [--rebuild] [--heap MB] [--indexer FILE] [--index-env K=V,…] [--label NAME] [--no-queries]');
  process.exit(2);
}
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const project = resolve(import.meta.dirname, '..');
const workspace = `/tmp/archive-bench-${docs}${values.label ? `-${values.label}` : ''}`;
const dist = join(workspace, 'dist');
const cacheDir = join(workspace, 'cache', 'astro');
const indexer = values.indexer ?? (existsSync(join(project, 'scripts/index-search.ts')) ? 'scripts/index-search.ts' : null);
const heapMB = Number(values.heap);

// 1. Workspace: a copy of the project's sources, its own corpus, output and caches. The sources
// are copied, not symlinked: Vite resolves a symlinked src/ to its real path outside the Astro root
// and then fails on the style modules of .astro pages; a copy also keeps a run consistent while
// others edit the project. node_modules is a real directory of per-package symlinks, so
// node_modules/.astro and .vite stay in the workspace.
function prepareWorkspace(): { pages: number } {
  mkdirSync(workspace, { recursive: true });
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    const target = join(workspace, name);
    rmSync(target, { recursive: true, force: true });
    if (existsSync(join(project, name))) cpSync(join(project, name), target, { recursive: true });
  }
  const modules = join(workspace, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    const link = join(modules, name);
    try {
      lstatSync(link);
    } catch {
      symlinkSync(join(project, 'node_modules', name), link);
    }
  }
  const corpus = join(workspace, 'content', 'van-ban');
  const marker = join(workspace, 'content', 'corpus.json');
  const wanted = JSON.stringify({ docs, seed: Number(values.seed) });
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
    log(`writing a synthetic corpus of ${docs} documents to ${corpus}`);
    rmSync(corpus, { recursive: true, force: true });
    const bank = buildSentenceBank(readSeedBodies(join(project, 'content/van-ban')));
    const { documents, central } = synthesizeCorpus({ docs, seed: Number(values.seed), bank });
    for (const doc of [...central, ...documents]) {
      const path = join(corpus, `${doc.id}.md`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, doc.source);
    }
    writeFileSync(marker, wanted);
  }
  let pages = 0;
  const count = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) count(join(d, e.name));
      else if (e.name.endsWith('.md')) pages++;
    }
  };
  count(corpus);
  return { pages };
}

const indexEnv = Object.fromEntries(
  values['index-env']
    .split(',')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ARCHIVE_OUT_DIR: dist,
  ARCHIVE_CACHE_DIR: cacheDir,
  // The search index's shard cache (scripts/index-search.ts), cleared with the rest for a cold build.
  ARCHIVE_SEARCH_CACHE_DIR: join(workspace, 'cache', 'search'),
  ARCHIVE_CORPUS_CACHE_DIR: join(workspace, 'cache', 'corpus'),
  // The corpus is the workspace's content/van-ban (the default, relative to the working directory).
  ARCHIVE_CONTENT_DIR: 'content/van-ban',
  NODE_OPTIONS: '',
};
const node = process.execPath;

async function buildPhases(kind: 'cold' | 'rebuild'): Promise<{ validate: PhaseResult | null; site: PhaseResult | null; index: PhaseResult | null; total: PhaseResult }> {
  if (values['queries-only']) {
    const none: PhaseResult = { wallS: 0, peakRssMB: 0, peakProcessRssMB: 0, cpuS: 0 };
    return { validate: null, site: null, index: null, total: none };
  }
  if (values['index-only']) {
    // Pagefind levers: index the site already built in the workspace again.
    log(`index only (${indexer})`);
    rmSync(join(dist, 'pagefind-bench.json'), { force: true });
    const index = await runPhase('index', node, [indexer!], { cwd: workspace, env: { ...baseEnv, ...indexEnv } });
    return { validate: null, site: null, index, total: index };
  }
  log(`${kind} build: validate`);
  const validate = await runPhase('validate', node, ['scripts/validate.ts'], { cwd: workspace, env: baseEnv });
  log(`${kind} build: astro build (heap ${heapMB || 'default'})`);
  const siteStarted = Date.now();
  const astro = await runPhase('site', node, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: workspace,
    env: { ...baseEnv, NODE_OPTIONS: heapMB ? `--max-old-space-size=${heapMB}` : '' },
  });
  // npm run build's next step: dist/ is not emptied, so what earlier builds left is removed.
  const sweep = await runPhase('sweep', node, ['scripts/sweep-output.ts', String(siteStarted)], { cwd: workspace, env: baseEnv });
  const site: PhaseResult = { wallS: round(astro.wallS + sweep.wallS, 1), peakRssMB: Math.max(astro.peakRssMB, sweep.peakRssMB), peakProcessRssMB: Math.max(astro.peakProcessRssMB, sweep.peakProcessRssMB), cpuS: round(astro.cpuS + sweep.cpuS, 1) };
  let index: PhaseResult | null = null;
  if (indexer) {
    log(`${kind} build: search index (${indexer})`);
    index = await runPhase('index', node, [indexer], { cwd: workspace, env: { ...baseEnv, ...indexEnv } });
    // npm run build's last step: compressed twins of the scripts, which the query measurements get.
    const precompress = await runPhase('precompress', node, ['scripts/precompress.ts'], { cwd: workspace, env: baseEnv });
    index = { wallS: round(index.wallS + precompress.wallS, 1), peakRssMB: Math.max(index.peakRssMB, precompress.peakRssMB), peakProcessRssMB: Math.max(index.peakProcessRssMB, precompress.peakProcessRssMB), cpuS: round(index.cpuS + precompress.cpuS, 1) };
  }
  const phases = [validate, site, ...(index ? [index] : [])];
  const total: PhaseResult = {
    wallS: round(phases.reduce((n, p) => n + p.wallS, 0), 1),
    peakRssMB: Math.max(...phases.map((p) => p.peakRssMB)),
    peakProcessRssMB: Math.max(...phases.map((p) => p.peakProcessRssMB)),
    cpuS: round(phases.reduce((n, p) => n + p.cpuS, 0), 1),
  };
  log(`${kind} build: ${total.wallS} s, peak ${total.peakRssMB} MB`);
  return { validate, site, index, total };
}

function summarize(queries: Array<{ cold: QueryMeasure; warm: QueryMeasure }>, which: 'cold' | 'warm') {
  const list = queries.map((q) => q[which]);
  const med = (f: (m: QueryMeasure) => number) => {
    const xs = list.map(f).sort((a, b) => a - b);
    return xs.length % 2 ? xs[xs.length >> 1]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2;
  };
  const max = (f: (m: QueryMeasure) => number) => Math.max(...list.map(f));
  return {
    medianMs: med((m) => m.ms),
    maxMs: max((m) => m.ms),
    medianSearchMs: med((m) => m.searchMs),
    maxSearchMs: max((m) => m.searchMs),
    medianTransferKB: med((m) => m.transferKB),
    maxTransferKB: max((m) => m.transferKB),
    medianGzipKB: med((m) => m.gzipKB),
    maxGzipKB: max((m) => m.gzipKB),
  };
}

const startedAt = new Date().toISOString();
const { pages } = prepareWorkspace();
const results = [];
for (let run = 1; run <= runs; run++) {
  log(`run ${run}/${runs}: clearing dist/ and the caches for a cold build`);
  if (!values['index-only'] && !values['queries-only']) for (const dir of [dist, join(workspace, 'cache'), join(workspace, '.astro'), join(workspace, 'node_modules', '.astro'), join(workspace, 'node_modules', '.vite')]) {
    rmSync(dir, { recursive: true, force: true });
  }
  const cold = await buildPhases('cold');
  const all = directorySize(dist);
  const bundle = directorySize(join(dist, 'pagefind'));
  const output = { mb: round(all.bytes / 1048576, 1), files: all.files, searchIndexMB: round(bundle.bytes / 1048576, 1), searchIndexFiles: bundle.files };
  let queries = null;
  if (values.queries && !values['no-queries'] && indexer) {
    const sets = [];
    const searchPage = existsSync(join(dist, 'tim-kiem', 'index.html')) && !existsSync(join(dist, 'pagefind-bench.json'));
    if (searchPage && values['query-method'] !== 'api') {
      // The site's search page: what a reader gets (several Pagefind searches per query: the
      // missing-word checks and the filter counts included).
      const measured = await runQueriesOnSearchPage(dist, log);
      sets.push({ set: 'search page /tim-kiem/?q=', bundles: 1, cold: summarize(measured, 'cold'), warm: summarize(measured, 'warm'), perQuery: measured });
    }
    if (values['query-method'] !== 'page') for (const set of bundleSets(dist)) {
      const measured = await runQueries(dist, set, log);
      sets.push({ set: set.name, bundles: 1 + set.merge.length, cold: summarize(measured, 'cold'), warm: summarize(measured, 'warm'), perQuery: measured });
    }
    // Budgets are judged on an unscoped search of the whole archive: the search page when there is
    // one, else the last bundle set (all bundles merged).
    const whole = sets[0]!.set.startsWith('search page') ? sets[0]! : sets[sets.length - 1]!;
    queries = { cold: whole.cold, warm: whole.warm, sets };
  }
  let rebuild = null;
  if (values.rebuild) {
    // Change one document's text (the middle file), rebuild with the caches kept, then restore it.
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (e.name.endsWith('.md')) files.push(join(d, e.name));
      }
    };
    walk(join(workspace, 'content', 'van-ban'));
    const target = files[files.length >> 1]!;
    const original = readFileSync(target, 'utf8');
    writeFileSync(target, `${original}\nĐoạn bổ sung để đo thời gian xây dựng lại sau khi một văn bản thay đổi (lần ${run}).\n`);
    try {
      const phases = await buildPhases('rebuild');
      rebuild = { ...phases, ratioToCold: round(phases.total.wallS / cold.total.wallS, 2), cpuRatioToCold: round(phases.total.cpuS / cold.total.cpuS, 2) };
    } finally {
      writeFileSync(target, original);
    }
  }
  results.push({ build: cold, output, queries, rebuild });
}

const m = medianOf(results);
const budgets = {
  fullBuildUnder5Min: m.build.total.wallS < 300,
  peakRssUnder6GB: m.build.total.peakRssMB < 6144,
  coldQueryUnder300KB: m.queries ? m.queries.cold.maxTransferKB < 300 : null,
  coldQueryUnder300KBGzip: m.queries ? m.queries.cold.maxGzipKB < 300 : null,
  coldQueryUnder1s: m.queries ? m.queries.cold.maxMs < 1000 : null,
  rebuildUnderThirdOfCold: m.rebuild ? m.rebuild.ratioToCold < 1 / 3 : null,
};
// Which sources were measured: the commit, and whether the working tree had changes (others edit it).
const git = (args: string[]) => spawnSync('git', args, { cwd: project, encoding: 'utf8' }).stdout.trim();
const report = {
  docs,
  sources: { commit: git(['rev-parse', '--short', 'HEAD']), changedFiles: git(['status', '--porcelain']).split('\n').filter(Boolean).length, copiedAt: startedAt },
  pages,
  runs,
  figures: runs > 1 ? 'medians of the runs' : 'one run',
  seed: Number(values.seed),
  heapMB: heapMB || 'default',
  indexer,
  indexEnv,
  queryMethod:
    'search page: /tim-kiem/?q= in a fresh context, window.__searchMetrics (time from its first search to results on screen, Resource Timing bytes); API: a bare page that imports pagefind.js, search(q), data() of the first 5 (bytes counted at the server)',
  machine: { cpus: os.availableParallelism(), memGB: round(os.totalmem() / 2 ** 30, 1), loadAvgAtEnd: os.loadavg().map((l) => round(l, 1)) },
  ...m,
  budgets,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
