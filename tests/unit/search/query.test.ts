import { describe, expect, it } from 'vitest';
import { dSpellingsIn, highlightTerms, isEmptyQuery, mainQueryText, parseQuery, phraseQueries, queryWithout } from '../../../src/lib/search/query.ts';

describe('parseQuery', () => {
  it.each([
    ['binh dang gioi', { terms: ['binh', 'dang', 'gioi'], phrase: null, numbers: [] }],
    ['  BÌNH   Đẳng giới ', { terms: ['bình', 'đẳng', 'giới'], phrase: null, numbers: [] }],
    ['Uỷ ban', { terms: ['ủy', 'ban'], phrase: null, numbers: [] }],
    ['bình đẳng giới'.normalize('NFD'), { terms: ['bình', 'đẳng', 'giới'], phrase: null, numbers: [] }],
    ['"tảo hôn" lạng sơn', { terms: ['lạng', 'sơn'], phrase: ['tảo', 'hôn'], numbers: [] }],
    ['“mua bán người”', { terms: [], phrase: ['mua', 'bán', 'người'], numbers: [] }],
    ['kế hoạch 96/KH-UBND', { terms: ['kế', 'hoạch'], phrase: null, numbers: ['96khubnd'] }],
    ['96 kh ubnd', { terms: [], phrase: null, numbers: ['96khubnd'] }],
    ['nghi dinh 56', { terms: ['nghi', 'dinh', '56'], phrase: null, numbers: [] }],
    ['phụ nữ phụ nữ', { terms: ['phụ', 'nữ'], phrase: null, numbers: [] }],
    ['"', { terms: [], phrase: null, numbers: [] }],
  ])('%j', (input, expected) => {
    const q = parseQuery(input);
    expect({ terms: q.terms.map((t) => t.text), phrase: q.phrase?.map((t) => t.text) ?? null, numbers: q.numbers.map((n) => n.compact) }).toEqual(expected);
  });

  it('keeps a folded twin of each word', () => {
    expect(parseQuery('Đảng ủy').terms).toEqual([
      { text: 'đảng', folded: 'dang' },
      { text: 'ủy', folded: 'uy' },
    ]);
  });

  it('finds "type + number" short forms', () => {
    expect(parseQuery('nghị định 56').typeNumbers.map((n) => n.key)).toEqual(['ztsnghidinh56']);
  });

  it.each([['', true], ['   ', true], ['""', true], ['a', false], ['96/KH-UBND', false]])('isEmptyQuery(%j) = %s', (input, expected) => {
    expect(isEmptyQuery(parseQuery(input))).toBe(expected);
  });
});

describe('mainQueryText', () => {
  it.each([
    ['bình đẳng giới', [], 'bình đẳng giới'],
    ['bình đẳng giới xyzqw', ['xyzqw'], 'bình đẳng giới'],
    ['Kế hoạch 96/KH-UBND', [], 'kế hoạch 96khubnd'],
    ['56/2012/NĐ-CP', [], '562012ndcp'],
  ])('%j without %j → %j', (input, leaveOut, expected) => {
    expect(mainQueryText(parseQuery(input), new Set(leaveOut))).toBe(expected);
  });
});

describe('phraseQueries: đ variants for words typed without diacritics', () => {
  it.each([
    ['"bình đẳng giới"', ['"bình đẳng giới"']],
    ['"binh dang gioi"', ['"binh dang gioi"', '"binh đang gioi"']],
    ['"nghi dinh dang"', ['"nghi dinh dang"', '"nghi dinh đang"', '"nghi đinh dang"', '"nghi đinh đang"']],
    ['"dân dang"', ['"dân dang"', '"dân đang"']],
  ])('%j', (input, expected) => {
    expect(phraseQueries(parseQuery(input).phrase!)).toEqual(expected);
  });

  it('stops at 16 variants', () => {
    expect(phraseQueries(parseQuery('"dd dd dd"').phrase!)).toHaveLength(16);
  });
});

describe('dSpellingsIn: the spellings of d-words the loaded texts use', () => {
  const phrase = (q: string) => parseQuery(`"${q}"`).phrase!;
  it.each([
    ['one spelling with đ', ['Định kỳ hàng năm duy trì tổ chức họp.'], 'dinh ky hang nam duy tri', { dinh: ['đinh'], duy: ['duy'] }],
    ['both, most frequent first', ['gia đình; dinh dưỡng; hộ gia đình'], 'gia dinh', { dinh: ['đinh', 'dinh'] }],
    ['capital Đ and a d elsewhere in the word', ['ĐẢNG ỦY; đảng viên; Đặng'], 'dang', { dang: ['đang'] }],
    ['two d in one word', ['Đuổi dần; đồng đội'], 'doi', { doi: ['đoi'] }],
    ['a word the texts lack: nothing known', ['bình đẳng giới'], 'binh duong', {}],
    ['words typed with diacritics are not asked', ['định kỳ'], 'định ky', {}],
    ['words without d are not asked', ['hàng năm'], 'hang nam', {}],
    ['NFD text', ['Nghị định'.normalize('NFD')], 'nghi dinh', { dinh: ['đinh'] }],
  ])('%s', (_name, texts, q, expected) => {
    expect(Object.fromEntries(dSpellingsIn(texts, phrase(q)))).toEqual(expected);
  });

  it.each([
    ['only the spellings seen', 'dinh ky duy tri', { dinh: ['đinh'], duy: ['duy'] }, ['"đinh ky duy tri"']],
    ['both, in the order given', 'gia dinh', { dinh: ['đinh', 'dinh'] }, ['"gia đinh"', '"gia dinh"']],
    ['a word not seen keeps every guess', 'binh dang', {}, ['"binh dang"', '"binh đang"']],
    ['a word typed with diacritics stays as typed', 'bình đẳng', { 'đẳng': ['dang'] }, ['"bình đẳng"']],
  ])('phraseQueries with spellings: %s', (_name, q, spellings, expected) => {
    expect(phraseQueries(phrase(q), new Map(Object.entries(spellings)))).toEqual(expected);
  });
});

describe('queryWithout and highlightTerms', () => {
  it('leaves out the given words, keeping phrase and numbers', () => {
    const q = parseQuery('"tảo hôn" 96/KH-UBND lạng xyz');
    expect(queryWithout(q, new Set(['xyz']))).toBe('"tảo hôn" 96/KH-UBND lạng');
    expect(highlightTerms(q, new Set(['xyz']))).toEqual(['tảo hôn', '96/KH-UBND', 'lạng']);
  });
});
