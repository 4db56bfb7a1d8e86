import { describe, expect, it } from 'vitest';
import { buildCitationGraph, type GraphDocument } from '../../../src/lib/citations/graph.ts';
import { citedOnly, corpus, seedText } from './helpers.ts';

/**
 * The graph is built from fixture documents: the raw seed texts with the frontmatter their converted
 * files carry, plus the archive's entries for cited documents. So it does not depend on how the
 * seeds were converted; the last test runs it on the real corpus.
 */
function seedDocument(id: string, seed: '000' | '001' | '003', data: Partial<GraphDocument['data']>): GraphDocument {
  return {
    id,
    body: seedText(seed),
    data: {
      type: 'ke-hoach', numberSymbol: null, year: 2019, title: 't', fullText: true, aliases: [],
      issuer: { name: 'x', parent: null, level: 'tinh' }, province: null, district: null, ...data,
    } as GraphDocument['data'],
  };
}

const documents: GraphDocument[] = [
  seedDocument('2019/kien-giang-68-ubnd-vhxh', '000', {
    type: 'cong-van', numberSymbol: '68/UBND-VHXH', year: 2019, province: 'kien-giang',
    title: 'Tiếp tục triển khai thực hiện Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ trên địa bàn tỉnh Kiên Giang',
  }),
  seedDocument('2018/lang-son-96-kh-ubnd', '001', {
    numberSymbol: '96/KH-UBND', year: 2018, province: 'lang-son',
    title: 'Triển khai thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2018 của Ban Bí thư Trung ương Đảng về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới',
  }),
  seedDocument('2019/bac-giang-tan-yen-146-ubnd-ldtbxh', '003', {
    type: 'cong-van', numberSymbol: '146/UBND-LĐTBXH', year: 2019, province: 'bac-giang', district: 'Tân Yên',
    issuer: { name: 'Ủy ban nhân dân huyện Tân Yên', parent: null, level: 'huyen' }, title: 'Hướng dẫn triển khai công tác bình đẳng giới năm 2019',
  }),
  ...citedOnly(),
];
const graph = buildCitationGraph(documents);
const ids = (items: Array<{ id: string | null }>) => items.map((i) => i.id);

