import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/lib/archive/page-cache-key.ts';

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
