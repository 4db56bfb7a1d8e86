import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { issuerExistence } from '../../../src/lib/validation/checks/issuer-existence.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

const run = (data: Record<string, any>) => issuerExistence.run([corpusDocument(data)], { today }).map(formatProblem);
const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';

describe('issuer-existence', () => {
  it('reports a year when the province was part of another (Bắc Giang in Hà Bắc, 1962–1996)', () => {
    const data = frontmatter((d) => Object.assign(d, { year: 1990, issued: '1990-05-02', province: 'bac-giang', issuer: { name: 'Ủy ban nhân dân tỉnh Bắc Giang', parent: null, level: 'tinh' } }));
    expect(run(data)).toEqual([
      `${file}:13: error: year: 1990 is before the issuing body existed: Bắc Giang was re-established in 1997; from 1962 to 1996 it was part of Hà Bắc; correct the year, the province or the issuer`,
    ]);
  });

  it('reports a year before a new province was established, at the year line when there is no date', () => {
    const data = frontmatter((d) => Object.assign(d, { year: 2002, issued: null, province: 'dak-nong', issuer: { name: 'Ủy ban nhân dân tỉnh Đắk Nông', parent: null, level: 'tinh' } }));
    expect(run(data)).toEqual([
      `${file}:4: error: year: 2002 is before the issuing body existed: Đắk Nông was established in 2004; correct the year, the province or the issuer`,
    ]);
  });

  it('accepts the year of re-establishment, years before the merger, unlisted provinces and central bodies', () => {
    const at = (province: string, year: number) => frontmatter((d) => Object.assign(d, { year, issued: null, province }));
    expect(run(at('bac-giang', 1997))).toEqual([]);
    expect(run(at('kon-tum', 1991))).toEqual([]);
    expect(run(at('bac-giang', 1960))).toEqual([]);
    expect(run(at('lang-son', 1980))).toEqual([]);
    expect(run(frontmatter((d) => Object.assign(d, { numberSymbol: '56/2012/NĐ-CP', type: 'nghi-dinh', year: 2012, issued: null, province: null, place: null, issuer: { name: 'Chính phủ', parent: null, level: 'trung-uong' } })))).toEqual([]);
  });
});
