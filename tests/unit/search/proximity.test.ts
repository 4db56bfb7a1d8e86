import { describe, expect, it } from 'vitest';
import { namesTitle, proximityTier, proximityTiers, windowSpan } from '../../../src/lib/search/proximity.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';

const sequence = (q: string) => parseQuery(q).sequence.map((t) => t.folded);
const text = 'Định kỳ hàng năm, duy trì tổ chức họp giao ban. Công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.';

describe('proximityTier', () => {
  it.each([
    ['typed as printed', 'định kỳ hàng năm duy trì tổ chức họp', proximityTiers.adjacent],
    ['without diacritics or đ', 'dinh ky hang nam duy tri to chuc hop', proximityTiers.adjacent],
    ['in NFD', 'định kỳ hàng năm'.normalize('NFD'), proximityTiers.adjacent],
    ['capitals, punctuation in the text between words ("năm, duy")', 'HANG NAM DUY TRI', proximityTiers.adjacent],
    ['the last word a prefix, as Pagefind matches', 'to chuc ho', proximityTiers.adjacent],
    ['the same words in another order, close together', 'họp tổ chức', proximityTiers.window],
    ['near but not adjacent', 'định kỳ duy trì', proximityTiers.window],
    ['far apart', 'định kỳ phụ nữ', proximityTiers.scattered],
    ['a word the text lacks', 'định kỳ xyz', proximityTiers.scattered],
    ['one word: nothing to compare', 'họp', proximityTiers.scattered],
  ])('%s: %j', (_name, q, tier) => {
    expect(proximityTier([text], sequence(q))).toBe(tier);
  });

  it('counts the best of several texts (the title of a page whose text is empty)', () => {
    expect(proximityTier(['', 'Luật Bình đẳng giới'], sequence('binh dang gioi'))).toBe(proximityTiers.adjacent);
  });

  it('keeps repeated words in the typed order ("phụ nữ và nam giới và phụ nữ")', () => {
    expect(sequence('nam nữ nam')).toEqual(['nam', 'nu', 'nam']);
    expect(proximityTier(['nam nữ nam'], sequence('nam nữ nam'))).toBe(proximityTiers.adjacent);
    expect(proximityTier(['nam nữ'], sequence('nam nữ nam'))).toBe(proximityTiers.window);
  });

  it('has a window that grows with the query', () => {
    expect([windowSpan(2), windowSpan(3), windowSpan(8)]).toEqual([5, 6, 16]);
    // 2 words, 5 apart: window; 6 apart: scattered.
    expect(proximityTier(['a b c d e f'.replace('a', 'nam').replace('e', 'nữ')], sequence('nam nữ'))).toBe(proximityTiers.window);
    expect(proximityTier(['nam b c d e nữ'], sequence('nam nữ'))).toBe(proximityTiers.scattered);
  });
});

describe('namesTitle', () => {
  it.each([
    ['binh dang gioi', ['Luật Bình đẳng giới'], true],
    ['luật bình đẳng giới', ['Luật Bình đẳng giới'], true],
    ['tân yên', ['Điều chỉnh, bổ sung một số nội dung của Chiến lược quốc gia về bình đẳng giới trên địa bàn huyện Tân Yên'], false],
    ['chiến lược quốc gia về bình đẳng giới', ['Điều chỉnh, bổ sung một số nội dung của Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020 trên địa bàn huyện'], true],
    ['gioi binh dang', ['Luật Bình đẳng giới'], false],
    ['bình đẳng giới', ['', 'Luật Bình đẳng giới'], true],
  ])('%j names %j: %s', (q, titles, expected) => {
    expect(namesTitle(titles, sequence(q))).toBe(expected);
  });
});

describe('proximityTier compares whole words but the last', () => {
  it('does not take "đối", "đồng" for "đỗ" next to other words', () => {
    expect(proximityTier(['Đối với thanh niên, đồng bào bình đẳng'], sequence('do thanh binh'))).toBe(proximityTiers.scattered);
    expect(proximityTier(['Ông Đỗ Thanh Bình ký'], sequence('do thanh binh'))).toBe(proximityTiers.adjacent);
    expect(proximityTier(['Ông Đỗ Thanh Bình ký'], sequence('do thanh bi'))).toBe(proximityTiers.adjacent);
  });
});
