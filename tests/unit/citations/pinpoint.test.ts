import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/citations/analyze.ts';
import { linkSpecs } from '../../../src/lib/citations/annotate.ts';
import { buildCitationGraph } from '../../../src/lib/citations/graph.ts';
import { citedArticles } from '../../../src/lib/citations/cited-articles.ts';
import { findInternalReferences } from '../../../src/lib/citations/internal.ts';
import { articleCitedNote } from '../../../src/lib/markdown/cited-note.ts';
import { renderDocumentHtml } from '../../../src/lib/markdown/render-document.ts';
import { createAnchorIndex } from '../../../src/lib/structure/anchor-index.ts';
import { parseStructure } from '../../../src/lib/structure/parse.ts';
import { archiveRegistry, cite, context, corpus } from './helpers.ts';

// The archive as it is: Luật 73/2006/QH11 with its full text, Nghị định 56/2012/NĐ-CP known only from
// citations. A Lạng Sơn plan cites them.
const registry = archiveRegistry();
const anchors = createAnchorIndex(corpus());
const langSon = context({ level: 'tinh', province: 'lang-son', issuerCode: 'UBND', numberSymbol: '96/KH-UBND', year: 2018 });

// [text, reference as linked, pinpoint label, anchor named, link target]
const rows: Array<[text: string, raw: string, label: string | null, anchor: string | null, href: string | null]> = [
  ['Bảo đảm theo khoản 2 Điều 12 Luật Bình đẳng giới.', 'khoản 2 Điều 12 Luật Bình đẳng giới', 'khoản 2 Điều 12', 'dieu-12-khoan-2', '/van-ban/2006/73-2006-qh11/#dieu-12-khoan-2'],
  ['Căn cứ Điều 5 Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ,', 'Điều 5 Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ', 'Điều 5', 'dieu-5', '/van-ban/2012/56-2012-nd-cp/'],
  // Known only from citations (Lâm Đồng's Tờ trình 82/TTr-SNV cites it): its page, no anchor.
  ['Theo điểm a khoản 3 Công văn số 1911/BNV-TCPCP ngày 29/4/2025 của Bộ Nội vụ,', 'điểm a khoản 3 Công văn số 1911/BNV-TCPCP ngày 29/4/2025 của Bộ Nội vụ', 'điểm a khoản 3', 'khoan-3-diem-a', '/van-ban/2025/1911-bnv-tcpcp/'],
  // Not in the archive at all: no link.
  ['Theo điểm b khoản 1 Công văn số 2345/BNV-TCPCP ngày 05/3/2024 của Bộ Nội vụ,', 'điểm b khoản 1 Công văn số 2345/BNV-TCPCP ngày 05/3/2024 của Bộ Nội vụ', 'điểm b khoản 1', 'khoan-1-diem-b', null],
  ['quy định tại điểm đ khoản 1 Điều 10 của Luật Bình đẳng giới;', 'điểm đ khoản 1 Điều 10 của Luật Bình đẳng giới', 'điểm đ khoản 1 Điều 10', 'dieu-10-khoan-1-diem-dd', '/van-ban/2006/73-2006-qh11/#dieu-10-khoan-1'],
  ['theo Điều 44 Luật Bình đẳng giới số 73/2006/QH11.', 'Điều 44 Luật Bình đẳng giới số 73/2006/QH11', 'Điều 44', 'dieu-44', '/van-ban/2006/73-2006-qh11/#dieu-44'],
  ['Sửa đổi, bổ sung Điều 135 của Bộ luật Tố tụng dân sự số 92/2015/QH13 như sau:', 'Điều 135 của Bộ luật Tố tụng dân sự số 92/2015/QH13', 'Điều 135', 'dieu-135', null],
  ['tại các khoản 1, 2 và 14 Điều 7 Luật Bình đẳng giới', 'Điều 7 Luật Bình đẳng giới', 'Điều 7', 'dieu-7', '/van-ban/2006/73-2006-qh11/#dieu-7'],
  // No such article in this text: the link goes to the page.
  ['theo Điều 99 Luật Bình đẳng giới', 'Điều 99 Luật Bình đẳng giới', 'Điều 99', 'dieu-99', '/van-ban/2006/73-2006-qh11/'],
  // Not pinpoints: the whole document is cited.
  ['Căn cứ Luật Bình đẳng giới ngày 29/11/2006;', 'Luật Bình đẳng giới', null, null, '/van-ban/2006/73-2006-qh11/'],
  ['Điều 3. Giao Sở Nội vụ thực hiện Nghị định số 56/2012/NĐ-CP.', 'Nghị định số 56/2012/NĐ-CP', null, null, '/van-ban/2012/56-2012-nd-cp/'],
];

