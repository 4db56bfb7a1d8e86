import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExcerpt, countPhrase, TextWords, textHasTerm } from '../../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';

const text = (parts: Array<{ text: string; mark: boolean }>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('buildExcerpt', () => {
  it.each([
    ['Công tác bình đẳng giới năm 2019.', 'binh dang gioi', 'Công tác [bình đẳng giới] năm 2019.'],
    ['Ủy ban nhân dân tỉnh và Uỷ ban MTTQ', 'uy ban', '[Ủy ban] nhân dân tỉnh và [Uỷ ban] MTTQ'],
    ['Thực hiện Nghị định số 56/2012/NĐ-CP ngày 16/7/2012', '56/2012/ND-CP', 'Thực hiện Nghị định số [56/2012/NĐ-CP] ngày 16/7/2012'],
    ['cấp ủy Đảng, chính quyền', 'ĐẢNG', 'cấp ủy [Đảng,] chính quyền'],
  ])('%j for %j', (content, q, expected) => {
    const query = parseQuery(q);
    const terms = [...query.terms, ...query.numbers.map((n) => ({ folded: n.compact }))];
    expect(text(buildExcerpt(content, terms, query.phrase))).toBe(expected);
  });

  it('centres a long text on the place with the most distinct terms, with ellipses', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const content = `${filler} tảo hôn ở đây ${filler} hôn nhân`;
    const out = text(buildExcerpt(content, parseQuery('tảo hôn').terms, null, 10));
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(out).toContain('[tảo hôn]');
  });

  it('marks a phrase as a whole', () => {
    const q = parseQuery('"mua bán người"');
    expect(text(buildExcerpt('chống mua bán, mua bán người và xâm hại', q.terms, q.phrase))).toBe('chống mua bán, [mua bán người] và xâm hại');
  });

  it('is empty for an empty text', () => {
    expect(buildExcerpt('', [{ folded: 'a' }], null)).toEqual([]);
  });
});

describe('textHasTerm: is the word really there (not just a shorter prefix Pagefind fell back to)', () => {
  it.each([
    [['bình đẳng giới'], 'dang', true],
    [['bình đẳng giới'], 'đẳng', true],
    [['bình đẳng giới'], 'gio', true],
    [['bình đẳng giới'], 'xyzqw', false],
    [['văn bản'], 'bảng', false],
    [['Số 96/KH-UBND'], '96khubnd', true],
    [['', 'Hồ Tiến Thiệu'], 'thieu', true],
  ])('%j has %j: %s', (texts, word, expected) => {
    expect(textHasTerm(texts, parseQuery(word).terms[0] ?? { folded: word })).toBe(expected);
  });
});

describe('countPhrase', () => {
  it('counts folded occurrences', () => {
    expect(countPhrase('Bình đẳng giới; bình đẳng giới và BÌNH ĐẲNG GIỚI', parseQuery('"binh dang gioi"').phrase!)).toBe(3);
  });
});

describe('TextWords.wordsMatching: the words `matches` accepts, found without testing every word', () => {
  const root = join(import.meta.dirname, '../../../content/van-ban');
  const documents = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(root, f), 'utf8'));
  // Whole words, prefixes, đ, number-symbols in compact form, words with inner punctuation, a term
  // that spans a space, one that occurs nowhere, and single letters (the widest prefixes).
  const terms = ['phu', 'nu', 'binh', 'dang', 'gioi', 'uy', 'ban', 'nhan', 'dan', 'd', 'n', 'ng', 'kh', 'ubnd', 'ubndvx', '562012ndcp', '21cttw', '2019', '56', 'bdg', 'vstbpn', 'ct', 'tw', 'phu nu', 'xyzq'];

  it('agrees with `matches` on every word of every document', () => {
    expect(documents.length).toBeGreaterThan(25);
    for (const [d, content] of documents.entries()) {
      const words = new TextWords(content);
      for (const term of terms) {
        const expected = words.texts.flatMap((_, i) => (words.matches(i, term) ? [i] : []));
        expect(words.wordsMatching(term), `document ${d}, term ${term}`).toEqual(expected);
      }
    }
  });

  it('finds a compact match across inner punctuation and a match at the very first and last word', () => {
    const words = new TextWords('Nghị định 56/2012/NĐ-CP, (BĐG/VSTBPN) và phụ nữ');
    expect(words.wordsMatching('562012ndcp')).toEqual([2]);
    expect(words.wordsMatching('vstbpn')).toEqual([3]);
    expect(words.wordsMatching('nghi')).toEqual([0]);
    expect(words.wordsMatching('nu')).toEqual([6]);
    expect(words.wordsMatching('')).toEqual([]);
  });
});
