import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { futureDate } from '../../../src/lib/validation/checks/future-date.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

const run = (...docs: ReturnType<typeof corpusDocument>[]) => futureDate.run(docs, { today }).map(formatProblem);

describe('future-date', () => {
  // Dates after 1 July 2025 need a province of the 34 (province-era.ts): Kiên Giang is part of An Giang since.
  it('reports a date of issue after today, at its line', () => {
    const doc = corpusDocument(frontmatter((d) => Object.assign(d, { year: 2031, issued: '2031-01-01', province: 'an-giang' })));
    expect(run(doc)).toEqual(['content/van-ban/2019/kien-giang-68-ubnd-vhxh.md:13: error: issued: "2031-01-01" is in the future; correct the date of issue']);
  });

  it('reports a partial date whose first day is after today, and a future year without a date', () => {
    expect(run(corpusDocument(frontmatter((d) => Object.assign(d, { year: 2025, issued: '2025-07', province: 'an-giang' }))))).toEqual([
      'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md:13: error: issued: "2025-07" is in the future; correct the date of issue',
    ]);
    expect(run(corpusDocument(frontmatter((d) => Object.assign(d, { year: 2026, issued: null, province: 'an-giang' }))))).toEqual([
      'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md:4: error: year: 2026 is in the future; correct the year of issue',
    ]);
  });

  it('accepts today, the past, and the current month or year of a partial date', () => {
    const docs = [
      corpusDocument(frontmatter((d) => Object.assign(d, { year: 2025, issued: '2025-06-01' }))),
      corpusDocument(frontmatter((d) => Object.assign(d, { year: 2025, issued: '2025-06' }))),
      corpusDocument(frontmatter((d) => Object.assign(d, { year: 2025, issued: '2025' }))),
      corpusDocument(frontmatter()),
    ];
    expect(run(...docs)).toEqual([]);
  });
});
