import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/lib/citations/analyze.ts';
import { openAnalysisCache, registryDigest } from '../../../src/lib/citations/analysis-cache.ts';
import { buildCitationGraph } from '../../../src/lib/citations/graph.ts';
import { createRegistry } from '../../../src/lib/citations/registry.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { makeTempDir } from '../temp-dirs.ts';
import { repoRoot } from './helpers.ts';

const { documents } = loadCorpus(repoRoot);
const registry = createRegistry(documents);
const memoFile = () => join(makeTempDir('analysis-cache-'), 'analysis.json');

describe('analysis cache: a rebuild analyses only what changed', () => {
  it('gives the engine\'s own analysis of every document, from the memo on the second run', () => {
    const path = memoFile();
    const first = openAnalysisCache(path, 'v1', registry);
    for (const d of documents) first.analyze(d);
    first.save();
    const second = openAnalysisCache(path, 'v1', registry);
    for (const d of documents) expect(second.analyze(d)).toEqual(analyzeDocument(d, registry));
  });

  it('builds the same citation graph as the engine', () => {
    const path = memoFile();
    const warm = openAnalysisCache(path, 'v1', registry);
    buildCitationGraph(documents, registry, (d) => warm.analyze(d));
    warm.save();
    const memo = openAnalysisCache(path, 'v1', registry);
    expect(buildCitationGraph(documents, registry, (d) => memo.analyze(d)).edges).toEqual(buildCitationGraph(documents, registry).edges);
  });

  it('a changed text is analysed again', () => {
    const path = memoFile();
    const doc = documents.find((d) => d.id === '2019/kien-giang-68-ubnd-vhxh')!;
    const first = openAnalysisCache(path, 'v1', registry);
    first.analyze(doc);
    first.save();
    const changed = { ...doc, body: `${doc.body}\nCăn cứ Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư.\n` };
    const citations = openAnalysisCache(path, 'v1', registry).analyze(changed).citations;
    expect(citations.map((c) => c.raw)).toContain('Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư');
  });

  it('another registry (a document added, an identity corrected) discards the memo', () => {
    const fewer = createRegistry(documents.filter((d) => d.id !== '2012/56-2012-nd-cp'));
    expect(registryDigest(fewer)).not.toBe(registryDigest(registry));
    const path = memoFile();
    const first = openAnalysisCache(path, 'v1', fewer);
    const doc = documents.find((d) => d.id === '2019/kien-giang-68-ubnd-vhxh')!;
    first.analyze(doc);
    first.save();
    const resolved = openAnalysisCache(path, 'v1', registry).analyze(doc).citations.filter((c) => c.documentId === '2012/56-2012-nd-cp');
    expect(resolved.length).toBeGreaterThan(0);
  });
});
