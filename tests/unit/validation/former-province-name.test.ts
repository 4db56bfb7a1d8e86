import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { formerProvinceName } from '../../../src/lib/validation/checks/former-province-name.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';

const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';
const run = (change: (d: Record<string, any>) => void) => formerProvinceName.run([corpusDocument(frontmatter(change))], { today }).map(formatProblem);
const issuedBy = (name: string, parent: string | null, issued: string | null, province: string, year = Number((issued ?? '2025').slice(0, 4))) => (d: Record<string, any>) =>
  Object.assign(d, { year, issued, province, place: null, issuer: { name, parent, level: 'tinh' } });

describe('former-province-name: a body named after a province that no longer exists on its date', () => {
  // [body name, parent, issued, province slug, expected warnings]
  it.each([
    ['Ủy ban nhân dân tỉnh Đắk Nông', null, '2025-09-16', 'lam-dong', [`${file}:7: warning: issuer.name: "Ủy ban nhân dân tỉnh Đắk Nông" names tỉnh Đắk Nông, which no longer exists on 2025-09-16; since 1/7/2025 it is part of tỉnh Lâm Đồng. Check the date, and write the body's name as printed on the document (a body that still signed under its old name keeps it)`]],
    ['Quỹ Bảo trợ trẻ em', 'UBND TỈNH BÌNH THUẬN', '2025-07-10', 'lam-dong', [`${file}:8: warning: issuer.parent: "UBND TỈNH BÌNH THUẬN" names tỉnh Bình Thuận, which no longer exists on 2025-07-10; since 1/7/2025 it is part of tỉnh Lâm Đồng. Check the date, and write the body's name as printed on the document (a body that still signed under its old name keeps it)`]],
    ['Tỉnh ủy Bà Rịa - Vũng Tàu', null, '2026-01-05', 'ho-chi-minh', [`${file}:7: warning: issuer.name: "Tỉnh ủy Bà Rịa - Vũng Tàu" names tỉnh Bà Rịa - Vũng Tàu, which no longer exists on 2026-01-05; since 1/7/2025 it is part of thành phố Hồ Chí Minh. Check the date, and write the body's name as printed on the document (a body that still signed under its old name keeps it)`]],
    // The same names before the merger, or in 2025 without a month: nothing to say.
    ['Ủy ban nhân dân tỉnh Đắk Nông', null, '2025-06-10', 'dak-nong', []],
    ['Ủy ban nhân dân tỉnh Đắk Nông', null, '2025', 'dak-nong', []],
    // The new Lâm Đồng, Huế, and a province that kept its name.
    ['Sở Nội vụ tỉnh Lâm Đồng', 'Ủy ban nhân dân tỉnh Lâm Đồng', '2025-09-16', 'lam-dong', []],
    ['Ủy ban nhân dân thành phố Huế', null, '2025-08-01', 'hue', []],
    ['Ủy ban nhân dân tỉnh Lạng Sơn', null, '2026-02-01', 'lang-son', []],
    // "Đắk Nông" inside another name is not the province (no level word before it).
    ['Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng, cơ sở Đắk Nông', null, '2025-09-16', 'lam-dong', []],
  ])('%s / %s on %s', (name, parent, issued, province, expected) => {
    expect(run(issuedBy(name, parent, issued, province))).toEqual(expected);
  });
});
