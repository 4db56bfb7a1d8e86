import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { buildCatalogue, entryKeys, keyOf, shardCap, catalogueEntry } from '../../../src/lib/search/suggest-catalogue.ts';
import { maxSuggestions, parseSuggestQuery, shardKeys, shortTitle, suggest } from '../../../src/lib/search/suggest.ts';
import { documentData } from '../fixtures/documents.ts';

// The archive's own corpus, as the build files it under /goi-y/.
const corpus = loadCorpus(process.cwd()).documents;
const catalogue = buildCatalogue(corpus);
const ids = (q: string) => {
  const query = parseSuggestQuery(q);
  const shards = shardKeys(query).map((k) => catalogue.get(k) ?? { complete: true, entries: [] });
  return suggest(query, shards).map((s) => s.id);
};

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
    const tanYen = suggest(parseSuggestQuery('146/UBND'), [catalogue.get('n14')!])[0]!;
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
    expect([keyOf('binh'), keyOf('ke'), keyOf('056'), keyOf('5')]).toEqual(['wbin', 'wke', 'n56', 'n5']);
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
