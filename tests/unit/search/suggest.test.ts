import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { buildCatalogue, entryKeys, keyOf, shardCap, catalogueEntry, type CatalogueShard } from '../../../src/lib/search/suggest-catalogue.ts';
import { maxSuggestions, parseSuggestQuery, shardKeys, shortTitle, suggest } from '../../../src/lib/search/suggest.ts';
import { documentData } from '../fixtures/documents.ts';

/** The ids the box suggests for what was typed, fetching the shards it would fetch from `from`. */
function suggestedIds(from: Map<string, CatalogueShard>, q: string, known?: ReadonlySet<string>): string[] {
  const query = parseSuggestQuery(q);
  return suggest(query, shardKeys(query, 3, known).map((k) => from.get(k) ?? { complete: true, entries: [] })).map((s) => s.id);
}

// The archive's own corpus, as the build files it under /goi-y/.
const corpus = loadCorpus(process.cwd()).documents;
const catalogue = buildCatalogue(corpus);
const ids = (q: string) => suggestedIds(catalogue, q);

describe('suggestions from the catalogue', () => {
  it.each([
    ['56/20', '2012/56-2012-nd-cp'],
    ['56/2012/NĐ-CP', '2012/56-2012-nd-cp'],
    ['56/2012/nd-cp', '2012/56-2012-nd-cp'],
    ['562012ndcp', '2012/56-2012-nd-cp'],
    ['nghi dinh 56', '2012/56-2012-nd-cp'],
    ['96 kh', '2018/lang-son-96-kh-ubnd'],
    ['96/KH-UBND', '2018/lang-son-96-kh-ubnd'],
    ['chi thi 21', '2018/21-ct-tw'],
    ['Chỉ thị số 21', '2018/21-ct-tw'],
    ['21-CT/TW', '2018/21-ct-tw'],
    ['luat binh dang', '2006/73-2006-qh11'],
    ['luật bình đẳng giới', '2006/73-2006-qh11'],
    ['146/UBND-LĐTBXH', '2019/bac-giang-tan-yen-146-ubnd-ldtbxh'],
    ['68/ubnd-vhxh', '2019/kien-giang-68-ubnd-vhxh'],
  ])('%j suggests %s first', (q, id) => {
    expect(ids(q)[0]).toBe(id);
  });

  it('gives at most 8, each with type, number, year, province and a short title', () => {
    const query = parseSuggestQuery('binh dang gioi');
    const found = suggest(query, shardKeys(query).map((k) => catalogue.get(k)!));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(maxSuggestions);
    const tanYen = suggest(parseSuggestQuery('146/UBND'), [catalogue.get('n146')!])[0]!;
    expect(tanYen).toEqual({ id: '2019/bac-giang-tan-yen-146-ubnd-ldtbxh', line: 'Công văn 146/UBND-LĐTBXH · 2019 · Bắc Giang', title: 'Hướng dẫn triển khai công tác bình đẳng giới năm 2019', fullText: true });
  });

  it('does not take 21 for 210 once the number is typed in full, but does while it is typed', () => {
    const entries = [catalogueEntry('2018/a-21', documentData({ numberSymbol: '21/KH-UBND', title: 'A' })), catalogueEntry('2018/a-210', documentData({ numberSymbol: '210/KH-UBND', title: 'B' }))];
    const shard = { complete: true, entries };
    expect(suggest(parseSuggestQuery('21 '), [shard]).map((s) => s.id)).toEqual(['2018/a-21']);
    expect(suggest(parseSuggestQuery('21'), [shard]).map((s) => s.id).sort()).toEqual(['2018/a-21', '2018/a-210']);
  });

  it('needs no shard for a word of one or two letters still being typed, and nothing for an empty box', () => {
    expect(shardKeys(parseSuggestQuery('bi'))).toEqual([]);
    expect(shardKeys(parseSuggestQuery('kế '))).toEqual(['wke']);
    expect(shardKeys(parseSuggestQuery('chi thi 21'))).toEqual(['n21', 'wchi', 'wthi']);
    expect(shardKeys(parseSuggestQuery('562012ndcp'))).toEqual(['n56', 'n562']);
    expect(shardKeys(parseSuggestQuery('1232019nđcp'))).toEqual(['n123']);
    expect(suggest(parseSuggestQuery('  '), [...catalogue.values()])).toEqual([]);
  });

  it('shortens long titles at a word', () => {
    const long = 'Điều chỉnh, bổ sung một số nội dung của Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020 trên địa bàn huyện';
    expect(shortTitle(long)).toBe('Điều chỉnh, bổ sung một số nội dung của Chiến lược quốc gia về bình đẳng giới giai đoạn…');
    expect(shortTitle('Luật Bình đẳng giới | Luật BĐG')).toBe('Luật Bình đẳng giới');
  });
});

