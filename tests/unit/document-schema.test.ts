import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, parseDocumentFile } from '../../src/lib/content/corpus.ts';
import { frontmatter } from './fixtures/documents.ts';

// A valid công văn (seed 000's metadata); each invalid case changes one thing.
const valid = frontmatter();

const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';
const id = '2019/kien-giang-68-ubnd-vhxh';

function problemsOf(frontmatter: Record<string, unknown>, body = 'Căn cứ …\n', fileId = id): string[] {
  const source = `---\n${stringify(frontmatter)}---\n${body}`;
  return parseDocumentFile(file, source, fileId).problems.map(formatProblem);
}

const withChange = frontmatter;

describe('document schema: valid frontmatter', () => {
  it('accepts seed 000 metadata', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it.each([
    ['an unknown date', (d: any) => (d.issued = null)],
    ['a year-only date', (d: any) => (d.issued = '2019')],
    ['a year-and-month date', (d: any) => (d.issued = '2019-01')],
    ['no number', (d: any) => (d.numberSymbol = null)],
    ['no signer', (d: any) => (d.signer = null)],
    ['a signer without name', (d: any) => (d.signer = { authority: null, title: 'Trưởng ban', name: null })],
    ['a normative number', (d: any) => Object.assign(d, { type: 'nghi-dinh', numberSymbol: '56/2012/NĐ-CP', year: 2012, issued: '2012-07-16', issuer: { name: 'Chính phủ', parent: null, level: 'trung-uong' }, province: null, place: null })],
    ['a Party number', (d: any) => Object.assign(d, { type: 'chi-thi', numberSymbol: '21-CT/TW', year: 2018, issued: '2018-01-20', issuer: { name: 'Ban Bí thư Trung ương Đảng', parent: null, level: 'trung-uong' }, province: null, place: null })],
    ['an unknown province flagged for review', (d: any) => Object.assign(d, { province: null, review: ['Không xác định được tỉnh từ phần đầu văn bản'] })],
    ['the new Lâm Đồng after 1 July 2025', (d: any) => Object.assign(d, { province: 'lam-dong', year: 2025, issued: '2025-09-16' })],
    ['the old Lâm Đồng before 1 July 2025', (d: any) => Object.assign(d, { province: 'lam-dong', year: 2025, issued: '2025-06-10' })],
    ['a former province in 2025 with no month (either era)', (d: any) => Object.assign(d, { province: 'dak-nong', year: 2025, issued: '2025' })],
    ['a post-merger-only city in 2025 with no date (either era)', (d: any) => Object.assign(d, { province: 'hue', year: 2025, issued: null })],
    ['an unknown year flagged for review (issue 12)', (d: any) => Object.assign(d, { year: null, issued: null, review: ['Năm ban hành: chưa xác định được (văn bản không ghi ngày ban hành).'] })],
    ['a document known only from citations', (d: any) => Object.assign(d, { fullText: false, addressees: null, recipients: null, source: null })],
  ])('accepts %s', (_name, change) => {
    const doc = withChange(change);
    // Filed under its year's folder, as every document must be.
    expect(problemsOf(doc, doc.fullText === false ? '' : 'Căn cứ …\n', `${doc.year ?? 'chua-ro-nam'}/kien-giang-68-ubnd-vhxh`)).toEqual([]);
  });

  it('reads an unquoted YAML date the way Astro does (js-yaml gives a Date)', () => {
    const source = `---\n${stringify(valid).replace("issued: 2019-01-16", 'issued: 2019-01-16')}---\nText\n`;
    expect(parseDocumentFile(file, source, id).document?.data.issued).toBe('2019-01-16');
  });
});

describe('document schema: each kind of invalid frontmatter names file, line, field and what was expected', () => {
  it.each([
    ['missing field', (d: any) => delete d.place, `${file}:1: error: place: is missing; every field must be present (write null when the value is unknown)`],
    ['misspelled field', (d: any) => (d.tittle = 'x'), `${file}:35: error: unknown field "tittle"; check the spelling against src/lib/content/document-schema.ts`],
    ['unknown type', (d: any) => (d.type = 'cong van'), `${file}:2: error: type: expected one of cong-van, ke-hoach, thong-bao, huong-dan, chuong-trinh, quyet-dinh, chi-thi, nghi-quyet, nghi-dinh, thong-tu, thong-tu-lien-tich, luat, phap-lenh, ket-luan, quy-dinh, quy-che, de-an, bao-cao, to-trinh, cong-dien, thong-tri, dieu-le; got "cong van"`],
    ['empty title', (d: any) => (d.title = ''), `${file}:5: error: title: must not be empty; write null if the abstract (trích yếu) is unknown; got ""`],
    ['number of unknown shape', (d: any) => (d.numberSymbol = 'Số 68'), `${file}:3: error: numberSymbol: is not a number-symbol of a known shape; write it like 96/KH-UBND, 68/UBND-VHXH, 56/2012/NĐ-CP or 21-CT/TW; got "Số 68"`],
    ['year as text', (d: any) => (d.year = 'năm 2019'), `${file}:4: error: year: expected the year of issue as a number, e.g. 2019, or null when unknown; got "năm 2019"`],
    // Issue 12: a year may be unknown (null), but then the document says why and has no date.
    ['unknown year without a review reason', (d: any) => Object.assign(d, { year: null, issued: null }), `${file}:4: error: year: is null; give the year of issue, or add a review reason saying the year is unknown`],
    ['unknown year with a date of issue', (d: any) => Object.assign(d, { year: null, review: ['Năm ban hành: chưa xác định được.'] }), `${file}:13: error: issued: is in 2019 but year is null; they must agree`],
    ['unknown year with a year in the number', (d: any) => Object.assign(d, { type: 'nghi-dinh', numberSymbol: '56/2012/NĐ-CP', year: null, issued: null, issuer: { name: 'Chính phủ', parent: null, level: 'trung-uong' }, province: null, review: ['Năm ban hành: chưa xác định được.'] }), `${file}:4: error: year: is null but the number 56/2012/NĐ-CP says 2012`],
    ['date written the Vietnamese way', (d: any) => (d.issued = '16/01/2019'), `${file}:13: error: issued: expected a date written YYYY-MM-DD, YYYY-MM or YYYY, or null when unknown; got "16/01/2019"`],
    ['impossible date', (d: any) => (d.issued = '2019-02-30'), `${file}:13: error: issued: is not a real calendar date; got "2019-02-30"`],
    ['date in another year', (d: any) => (d.issued = '2018-12-30'), `${file}:13: error: issued: is in 2018 but year is 2019; they must agree`],
    ['year contradicting a normative number', (d: any) => Object.assign(d, { type: 'nghi-dinh', numberSymbol: '56/2012/NĐ-CP', issued: null, issuer: { name: 'Chính phủ', parent: null, level: 'trung-uong' }, province: null }), `${file}:4: error: year: is 2019 but the number 56/2012/NĐ-CP says 2012`],
    ['unknown province slug', (d: any) => (d.province = 'Kiên Giang'), `${file}:10: error: province: is not a province slug (src/lib/places/provinces.ts): one of the 63 before 1/7/2025 or the 34 since, e.g. "lang-son", "thanh-hoa"; got "Kiên Giang"`],
    ['pre-merger province on a post-merger date', (d: any) => Object.assign(d, { province: 'dak-nong', year: 2025, issued: '2025-09-16' }), `${file}:10: error: province: Đắk Nông no longer exists on 2025-09-16; since 1/7/2025 it is part of Lâm Đồng: write province: lam-dong`],
    ['pre-merger province in a later year without a date', (d: any) => Object.assign(d, { province: 'kien-giang', year: 2026, issued: null }), `${file}:10: error: province: Kiên Giang no longer exists on 2026; since 1/7/2025 it is part of An Giang: write province: an-giang`],
    ['post-merger province on a pre-merger date', (d: any) => Object.assign(d, { province: 'hue', year: 2025, issued: '2025-06-30' }), `${file}:10: error: province: Huế did not exist as a province on 2025-06-30; before 1/7/2025 it was Thừa Thiên Huế: write province: thua-thien-hue`],
    ['local body without province or review note', (d: any) => (d.province = null), `${file}:10: error: province: is null for a local issuing body; give the province slug, or add a review reason saying the province is unknown`],
    ['district body without district', (d: any) => (d.issuer.level = 'huyen'), `${file}:11: error: district: is null but the issuer level is huyen; name the district`],
    ['unknown issuer level', (d: any) => (d.issuer.level = 'tỉnh'), `${file}:9: error: issuer.level: expected one of trung-uong, tinh, huyen, xa; got "tỉnh"`],
    ['empty string pretending to be known', (d: any) => (d.issuer.parent = ''), `${file}:8: error: issuer.parent: must not be empty; write null if the parent body is unknown; got ""`],
    ['unknown signing prefix', (d: any) => (d.signer.authority.prefix = 'K/T'), `${file}:16: error: signer.authority.prefix: expected one of TM. KT. TL. TUQ. Q.; got "K/T"`],
    ['recipients as one string', (d: any) => (d.recipients = 'Như trên; Lưu'), `${file}:22: error: recipients: expected a list of recipients, [] or null; got "Như trên; Lưu"`],
    ['source address that is not a URL', (d: any) => (d.source.url = 'kiengiang.gov.vn'), `${file}:29: error: source.url: expected a full web address (https://…) or null; got "kiengiang.gov.vn"`],
    ['source address with javascript:', (d: any) => (d.source.url = 'javascript:alert(1)'), `${file}:29: error: source.url: expected a full web address (https://…) or null; got ${JSON.stringify('javascript:alert(1)')}`],
    ['source address with JavaScript: in mixed case', (d: any) => (d.source.url = 'JaVaScRiPt:alert(1)'), `${file}:29: error: source.url: expected a full web address (https://…) or null; got ${JSON.stringify('JaVaScRiPt:alert(1)')}`],
    ['source address with data:text/html', (d: any) => (d.source.url = 'data:text/html,<script>alert(1)</script>'), `${file}:29: error: source.url: expected a full web address (https://…) or null; got ${JSON.stringify('data:text/html,<script>alert(1)</script>')}`],
    ['source address with vbscript:', (d: any) => (d.source.url = 'vbscript:msgbox(1)'), `${file}:29: error: source.url: expected a full web address (https://…) or null; got ${JSON.stringify('vbscript:msgbox(1)')}`],
    ['source address with file:', (d: any) => (d.source.url = 'file:///etc/passwd'), `${file}:29: error: source.url: expected a full web address (https://…) or null; got ${JSON.stringify('file:///etc/passwd')}`],
    ['source address with ftp:', (d: any) => (d.source.url = 'ftp://kiengiang.gov.vn/a.doc'), `${file}:29: error: source.url: expected a full web address (https://…) or null; got ${JSON.stringify('ftp://kiengiang.gov.vn/a.doc')}`],
    ['source address with protocol-relative', (d: any) => (d.source.url = '//kiengiang.gov.vn/a'), `${file}:29: error: source.url: expected a full web address (https://…) or null; got ${JSON.stringify('//kiengiang.gov.vn/a')}`],
    ['source address with a space', (d: any) => (d.source.url = 'https://kiengiang.gov.vn/a b'), `${file}:29: error: source.url: must not contain spaces or control characters; write the address as one piece, e.g. https://vbpl.vn/…; got "https://kiengiang.gov.vn/a b"`],
    ['unknown quality level', (d: any) => (d.quality.level = 'ocr'), `${file}:31: error: quality.level: expected one of clean, conversion-residue, ocr-errors; got "ocr"`],
  ])('%s', (_name, change, expected) => {
    expect(problemsOf(withChange(change))).toEqual([expected]);
  });

  it('refuses a source address with a tab inside its scheme, which a browser would remove', () => {
    expect(problemsOf(withChange((d) => (d.source.url = 'java\tscript:alert(1)')))).toEqual([
      `${file}:29: error: source.url: expected a full web address (https://…) or null; got "java\\tscript:alert(1)"`,
      `${file}:29: error: source.url: must not contain spaces or control characters; write the address as one piece, e.g. https://vbpl.vn/…; got "java\\tscript:alert(1)"`,
    ]);
  });

  it('lists every problem of a file at once, in line order', () => {
    const problems = problemsOf(withChange((d) => Object.assign(d, { type: 'x', year: 'y', issued: 'z' })));
    expect(problems.map((p) => p.split(': error: ')[1]!.split(':')[0])).toEqual(['type', 'year', 'issued']);
  });

  it('rejects a full-text document with an empty body', () => {
    expect(problemsOf(valid, '\n')).toEqual([`${file}:25: error: fullText: is true but the body is empty; add the text or set fullText: false`]);
  });

  it('rejects a file name that is not YEAR/ascii-slug', () => {
    expect(problemsOf(valid, 'Text\n', '2019/Kiên Giang 68')).toEqual([
      `${file}:1: error: file name gives the id "2019/Kiên Giang 68"; expected YEAR/lower-case-ascii-words.md, e.g. 2019/kien-giang-68-ubnd-vhxh.md (chua-ro-nam/… when the year is unknown)`,
    ]);
    const unknownYear = withChange((d: any) => Object.assign(d, { year: null, issued: null, review: ['Năm ban hành: chưa xác định được.'] }));
    expect(problemsOf(unknownYear, 'Text\n', 'chua-ro-nam/kien-giang-cong-van-tuyen-truyen')).toEqual([]);
    expect(problemsOf(valid, 'Text\n', 'chua-biet/kien-giang-68')).toHaveLength(1);
  });

  it('reports YAML syntax errors with their line', () => {
    const source = `---\ntype: cong-van\ntitle: "unclosed\n---\nText\n`;
    const [problem] = parseDocumentFile(file, source, id).problems.map(formatProblem);
    expect(problem).toMatch(new RegExp(`^${file}:\\d+: error: YAML syntax: `));
  });

  it('reports a file without frontmatter', () => {
    expect(parseDocumentFile(file, 'Just text\n', id).problems.map(formatProblem)).toEqual([
      `${file}:1: error: no frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"`,
    ]);
  });
});
