import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedBodies } from '../../../scripts/bench-seeds.ts';
import { buildSentenceBank, synthesizeCorpus } from '../../../src/lib/synth/index.ts';
import { eraOf } from '../../../src/lib/implementation/eras.ts';
import { buildScratchSite } from '../astro-build.ts';
import { repoRoot } from '../citations/helpers.ts';

// `astro build` of a synthetic corpus (the benchmark's generator, 600 documents) in a scratch
// folder: the tracker of Nghị định 56/2012/NĐ-CP must list every province the generator gave a
// document implementing it, and no other. The generator's own record is the reference: it titles
// such documents "(Tiếp tục) triển khai thực hiện Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 …", or
// opens a plan or letter with a list under "Thực hiện" ("Thực hiện Nghị quyết số 11-NQ/TW …; Nghị
// định số 56/2012/NĐ-CP …, Ủy ban nhân dân huyện …": the verb governs every item). Otherwise it
// writes "Căn cứ Nghị định số 56/2012/NĐ-CP", which is not implementation.
const work = '.cache/tracker-synth-test';
const out = join(repoRoot, work, 'dist');
afterAll(() => rmSync(join(repoRoot, work), { recursive: true, force: true }), 120_000);

describe('the tracker of Nghị định 56 on a synthetic corpus', { timeout: 600_000 }, () => {
  it('lists every province the corpus gave an implementing document, in the page and in its data', () => {
    rmSync(join(repoRoot, work), { recursive: true, force: true });
    const bank = buildSentenceBank(readSeedBodies(join(repoRoot, 'content/van-ban')));
    const corpus = synthesizeCorpus({ docs: 600, seed: 1, bank });
    for (const doc of [...corpus.central, ...corpus.documents]) {
      const path = join(repoRoot, work, 'content/van-ban', `${doc.id}.md`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, doc.source);
    }
    const opening = (source: string) => source.split(/^---$/m)[2]!.trim().split('\n')[0]!;
    const implementing = corpus.documents.filter(
      (d) => d.data.title.includes('Nghị định số 56/2012/NĐ-CP') || (opening(d.source).startsWith('Thực hiện ') && opening(d.source).includes('Nghị định số 56/2012/NĐ-CP')),
    );
    // A row per province and era: the table of the 63 holds a row for what a merged province issued
    // since 1 July 2025 ("ha-noi" and "ha-noi-moi"), and counts only the 63 in its summary.
    const rowKey = (era: string, slug: string) => (era === 'truoc-2025' ? slug : `${slug}-moi`);
    const expected = [...new Set(implementing.map((d) => rowKey(eraOf(d.data.issued as string | null), d.data.province as string)))].sort();
    expect(expected.length).toBeGreaterThan(3);

    buildScratchSite(work);

    const record = JSON.parse(readFileSync(join(out, 'du-lieu/thuc-hien/2012/56-2012-nd-cp.json'), 'utf8')) as {
      provinces: Array<{ slug: string; era: string; documents: Array<{ id: string; direct: boolean; via: string | null }> }>;
      summary: { responded: number };
    };
    // The provinces with a direct implementing document are exactly the generator's; other rows hold
    // only indirect ones (a later plan implementing one of those documents), each naming it.
    const responded = record.provinces.filter((p) => p.documents.length > 0);
    const direct = responded.filter((p) => p.documents.some((d) => d.direct));
    expect(direct.map((p) => rowKey(p.era, p.slug)).sort()).toEqual(expected);
    const implementingIds = new Set(implementing.map((d) => d.id));
    for (const d of responded.flatMap((p) => p.documents).filter((d) => !d.direct)) expect(implementingIds.has(d.via!), `${d.id} via ${d.via}`).toBe(true);
    const truoc = responded.filter((p) => p.era === 'truoc-2025');
    expect(record.summary.responded).toBe(truoc.length);
    // Every document the generator made implementing it is there, directly.
    const listed = new Map(responded.flatMap((p) => p.documents).map((d) => [d.id, d.direct]));
    for (const d of implementing) expect(listed.get(d.id), d.id).toBe(true);

    const html = readFileSync(join(out, 'thuc-hien/2012/56-2012-nd-cp/index.html'), 'utf8');
    const rows = [...html.matchAll(/<tr id="tinh-([a-z-]+)"[^>]*class="responded"/g)].map((m) => m[1]).sort();
    expect(rows).toEqual(responded.map((p) => rowKey(p.era, p.slug)).sort());
    for (const d of implementing) expect(html).toContain(`href="/van-ban/${d.id}/"`);
  });
});