describe('pinpoint citations: a unit of the cited document, linked to its anchor when the archive holds the text', () => {
  it.each(rows)('%s', (text, raw, label, anchor, href) => {
    const [c] = cite(text, { registry, context: langSon });
    expect(c!.raw).toBe(raw);
    expect(c!.pinpoint?.label ?? null).toBe(label);
    expect(c!.pinpoint?.anchor ?? null).toBe(anchor);
    const [spec] = linkSpecs([c!], registry, '/', anchors);
    expect(spec?.url ?? null).toBe(href);
    if (spec) expect(text.slice(spec.start, spec.end)).toBe(raw.replace(/ ngày.*$/, ''));
  });

  it('records the pinpoint and the anchor linked to on the graph edge (open data)', () => {
    const citing = { id: '2018/x', body: 'Bảo đảm theo khoản 2 Điều 12 Luật Bình đẳng giới và điểm b khoản 9 Điều 12 Luật Bình đẳng giới.', data: { type: 'ke-hoach', numberSymbol: '9/KH-UBND', year: 2018, title: 'Kế hoạch', fullText: true, aliases: [], issuer: { name: 'UBND tỉnh Lạng Sơn', parent: null, level: 'tinh' }, province: 'lang-son', district: null } } as never;
    const graph = buildCitationGraph([...corpus(), citing]);
    const edges = graph.edgesFrom('2018/x');
    expect(edges.map((e) => [e.to, e.pinpoint?.label, e.anchor])).toEqual([
      ['2006/73-2006-qh11', 'khoản 2 Điều 12', 'dieu-12-khoan-2'],
      ['2006/73-2006-qh11', 'điểm b khoản 9 Điều 12', 'dieu-12'],
    ]);
    expect(graph.edgesTo('2006/73-2006-qh11').filter((e) => e.from === '2018/x')).toHaveLength(2);
  });

  it('the relation is read before the pinpoint: "Bãi bỏ Điều 5 Nghị định …" repeals an article', () => {
    const [c] = cite('Bãi bỏ Điều 5 Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ.', { registry });
    expect([c!.relation, c!.pinpoint?.label]).toEqual(['bai-bo', 'Điều 5']);
  });

  it('"… số 02/2007/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực" replaces that law', () => {
    const [c] = cite('2. Luật Phòng, chống bạo lực gia đình số 02/2007/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành./.', { registry });
    expect([c!.numberSymbol, c!.relation, c!.documentId]).toEqual(['02/2007/QH12', 'thay-the', '2007/02-2007-qh12']);
  });
});

// [sentence, the references within the text, as [raw, anchor]]
const lawText = [
  '### Điều 9. Cơ quan quản lý',
  '1\\. Chính phủ thống nhất quản lý.',
  '2\\. Bộ quản lý nhà nước.',
  '3\\. Bộ phối hợp với cơ quan quy định tại khoản 2 Điều này thực hiện quản lý.',
  '### Điều 19. Biện pháp',
  '1\\. Các biện pháp:',
  'g) Các biện pháp quy định tại khoản 1 Điều 9, khoản 2 Điều 9 và khoản 9 Điều 9 của Luật này.',
  '2\\. Thực hiện các quy định tại Điều 9 của Luật này; theo khoản 1 Điều này; Điều này; điểm g khoản 1 Điều này.',
  '3\\. Không phải: khoản 2 Điều 12 Luật Bình đẳng giới; Điều 5 của Nghị định số 56/2012/NĐ-CP.',
  '### Điều 55. Sửa đổi Điều 135 của Bộ luật Tố tụng dân sự',
  '“Điều 135. Tòa án tự mình quyết định',
  'quy định tại các khoản 1, 2 và 14 Điều 9 của Bộ luật này.”.',
].join('\n\n');
const internalRows: Array<[raw: string, anchor: string]> = [
  ['khoản 2 Điều này', 'dieu-9-khoan-2'],
  ['khoản 1 Điều 9', 'dieu-9-khoan-1'],
  ['khoản 2 Điều 9', 'dieu-9-khoan-2'],
  ['khoản 9 Điều 9', 'dieu-9'],
  ['Điều 9', 'dieu-9'],
  ['khoản 1 Điều này', 'dieu-19-khoan-1'],
  ['điểm g khoản 1 Điều này', 'dieu-19-khoan-1-diem-g'],
];

