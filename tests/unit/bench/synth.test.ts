import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { canonicalKey } from '../../../src/lib/identity/document-identity.ts';
import { buildSentenceBank } from '../../../src/lib/synth/sentences.ts';
import { districtShare, synthesizeCorpus, typeShares, yearWeight } from '../../../src/lib/synth/generate.ts';
import { populationShare } from '../../../src/lib/synth/places.ts';
import { provinceAt } from '../../../src/lib/places/province-era.ts';
import { provincesSince2025 } from '../../../src/lib/places/provinces.ts';
import { checkDocuments } from '../../../src/lib/validation/validate-corpus.ts';
import { readSeedBodies } from '../../../scripts/bench-seeds.ts';

const bank = buildSentenceBank(readSeedBodies(join(import.meta.dirname, '../../../content/van-ban')));
const small = synthesizeCorpus({ docs: 200, seed: 7, bank });
const large = synthesizeCorpus({ docs: 3000, seed: 11, bank });
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('synthetic corpus', () => {
  it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
    const again = synthesizeCorpus({ docs: 200, seed: 7, bank });
    expect(again.documents.map((d) => d.id + d.source)).toEqual(small.documents.map((d) => d.id + d.source));
    const other = synthesizeCorpus({ docs: 200, seed: 8, bank });
    expect(other.documents.map((d) => d.source)).not.toEqual(small.documents.map((d) => d.source));
  });

  it('passes loadCorpus with zero problems and the corpus checks with no errors at N=200', () => {
    const root = mkdtempSync(join(tmpdir(), 'synth-'));
    dirs.push(root);
    for (const doc of [...small.central, ...small.documents]) {
      const path = join(root, 'content/van-ban', `${doc.id}.md`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, doc.source);
    }
    const { documents, problems } = loadCorpus(root, 'content/van-ban');
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(200 + small.central.length);
    // Corpus checks: no errors and no warnings (every synthetic citation resolves).
    const checked = checkDocuments(documents, problems);
    expect(checked.errors).toBe(0);
    expect(checked.problems).toEqual([]);
    // The key the generator reports is the key the archive computes from the parsed file.
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const doc of small.documents) {
      const parsed = byId.get(doc.id)!;
      expect(canonicalKey({ ...parsed.data, level: parsed.data.issuer.level })).toBe(doc.key);
    }
  });

  it('gives unique identities and ids', () => {
    const all = [...large.central, ...large.documents];
    expect(new Set(all.map((d) => d.key)).size).toBe(all.length);
    expect(new Set(all.map((d) => d.id.toLowerCase())).size).toBe(all.length);
  });

  it('writes ~2,000 words per document', () => {
    const words = large.documents.map((d) => d.body.split(/\s+/).filter(Boolean).length);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(1800);
    expect(mean).toBeLessThan(2300);
    expect(Math.min(...words)).toBeGreaterThan(1500);
  });

  it('follows the type, district, year and province distributions', () => {
    const n = large.documents.length;
    const share = (f: (d: (typeof large.documents)[number]) => boolean) => large.documents.filter(f).length / n;
    for (const [type, expected] of typeShares) expect(share((d) => d.data.type === type)).toBeCloseTo(expected, 1);
    // Before the merger of 1 July 2025 (districts were abolished that day).
    const before = large.documents.filter((d) => d.data.issued! < '2025-07-01');
    const shareBefore = (f: (d: (typeof large.documents)[number]) => boolean) => before.filter(f).length / before.length;
    expect(Math.abs(shareBefore((d) => d.data.district !== null) - districtShare)).toBeLessThan(0.03);
    // Years: 2005–2026, more documents in later years.
    const years = large.documents.map((d) => d.data.year);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2005);
    expect(Math.max(...years)).toBe(2026);
    const early = share((d) => d.data.year <= 2009);
    const late = share((d) => d.data.year >= 2019 && d.data.year <= 2023);
    expect(late / early).toBeGreaterThan(1.8);
    expect(yearWeight(2024)).toBeGreaterThan(yearWeight(2006));
    // 2026 only up to June; 2025 on both sides of 1 July.
    expect(large.documents.filter((d) => d.data.year === 2026).every((d) => d.data.issued! < '2026-07-01')).toBe(true);
    const after = large.documents.filter((d) => d.data.issued! >= '2025-07-01');
    expect(after.some((d) => d.data.year === 2025) && before.some((d) => d.data.year === 2025)).toBe(true);
    // Provinces before the merger: the most populous get their share within a few points; all 63 appear.
    for (const slug of ['ho-chi-minh', 'ha-noi', 'thanh-hoa']) {
      expect(Math.abs(shareBefore((d) => d.data.province === slug) - populationShare(slug))).toBeLessThan(0.02);
    }
    expect(new Set(before.map((d) => d.data.province)).size).toBe(63);
    // Since the merger: only the 34, read in their era, from a province (never a district) body;
    // Hồ Chí Minh now includes Bình Dương and Bà Rịa - Vũng Tàu, so its share grows by theirs.
    expect(after.length).toBeGreaterThan(150);
    expect(after.every((d) => provincesSince2025.has(d.data.province!) && provinceAt(d.data.province!, d.data.issued as string, d.data.year)?.era === 'post-merger')).toBe(true);
    expect(after.every((d) => d.data.district === null && d.data.issuer.level === 'tinh')).toBe(true);
    expect(after.some((d) => d.data.province === 'hue') && !after.some((d) => d.data.province === 'dak-nong')).toBe(true);
    const hcm = ['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'].reduce((sum, slug) => sum + populationShare(slug), 0);
    expect(Math.abs(after.filter((d) => d.data.province === 'ho-chi-minh').length / after.length - hcm)).toBeLessThan(0.05);
    // The Sở Lao động - Thương binh và Xã hội is the Sở Nội vụ from 1 March 2025.
    expect(large.documents.some((d) => d.data.issued! >= '2025-03-01' && d.data.issuer.name.startsWith('Sở Lao động'))).toBe(false);
    expect(after.some((d) => d.data.issuer.name.startsWith('Sở Nội vụ'))).toBe(true);
    // Party plans of the Tỉnh ủy exist and have the Party shape.
    const party = large.documents.filter((d) => d.data.numberSymbol!.endsWith('-KH/TU'));
    expect(party.length).toBeGreaterThan(20);
    expect(party.every((d) => d.data.type === 'ke-hoach' && /^\d+-KH\/TU$/.test(d.data.numberSymbol!))).toBe(true);
  });

  it('writes citations that resolve to documents of the corpus, issued earlier, of the same place', () => {
    const all = [...large.central, ...large.documents];
    const byKey = new Map(all.map((d) => [d.key, d]));
    let local = 0;
    for (const doc of large.documents) {
      expect(doc.citations.length).toBeGreaterThan(0);
      for (const c of doc.citations) {
        const cited = byKey.get(c.key);
        expect(cited, `${doc.id} cites ${c.text}`).toBeDefined();
        expect(doc.body).toContain(c.text);
        expect(c.text).toContain(`số ${cited!.data.numberSymbol} ngày `);
        expect(cited!.data.issued! < doc.data.issued!).toBe(true);
        if (cited!.data.issuer.level !== 'trung-uong') {
          local++;
          expect(cited!.data.province).toBe(doc.data.province);
        }
      }
    }
    expect(local).toBeGreaterThan(large.documents.length / 2);
    // The real decrees the seeds cite are cited, by their real dates.
    const bodies = large.documents.map((d) => d.body).join('\n');
    expect(bodies).toMatch(/Nghị định số 56\/2012\/NĐ-CP ngày 16\/0?7\/2012 của Chính phủ/);
    expect(bodies).toMatch(/Chỉ thị số 21-CT\/TW ngày 20\/0?1\/2018 của Ban Bí thư Trung ương Đảng/);
  });

  it('draws its text from the seeds without their citations or places', () => {
    expect(bank.sentences.length).toBeGreaterThan(80);
    expect(bank.sentences.some((s) => /Kiên Giang|Lạng Sơn|\d+\/\d{4}\/NĐ/.test(s))).toBe(false);
  });
});
