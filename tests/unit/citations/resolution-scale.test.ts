import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/citations/analyze.ts';
import { normalize } from '../../../src/lib/citations/normalize.ts';
import { createRegistry } from '../../../src/lib/citations/registry.ts';
import { sentenceBounds } from '../../../src/lib/citations/sentence-bounds.ts';
import { spanIndex } from '../../../src/lib/citations/span-index.ts';
import { referenceDenseText } from '../../../src/lib/synth/reference-dense.ts';

// Resolution used to scan the text between every alias and every reference before it (42 s for
// 240 KB of references). The indexes that replace the scans must answer exactly as the scans did;
// the speed itself is measured by `npm run bench -- --cite`, not here.

/** A deterministic generator of small awkward texts: boundaries of every kind, at every position. */
function randomTexts(count: number): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const atoms = ['a', 'B', 'Đ', ' ', '  ', '\n', '\n \n', '\t', ';', '.', '!', '?', ',', '. X', '.\n\nY', '𝐀', ' Ư', '(', ')', '\r\n'];
  return Array.from({ length: count }, () => Array.from({ length: 5 + Math.floor(next() * 30) }, () => atoms[Math.floor(next() * atoms.length)]).join(''));
}

const boundary = /;|\n\s*\n|[.!?](?=\s+\p{Lu})/u;

describe('sentence bounds', () => {
  it('answer "no boundary between" as the regular expression over the slice does, for every pair of positions', () => {
    let pairs = 0;
    for (const text of randomTexts(150)) {
      const n = normalize(text);
      const bounds = sentenceBounds(n);
      for (let from = 0; from <= n.text.length; from++) {
        for (let to = from; to <= n.text.length; to++) {
          expect(bounds.sameSentence(from, to), JSON.stringify({ text: n.text, from, to })).toBe(!boundary.test(n.text.slice(from, to)));
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(5_000);
  });
});

describe('span index', () => {
  it('finds exactly the spans overlapping a range, as a scan of the list does', () => {
    let seed = 3;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: next(20) }, () => {
        const start = next(100);
        return { start, end: start + 1 + next(15) };
      });
      const index = spanIndex(spans);
      for (let from = 0; from < 110; from += 3) {
        for (const length of [1, 2, 7, 30]) {
          const to = from + length;
          const expected = spans.filter((s) => s.start < to && from < s.end);
          expect(new Set(index.overlapping(from, to))).toEqual(new Set(expected));
          expect(index.overlaps({ start: from, end: to })).toBe(expected.length > 0);
        }
      }
    }
  });
});

describe('a long sentence of references with aliases (the benchmark text)', () => {
  const registry = createRegistry([
    { id: '2006/73-2006-qh11', data: { type: 'luat', numberSymbol: '73/2006/QH11', year: 2006, title: 'Luật Bình đẳng giới', fullText: false, aliases: ['Luật Bình đẳng giới'], issuer: { name: 'Quốc hội', parent: null, level: 'trung-uong' }, province: null, district: null } },
  ]);

  it('binds every alias to its own reference and every short form to its alias, however far into the sentence', () => {
    const { text, groups } = referenceDenseText(60_000);
    expect(groups).toBeGreaterThan(300);
    const { citations, ignoredAliases } = analyze(text, { registry });
    expect(ignoredAliases).toEqual([]);
    expect(citations).toHaveLength(3 * groups);
    for (let k = 0; k < groups; k++) {
      const [full, short, law] = citations.slice(3 * k, 3 * k + 3);
      expect(full!.numberSymbol).toBe(`${k + 1}/2012/NĐ-CP`);
      expect([short!.raw, short!.antecedent, short!.key]).toEqual([`Nghị định ${k + 1}`, 3 * k, full!.key]);
      expect(short!.notes).toEqual([`refers to the alias defined after ${k + 1}/2012/NĐ-CP`]);
      expect([law!.raw, law!.documentId]).toEqual(['Luật Bình đẳng giới số 73/2006/QH11', '2006/73-2006-qh11']);
    }
  });
});