describe('references within the text: "khoản 1 Điều này", "Điều 7 của Luật này", lists ending in "của Luật này"', () => {
  const found = findInternalReferences(lawText, parseStructure(lawText));

  it('finds exactly these, in order, each linked to the smallest unit the text has', () => {
    expect(found.map((r) => [r.raw, r.anchor])).toEqual(internalRows);
    for (const r of found) expect(lawText.slice(r.start, r.end)).toBe(r.raw);
  });

  it('renders them as links within the page; a reference to another law stays for the engine', () => {
    const html = renderDocumentHtml(lawText, { registry, anchors });
    const links = [...html.matchAll(/<a href="([^"]*)"[^>]*class="trich-dan( noi-bo)?"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[3], m[1], Boolean(m[2])]);
    expect(links).toEqual([
      ...internalRows.map(([raw, anchor]) => [raw, `#${anchor}`, true]),
      ['khoản 2 Điều 12 Luật Bình đẳng giới', '/van-ban/2006/73-2006-qh11/#dieu-12-khoan-2', false],
      ['Điều 5 của Nghị định số 56/2012/NĐ-CP', '/van-ban/2012/56-2012-nd-cp/', false],
    ]);
  });

  it('the law 73/2006/QH11 links "khoản 5 Điều 11, khoản 2 Điều 12, khoản 3 Điều 13, khoản 5 Điều 14 của Luật này" within its page', () => {
    const law = corpus().find((d) => d.id === '2006/73-2006-qh11')!;
    const refs = findInternalReferences(law.body, parseStructure(law.body)).map((r) => r.anchor);
    expect(refs).toEqual(expect.arrayContaining(['dieu-11-khoan-5', 'dieu-12-khoan-2', 'dieu-13-khoan-3', 'dieu-14-khoan-5', 'dieu-29', 'dieu-31']));
  });

  it('analyze alone (no structure) finds no internal reference as a document citation', () => {
    expect(analyze('theo khoản 1 Điều này và Điều 7 của Luật này').citations).toEqual([]);
  });
});

describe('a cited article shows how many archive documents cite it, and which', () => {
  const plan = (id: string, numberSymbol: string, body: string) =>
    ({ id, body, data: { type: 'ke-hoach', numberSymbol, year: 2018, title: `Kế hoạch ${numberSymbol}`, fullText: true, aliases: [], issuer: { name: 'UBND tỉnh Lạng Sơn', parent: null, level: 'tinh' }, province: 'lang-son', district: null } }) as never;
  const graph = buildCitationGraph([
    ...corpus(),
    plan('2018/a', '1/KH-UBND', 'Theo khoản 2 Điều 12 Luật Bình đẳng giới và Điều 12 Luật Bình đẳng giới; Điều 99 Luật Bình đẳng giới.'),
    plan('2018/b', '2/KH-UBND', 'Thực hiện điểm a khoản 1 Điều 12 Luật Bình đẳng giới, Điều 43 Luật Bình đẳng giới.'),
  ]);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const cited = citedArticles(graph.edgesTo('2006/73-2006-qh11'), (id) => nodes.get(id), () => 'Kế hoạch');

  it('counts each citing document once per article; a unit the text lacks counts for none', () => {
    expect([...cited].map(([anchor, u]) => [anchor, u.citedBy.map((c) => c.label)])).toEqual([
      ['dieu-12', ['Kế hoạch 1/KH-UBND', 'Kế hoạch 2/KH-UBND']],
      ['dieu-43', ['Kế hoạch 2/KH-UBND']],
    ]);
  });

  it('the page shows the note right under the article heading, with links to the citing documents', () => {
    const law = corpus().find((d) => d.id === '2006/73-2006-qh11')!;
    const html = renderDocumentHtml(law.body, { afterArticle: (anchor) => articleCitedNote(cited.get(anchor), (p) => p) });
    expect(html).toContain(
      '<h3 id="dieu-12">Điều 12. Bình đẳng giới trong lĩnh vực kinh tế</h3>\n<p class="dieu-trich-dan" data-pagefind-ignore>Được dẫn chiếu bởi 2 văn bản trong kho: <a href="/van-ban/2018/a/" title="Kế hoạch 1/KH-UBND">Kế hoạch 1/KH-UBND</a>, <a href="/van-ban/2018/b/" title="Kế hoạch 2/KH-UBND">Kế hoạch 2/KH-UBND</a></p>',
    );
    expect(html.match(/class="dieu-trich-dan"/g)).toHaveLength(2);
  });
});
