import { describe, expect, it } from 'vitest';
import { listPageCacheKey, pageCacheKey } from '../../src/lib/archive/page-cache-key.ts';

// A document page is reused from the previous build when its key is unchanged: every piece of data
// the page shows must change the key, or readers would see a stale page after a rebuild.
describe('pageCacheKey', () => {
  const source = '---\ntitle: Kế hoạch\n---\nCăn cứ Nghị định số 56/2012/NĐ-CP.\n';
  const related = { outgoing: [{ relation: 'can-cu', items: [{ id: '2012/56-2012-nd-cp', title: 'Quy định trách nhiệm' }] }], incoming: [], unresolved: [], typeOf: new Map([['2012/56-2012-nd-cp', 'nghi-dinh']]) };

  it('is stable for the same data', () => {
    expect(pageCacheKey(source, related)).toBe(pageCacheKey(source, structuredClone(related)));
  });

  it.each([
    ['the file changes', () => pageCacheKey(`${source}Thêm một câu.\n`, related)],
    ['a cited document is retitled', () => pageCacheKey(source, { ...related, outgoing: [{ relation: 'can-cu', items: [{ id: '2012/56-2012-nd-cp', title: 'Tên mới' }] }] })],
    ['a new document cites this one', () => pageCacheKey(source, { ...related, incoming: [{ relation: 'can-cu', items: [{ id: '2019/x', title: 'X' }] }] })],
    ['a listed document changes type (Map contents count)', () => pageCacheKey(source, { ...related, typeOf: new Map([['2012/56-2012-nd-cp', 'thong-tu']]) })],
  ])('changes when %s', (_name, changed) => {
    expect(changed()).not.toBe(pageCacheKey(source, related));
  });
});

// A list page is reused when its key is unchanged: the key covers what a list shows of each document
// (id and frontmatter) and the page's own data, and nothing of a document's text.
describe('listPageCacheKey', () => {
  const doc = (id: string, title: string, body = 'Căn cứ Nghị định số 56/2012/NĐ-CP.') => ({
    id,
    data: { title, numberSymbol: '96/KH-UBND', issued: '2019-05-06', issuer: { name: 'UBND tỉnh Lạng Sơn' } },
    source: `---\ntitle: ${title}\n---\n${body}\n`,
    body,
  });
  const page = (docs: ReturnType<typeof doc>[], number = 1) => ({ number, totalPages: 2, items: docs, sections: [{ key: 'toan-van', items: docs, total: docs.length, continued: false }], path: '/van-ban/' });
  const docs = [doc('2019/a', 'Kế hoạch A'), doc('2018/b', 'Kế hoạch B')];

  it('is stable for the same data', () => {
    expect(listPageCacheKey({ page: page(docs) })).toBe(listPageCacheKey({ page: page(structuredClone(docs)) }));
  });

  it("does not change when only a document's text changes", () => {
    const edited = [doc('2019/a', 'Kế hoạch A', 'Căn cứ Nghị định số 56/2012/NĐ-CP. Thêm một đoạn.'), docs[1]!];
    expect(listPageCacheKey({ page: page(edited) })).toBe(listPageCacheKey({ page: page(docs) }));
    expect(listPageCacheKey({ province: { slug: 'lang-son' }, documents: edited })).toBe(listPageCacheKey({ province: { slug: 'lang-son' }, documents: docs }));
  });

  it.each([
    ['a listed document is retitled', () => listPageCacheKey({ page: page([doc('2019/a', 'Kế hoạch A (sửa)'), docs[1]!]) })],
    ['a document is added', () => listPageCacheKey({ page: page([...docs, doc('2017/c', 'Kế hoạch C')]) })],
    ['a document is removed', () => listPageCacheKey({ page: page(docs.slice(0, 1)) })],
    ['the order changes', () => listPageCacheKey({ page: page([...docs].reverse()) })],
    ['the page number changes', () => listPageCacheKey({ page: page(docs, 2) })],
  ])('changes when %s', (_name, changed) => {
    expect(changed()).not.toBe(listPageCacheKey({ page: page(docs) }));
  });
});