describe('the catalogue', () => {
  it('files each document under its number and each word of its titles', () => {
    const entry = catalogue.get('n56')!.entries.find((e) => e[0] === '2012/56-2012-nd-cp')!;
    expect(entryKeys(entry)).toEqual(expect.arrayContaining(['n56', 'wquy']));
    expect([keyOf('binh'), keyOf('ke'), keyOf('056'), keyOf('5'), keyOf('21'), keyOf('215'), keyOf('2150'), keyOf('01a')]).toEqual(['wbin', 'wke', 'n56', 'n5', 'n21', 'n215', 'n215', 'n1']);
  });

  it('keeps the most cited documents first when a shard is full, then full texts', () => {
    const docs = Array.from({ length: shardCap + 3 }, (_, i) => ({ id: `2018/kh-${i}`, data: documentData({ numberSymbol: `${i + 1}/KH-UBND`, title: `Kế hoạch số ${i}`, fullText: i !== 0 }) }));
    const shard = buildCatalogue(docs, (id) => (id === '2018/kh-0' ? 40 : 0)).get('wke')!;
    expect(shard.entries[0]![0]).toBe('2018/kh-0');
    expect(shard.entries).toHaveLength(shardCap);
  });

  it('keeps at most shardCap entries in a shard, full texts first, and says it is not complete', () => {
    const docs = Array.from({ length: shardCap + 3 }, (_, i) => ({ id: `2018/kh-${i}`, data: documentData({ numberSymbol: `${i + 1}/KH-UBND`, title: `Kế hoạch số ${i}`, fullText: i === shardCap + 2 }) }));
    const built = buildCatalogue(docs);
    const shard = built.get('wke')!;
    expect(shard.complete).toBe(false);
    expect(shard.entries).toHaveLength(shardCap);
    expect(shard.entries[0]![0]).toBe(`2018/kh-${shardCap + 2}`);
  });
});

