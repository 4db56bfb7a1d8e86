import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, parseDocumentFile } from '../../../src/lib/content/corpus.ts';
import { identityConsistency } from '../../../src/lib/validation/checks/identity-consistency.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

const run = (change: (d: Record<string, any>) => void) => identityConsistency.run([corpusDocument(frontmatter(change))], { today }).map(formatProblem);
const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';
const central = { province: null, place: null };

describe('identity-consistency', () => {
  it('accepts documents whose number, type and issuer agree', () => {
    expect(run(() => {})).toEqual([]);
    expect(run((d) => Object.assign(d, { type: 'ke-hoach', numberSymbol: '96/KH-UBND' }))).toEqual([]);
    expect(run((d) => Object.assign(d, { ...central, type: 'chi-thi', numberSymbol: '21-CT/TW', issuer: { name: 'Ban Bí thư Trung ương Đảng', parent: null, level: 'trung-uong' } }))).toEqual([]);
    expect(run((d) => Object.assign(d, { type: 'ke-hoach', numberSymbol: '61-KH/TU', issuer: { name: 'Tỉnh ủy Kiên Giang', parent: null, level: 'tinh' } }))).toEqual([]);
    expect(run((d) => Object.assign(d, { type: 'thong-tri', numberSymbol: '12-TT/TU', issuer: { name: 'Tỉnh uỷ Kiên Giang', parent: null, level: 'tinh' } }))).toEqual([]);
    // A công văn-shaped number cited as a hướng dẫn carries no type code to contradict.
    expect(run((d) => Object.assign(d, { type: 'huong-dan', numberSymbol: '236/LĐTBXH-BVCSTE&BĐG', issuer: { name: 'Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang', parent: 'Ủy ban nhân dân tỉnh Kiên Giang', level: 'tinh' } }))).toEqual([]);
    // "CT" of a Cục Thuế is its issuer code, not a chỉ thị.
    expect(run((d) => Object.assign(d, { numberSymbol: '5332/CT-CS', issuer: { name: 'Cục Thuế tỉnh Kiên Giang', parent: null, level: 'tinh' } }))).toEqual([]);
    // Quốc hội numbers its resolutions as its laws (regression: Nghị quyết 202/2025/QH15 was refused as a luật number).
    const quocHoi = { ...central, issuer: { name: 'Quốc hội', parent: null, level: 'trung-uong' } };
    expect(run((d) => Object.assign(d, { ...quocHoi, type: 'nghi-quyet', numberSymbol: '202/2019/QH14' }))).toEqual([]);
    expect(run((d) => Object.assign(d, { ...quocHoi, type: 'luat', numberSymbol: '73/2019/QH14' }))).toEqual([]);
  });

  it('reports a Quốc hội number on a type Quốc hội does not issue', () => {
    expect(run((d) => Object.assign(d, { ...central, type: 'quyet-dinh', numberSymbol: '202/2019/QH14', issuer: { name: 'Quốc hội', parent: null, level: 'trung-uong' } }))).toEqual([
      `${file}:2: error: type: is "quyet-dinh" but the number "202/2019/QH14" has the type code QH (luat); correct the type or the number-symbol`,
    ]);
  });

  it('reports a type code that is not the type (KH but not ke-hoach)', () => {
    expect(run((d) => Object.assign(d, { type: 'bao-cao', numberSymbol: '96/KH-UBND' }))).toEqual([
      `${file}:2: error: type: is "bao-cao" but the number "96/KH-UBND" has the type code KH (ke-hoach); correct the type or the number-symbol`,
    ]);
  });

  it("reports a People's Committee symbol (UBND) whose issuer is not an Ủy ban nhân dân", () => {
    expect(run((d) => Object.assign(d, { type: 'ke-hoach', numberSymbol: '96/KH-UBND', issuer: { name: 'Sở Nội vụ tỉnh Kiên Giang', parent: null, level: 'tinh' } }))).toEqual([
      `${file}:3: error: numberSymbol: "96/KH-UBND" is the number of a People's Committee (Ủy ban nhân dân) (UBND) but the issuer is "Sở Nội vụ tỉnh Kiên Giang"; correct the number-symbol or the issuer`,
    ]);
  });

  it('reports a Party symbol (-CT/TW) whose issuer is not a Party body', () => {
    expect(run((d) => Object.assign(d, { type: 'chi-thi', numberSymbol: '21-CT/TW', issuer: { name: 'Ủy ban nhân dân tỉnh Kiên Giang', parent: null, level: 'tinh' } }))).toEqual([
      `${file}:3: error: numberSymbol: "21-CT/TW" is a Party number (-CT/TW) but the issuer "Ủy ban nhân dân tỉnh Kiên Giang" is not a Party body; correct the number-symbol or the issuer`,
      `${file}:9: error: issuer.level: is "tinh" but the number "21-CT/TW" belongs to a central Party body (Trung ương), level trung-uong; correct the level or the number-symbol`,
    ]);
  });

  it('reports a central symbol on a local issuer level', () => {
    expect(run((d) => Object.assign(d, { type: 'quyet-dinh', numberSymbol: '498/QĐ-TTg', issuer: { name: 'Thủ tướng Chính phủ', parent: null, level: 'tinh' } }))).toEqual([
      `${file}:9: error: issuer.level: is "tinh" but the number "498/QĐ-TTg" belongs to the Prime Minister (Thủ tướng Chính phủ), level trung-uong; correct the level or the number-symbol`,
    ]);
  });

  it('leaves a year in a normative number that is not the year of issue to the schema', () => {
    const data = frontmatter((d) => Object.assign(d, { type: 'quyet-dinh', numberSymbol: '08/2017/QĐ-UBND' }));
    const problems = parseDocumentFile(file, `---\n${stringify(data)}---\nCăn cứ …\n`, '2019/kien-giang-68-ubnd-vhxh').problems.map(formatProblem);
    expect(problems).toEqual([`${file}:4: error: year: is 2019 but the number 08/2017/QĐ-UBND says 2017`]);
  });
});