describe('citation graph', () => {
  it('has a node for every document, with its key and page', () => {
    expect(graph.nodes).toHaveLength(documents.length);
    expect(graph.nodes.find((n) => n.id === '2012/56-2012-nd-cp')).toEqual({
      id: '2012/56-2012-nd-cp',
      key: 'tw|2012|56|ND-CP',
      type: 'nghi-dinh',
      numberSymbol: '56/2012/NĐ-CP',
      year: 2012,
      title: expect.stringMatching(/^Quy định trách nhiệm/),
      fullText: false,
      url: '/van-ban/2012/56-2012-nd-cp/',
    });
  });

  it('lists the references of seed 003 it could not pin down, and none of seed 000', () => {
    expect(graph.unresolved('2019/bac-giang-tan-yen-146-ubnd-ldtbxh').map((e) => [e.raw, e.status])).toEqual([
      ['Kế hoạch số 60/KH-UBND', 'ambiguous'],
      ['Kế hoạch số 75/KH-UBND', 'ambiguous'],
    ]);
    expect(graph.unresolved('2019/kien-giang-68-ubnd-vhxh')).toEqual([]);
  });

  it('Nghị định 56 is cited by seeds 000 and 001', () => {
    const citing = new Set(graph.incoming('2012/56-2012-nd-cp').flatMap((g) => ids(g.items)));
    expect(citing).toContain('2019/kien-giang-68-ubnd-vhxh');
    expect(citing).toContain('2018/lang-son-96-kh-ubnd');
  });

  it('Chỉ thị 21 is implemented by seed 001', () => {
    const groups = graph.incoming('2018/21-ct-tw');
    const implementing = groups.find((g) => g.relation === 'thuc-hien')!;
    expect(implementing.label).toBe('Được thực hiện bởi');
    expect(ids(implementing.items)).toContain('2018/lang-son-96-kh-ubnd');
    const fromSeed = implementing.items.find((i) => i.id === '2018/lang-son-96-kh-ubnd')!;
    expect(fromSeed.mentions).toBeGreaterThan(1);
    expect(fromSeed.url).toBe('/van-ban/2018/lang-son-96-kh-ubnd/');
  });

  it('groups outgoing references by relation, and lists under Dẫn chiếu only the documents with no other relation', () => {
    const groups = graph.outgoing('2018/lang-son-96-kh-ubnd');
    const by = Object.fromEntries(groups.map((g) => [g.relation, g]));
    expect(ids(by['thuc-hien']!.items)).toContain('2018/21-ct-tw');
    expect(by['thuc-hien']!.label).toBe('Thực hiện');
    expect(by['dan-chieu']!.label).toBe('Dẫn chiếu');
    expect(ids(by['dan-chieu']!.items)).not.toContain('2018/21-ct-tw');
    expect(ids(by['dan-chieu']!.items)).toContain('2017/lang-son-53-kh-ubnd');
    for (const g of groups) expect(g.count).toBe(g.items.length);
  });

  it('keeps every reference as an edge, with offsets into title + "\\n\\n" + body', () => {
    for (const d of documents) {
      const text = `${d.data.title}\n\n${d.body}`;
      for (const e of graph.edges.filter((x) => x.from === d.id)) expect(text.slice(e.start, e.end)).toBe(e.raw);
    }
    const titleEdge = graph.edges.find((e) => e.from === '2018/lang-son-96-kh-ubnd' && e.start < 40)!;
    expect(titleEdge).toMatchObject({ to: '2018/21-ct-tw', relation: 'thuc-hien', status: 'resolved' });
  });

  it('keeps unresolved references as edges with no target and a reason', () => {
    const ambiguous = graph.edges.filter((e) => e.from === '2019/bac-giang-tan-yen-146-ubnd-ldtbxh' && e.status === 'ambiguous');
    expect(ambiguous.map((e) => e.raw)).toEqual(['Kế hoạch số 60/KH-UBND', 'Kế hoạch số 75/KH-UBND']);
    for (const e of ambiguous) {
      expect(e.to).toBeNull();
      expect(e.key).toBeNull();
      expect(e.reason).toMatch(/neither a date nor an issuer clause/);
    }
  });

  it('lists an identified document the archive does not hold with id null', () => {
    const g = buildCitationGraph([seedDocument('2020/a', '000', { title: 'Thực hiện Quyết định số 1/QĐ-TTg ngày 2/1/2020' })].map((d) => ({ ...d, body: '' })));
    expect(g.outgoing('2020/a')).toEqual([
      { relation: 'thuc-hien', label: 'Thực hiện', count: 1, items: [{ id: null, key: 'tw|2020|1|QD-TTG', title: null, numberSymbol: '1/QĐ-TTg', url: null, mentions: 1, declaredNote: null }] },
    ]);
  });

  it('has no edge from a document to itself', () => {
    expect(graph.edges.filter((e) => e.from === e.to)).toEqual([]);
    expect(graph.edges.filter((e) => e.from === '2015/498-qd-ttg')).toEqual([]);
  });

  it('serialises to plain JSON for the open data', () => {
    const json = JSON.parse(JSON.stringify(graph));
    expect(Object.keys(json).sort()).toEqual(['edges', 'nodes']);
    expect(json.edges.length).toBe(graph.edges.length);
  });

  it('links the real corpus the same way', () => {
    const real = buildCitationGraph(corpus());
    const seeds = ['2019/kien-giang-68-ubnd-vhxh', '2018/lang-son-96-kh-ubnd'].filter((id) => real.nodes.some((n) => n.id === id));
    const citing = new Set(real.incoming('2012/56-2012-nd-cp').flatMap((g) => ids(g.items)));
    for (const id of seeds) expect(citing).toContain(id);
  });
});