// An archive of 10,000 documents, as the synthetic corpus has it: hundreds of local documents share
// each common title word and each number's first digits, and their titles name the central
// documents they implement ("Triển khai thực hiện Chỉ thị số 21-CT/TW"), which are cited-only.
describe('suggestions at archive scale (shards over the cap)', () => {
  const provinces = ['ha-noi', 'lang-son', 'kien-giang', 'thanh-hoa', 'nghe-an', 'ca-mau'];
  const topics = ['Triển khai thực hiện Chỉ thị số 21-CT/TW', 'Tiếp tục triển khai thực hiện Nghị định số 56/2012/NĐ-CP', 'Kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới', 'Tuyên truyền, phổ biến pháp luật về bình đẳng giới'];
  const types = [['ke-hoach', 'KH-UBND'], ['cong-van', 'UBND-VX'], ['quyet-dinh', 'QĐ-UBND']] as const;
  const local = Array.from({ length: 6000 }, (_, i) => {
    const [type, code] = types[i % types.length]!;
    const number = (i % 3000) + 1;
    const year = 2015 + (i % 11);
    return { id: `${year}/${provinces[i % provinces.length]}-${number}-${i}`, data: documentData({ type, numberSymbol: `${number}/${code}`, year, issued: `${year}-03-01`, title: topics[i % topics.length]!, province: provinces[i % provinces.length]!, fullText: true }) };
  });
  const central = [
    { id: '2008/21-ct-tw', data: documentData({ type: 'chi-thi', numberSymbol: '21-CT/TW', year: 2008, issued: '2008-01-20', title: 'Về tiếp tục đẩy mạnh công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước', issuer: { name: 'Ban Bí thư', parent: null, level: 'trung-uong' }, province: null, fullText: false }) },
    { id: '2012/56-2012-nd-cp', data: documentData({ type: 'nghi-dinh', numberSymbol: '56/2012/NĐ-CP', year: 2012, issued: '2012-07-16', title: 'Quy định trách nhiệm của bộ, ngành, Ủy ban nhân dân các cấp trong việc bảo đảm cho các cấp Hội Liên hiệp phụ nữ Việt Nam tham gia quản lý nhà nước', issuer: { name: 'Chính phủ', parent: null, level: 'trung-uong' }, province: null, fullText: false }) },
    { id: '2006/73-2006-qh11', data: documentData({ type: 'luat', numberSymbol: '73/2006/QH11', year: 2006, issued: '2006-11-29', title: 'Bình đẳng giới', aliases: ['Luật Bình đẳng giới'], issuer: { name: 'Quốc hội', parent: null, level: 'trung-uong' }, province: null, fullText: false }) },
  ];
  const documents = [...local, ...central];
  // Every local document cites one of them; the law is cited by all.
  const citedBy = (id: string) => (id === '2006/73-2006-qh11' ? 6000 : central.some((c) => c.id === id) ? 1500 : 0);
  const big = buildCatalogue(documents, citedBy);
  const top = (q: string) => suggestedIds(big, q);

  it('has full shards for the common words (the case the cap is for)', () => {
    expect(big.get('wthu')!.complete).toBe(false);
    expect(big.get('wbin')!.complete).toBe(false);
  });

  it.each([
    ['chi thi 21', '2008/21-ct-tw'],
    ['Chỉ thị số 21', '2008/21-ct-tw'],
    ['21-CT/TW', '2008/21-ct-tw'],
    ['nghi dinh 56', '2012/56-2012-nd-cp'],
    ['56/20', '2012/56-2012-nd-cp'],
    ['luat binh dang', '2006/73-2006-qh11'],
    ['luật bình đẳng giới', '2006/73-2006-qh11'],
  ])('%j suggests %s first', (q, id) => {
    expect(top(q)[0]).toBe(id);
  });

  it.each([
    // Numbers of three digits and more have their own shard, complete at this size: every one is found.
    ['214/kh', /^20\d\d\/[a-z-]+-214-/],
    ['2140 ', /^20\d\d\/[a-z-]+-2140-/],
    ['996 ubnd', /^20\d\d\/[a-z-]+-996-/],
    ['21 kh', /^20\d\d\/[a-z-]+-21-/],
  ])('%j finds documents with that number', (q, pattern) => {
    const found = top(q);
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(id).toMatch(pattern);
  });

  it('files a number so common that its shard is full also by its symbol: "5/kh" finds the oldest Kế hoạch numbered 5', () => {
    // 200 documents numbered 5: Kế hoạch and Công văn of ten provinces over ten years.
    const fives = Array.from({ length: 200 }, (_, i) => {
      const year = 2006 + (i % 10);
      const province = ['ha-noi', 'lang-son', 'kien-giang', 'thanh-hoa', 'nghe-an', 'ca-mau', 'bac-giang', 'an-giang', 'lam-dong', 'hue'][Math.floor(i / 20)]!;
      const [type, code] = i % 2 ? (['cong-van', 'UBND-VX'] as const) : (['ke-hoach', 'KH-UBND'] as const);
      return { id: `${year}/${province}-5-${code.toLowerCase()}-${i}`, data: documentData({ type, numberSymbol: `5/${code}`, year, issued: `${year}-02-01`, title: `Văn bản số ${i}`, province, fullText: true }) };
    });
    const cat = buildCatalogue(fives);
    expect(cat.get('n5')!.complete).toBe(false);
    expect(cat.get('n5kh')!.complete).toBe(true);
    expect(cat.get('n5kh')!.entries).toHaveLength(100);
    const known = new Set(cat.keys());
    const find = (q: string) => suggestedIds(cat, q, known);
    expect(shardKeys(parseSuggestQuery('5/kh ca mau'), 3, known)[0]).toBe('n5kh');
    // Cà Mau's ten Kế hoạch numbered 5 are dated 2006–2014; n5 keeps the newest 120 of the 200 (six).
    expect(find('5/kh ca mau').every((id) => /\/ca-mau-5-kh-ubnd-/.test(id))).toBe(true);
    expect(find('5/kh ca mau')).toHaveLength(8);
    expect(cat.get('n5')!.entries.some((e) => e[0] === '2006/ca-mau-5-kh-ubnd-100')).toBe(false);
    expect(cat.get('n5kh')!.entries.some((e) => e[0] === '2006/ca-mau-5-kh-ubnd-100')).toBe(true);
    expect(find('5/kh ca mau van ban so 100')).toEqual(['2006/ca-mau-5-kh-ubnd-100']);
    // Without the key list (or a one-letter symbol) the number's own shard is used.
    expect(shardKeys(parseSuggestQuery('5/kh'))[0]).toBe('n5');
    expect(shardKeys(parseSuggestQuery('5/k'), 3, known)[0]).toBe('n5');
    // A number whose shard is not full has no sub-shards.
    expect([...cat.keys()].filter((k) => /^n\d+[a-z]/.test(k)).sort()).toEqual(['n5kh', 'n5ub']);
  });

  it('files a number with its own digits: 21 apart from 210–219', () => {
    expect(big.get('n21')!.entries.every((e) => e[2].startsWith('21/') || e[2].startsWith('21-'))).toBe(true);
    expect(big.get('n215')!.complete).toBe(true);
  });
});
