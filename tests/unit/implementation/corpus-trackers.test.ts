import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../../../src/lib/citations/index.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { trackedDocument } from '../../../src/lib/implementation/tracked-document.ts';
import { buildTrackers } from '../../../src/lib/implementation/trackers.ts';
import { trackerCsv, trackerRecord } from '../../../src/lib/implementation/tracker-record.ts';

// The archive's own documents: the examples must hold on them.
const { documents } = loadCorpus(process.cwd());
const graph = buildCitationGraph(documents);
const trackers = buildTrackers(documents.map(trackedDocument), (id) => graph.edgesTo(id).map((e) => ({ from: e.from, to: e.to!, relation: e.relation })));
const tracker = (id: string) => trackers.find((t) => t.target.id === id)!;
const entries = (id: string, province: string) =>
  tracker(id).groups.flatMap((g) => g.rows).find((r) => r.slug === province && r.era === 'truoc-2025')!.entries.map((e) => [e.document.numberSymbol, e.daysAfterIssued, e.direct]);

describe('trackers of the archive', () => {
  it('Chỉ thị 21-CT/TW: Lạng Sơn with 61-KH/TU after 83 days and 96/KH-UBND after 129', () => {
    expect(entries('2018/21-ct-tw', 'lang-son')).toEqual([
      ['61-KH/TU', 83, true],
      ['96/KH-UBND', 129, true],
    ]);
    expect(tracker('2018/21-ct-tw').summary).toMatchObject({ responded: 1, provinces: 63, fastest: 83, median: 83, slowest: 83 });
  });

  it('Nghị định 56/2012/NĐ-CP: Kiên Giang (now part of An Giang) with 08/KH-UBND and 68/UBND-VHXH; the ministry guidance apart', () => {
    expect(entries('2012/56-2012-nd-cp', 'kien-giang')).toEqual([
      ['08/KH-UBND', 1642, true],
      ['68/UBND-VHXH', 2375, true],
    ]);
    const t = tracker('2012/56-2012-nd-cp');
    expect(t.groups.find((g) => g.rows.some((r) => r.slug === 'kien-giang'))!.name).toBe('An Giang');
    expect(t.central.map((e) => [e.document.numberSymbol, e.daysAfterIssued])).toEqual([['4993/BNV-TH', 2275]]);
    // Lạng Sơn's 96/KH-UBND only cites the decree ("theo"): it is not an implementation.
    expect(entries('2012/56-2012-nd-cp', 'lang-son')).toEqual([]);
  });

  it('only central documents have trackers', () => {
    const central = new Set(documents.filter((d) => d.data.issuer.level === 'trung-uong').map((d) => d.id));
    expect(trackers.length).toBeGreaterThan(0);
    expect(trackers.every((t) => central.has(t.target.id))).toBe(true);
  });

  it('the open data says the same: JSON rows and one CSV line per implementing document', () => {
    const record = trackerRecord(tracker('2018/21-ct-tw'), (id) => `https://example.org/van-ban/${id}/`);
    const langSon = record.provinces.find((p) => p.slug === 'lang-son')!;
    expect(langSon.now).toBe('lang-son');
    expect(langSon.documents.map((d) => [d.numberSymbol, d.daysAfterIssued, d.url])).toEqual([
      ['61-KH/TU', 83, 'https://example.org/van-ban/2018/lang-son-61-kh-tu/'],
      ['96/KH-UBND', 129, 'https://example.org/van-ban/2018/lang-son-96-kh-ubnd/'],
    ]);
    const csv = trackerCsv(record).split('\r\n');
    expect(csv[0]).toBe('\uFEFF"tinh_nay","tinh","cap","co_quan","huyen","loai","so_ky_hieu","ngay_ban_hanh","so_ngay","so_ngay_tu_hieu_luc","truc_tiep","qua_van_ban","trich_yeu","id","url"');
    expect(csv.filter((line) => line.includes('"lang-son"'))).toHaveLength(2);
    expect(csv[1]).toContain('"61-KH/TU","2018-04-13","83"');
  });
});
