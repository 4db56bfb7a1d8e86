import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../../../src/lib/citations/graph.ts';
import { deriveValidity, formatValidityDate, readEffectiveDate, summarySegments, type ValidityActor } from '../../../src/lib/validity/index.ts';
import { corpus } from '../citations/helpers.ts';

// [text, date of issue, effective date read, basis]
const effectiveRows: Array<[text: string, issued: string | null, date: string | null, basis: string | null]> = [
  ['Điều 43. Hiệu lực thi hành\n\nLuật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2007.', '2006-11-29', '2007-07-01', 'text'],
  ['1\\. Luật này có hiệu lực thi hành từ ngày 01 tháng 07 năm 2008.', null, '2008-07-01', 'text'],
  ['Quyết định này có hiệu lực kể từ ngày 01/8/2025.', '2025-07-20', '2025-08-01', 'text'],
  ['Nghị định này có hiệu lực thi hành kể từ ngày 15-9-2012.', null, '2012-09-15', 'text'],
  ['Quyết định này có hiệu lực kể từ ngày ký.', '2025-09-16', '2025-09-16', 'signing'],
  ['Quyết định này có hiệu lực kể từ ngày ký ban hành.', '2025-09', null, 'signing'],
  ['QUYẾT ĐỊNH NÀY CÓ HIỆU LỰC KỂ TỪ NGÀY KÝ.', '2019-01-16', '2019-01-16', 'signing'],
  // Regression: only the surroundings of "hiệu lực" are read; the offsets still point into the whole text.
  [`${'Điều 1. Phạm vi điều chỉnh. Quyết định cấm tiếp xúc có hiệu lực ngay. '.repeat(5)}\n\nĐiều 9. Hiệu lực\n\nThông tư liên tịch này có hiệu lực thi hành kể từ ngày 15 tháng 9 năm 2012.`, null, '2012-09-15', 'text'],
  // About another decision, not the text itself.
  ['2. Quyết định cấm tiếp xúc có hiệu lực ngay sau khi ký và được gửi cho người có hành vi bạo lực gia đình.', '2007-11-21', null, null],
  ['Quyết định số 12/QĐ-UBND có hiệu lực từ ngày 01/01/2019.', null, null, null],
  ['Kế hoạch này thay thế Kế hoạch số 08/KH-UBND.', null, null, null],
];

describe('effective date read from the text', () => {
  it.each(effectiveRows)('%s', (text, issued, date, basis) => {
    const read = readEffectiveDate(text, issued);
    expect(read?.date ?? null).toBe(basis ? date : null);
    expect(read?.basis ?? null).toBe(basis);
    if (read) expect(text.slice(read.start, read.start + read.raw.length)).toBe(read.raw);
  });

  it.each([
    ['2006/73-2006-qh11', '2007-07-01'],
    ['2007/02-2007-qh12', '2008-07-01'],
    ['2022/13-2022-qh15', '2023-07-01'],
  ])('%s takes effect on %s', (id, date) => {
    const law = corpus().find((d) => d.id === id)!;
    expect(readEffectiveDate(law.body, law.data.issued)?.date).toBe(date);
  });
});

const successor: ValidityActor = { id: '2022/13-2022-qh15', label: 'Luật số 13/2022/QH15', url: '/van-ban/2022/13-2022-qh15/', relation: 'thay-the', effective: '2023-07-01', pinpoint: null };
const today = '2026-12-04';
// [case, input, status, summary]
const validityRows: Array<[name: string, input: Parameters<typeof deriveValidity>[0], status: string, summary: string]> = [
  ['replaced, from the successor\'s effective date', { effective: '2008-07-01', override: null, actors: [successor], today }, 'het-hieu-luc', 'Hết hiệu lực từ 01/7/2023 — thay thế bởi Luật số 13/2022/QH15'],
  ['repealed, date of the repealing text unknown', { effective: null, override: null, actors: [{ ...successor, relation: 'bai-bo', effective: null, label: 'Quyết định số 5/QĐ-UBND' }], today }, 'het-hieu-luc', 'Hết hiệu lực (chưa rõ từ ngày nào) — bãi bỏ bởi Quyết định số 5/QĐ-UBND'],
  ['replaced from a date still to come', { effective: '2008-07-01', override: null, actors: [{ ...successor, effective: '2027-01-01' }], today }, 'chua-ro', 'Sẽ hết hiệu lực từ 01/1/2027 — thay thế bởi Luật số 13/2022/QH15'],
  ['one article repealed', { effective: '2013-01-01', override: null, actors: [{ ...successor, relation: 'bai-bo', pinpoint: 'Điều 5', label: 'Nghị định số 1/2020/NĐ-CP' }], today }, 'het-hieu-luc-mot-phan', 'Hết hiệu lực một phần: Điều 5 bị bãi bỏ bởi Nghị định số 1/2020/NĐ-CP'],
  ['amended only: still unknown', { effective: '2007-07-01', override: null, actors: [{ ...successor, relation: 'sua-doi-bo-sung' }], today }, 'chua-ro', 'Có hiệu lực từ 01/7/2007; tình trạng hiệu lực hiện nay: chưa rõ (kho chưa ghi nhận văn bản thay thế hay bãi bỏ văn bản này)'],
  ['nothing known: "chưa rõ", never "còn hiệu lực"', { effective: null, override: null, actors: [], today }, 'chua-ro', 'tình trạng hiệu lực hiện nay: chưa rõ (kho chưa ghi nhận văn bản thay thế hay bãi bỏ văn bản này)'],
  ['takes effect later', { effective: '2027-03-01', override: null, actors: [], today }, 'chua-co-hieu-luc', 'Chưa có hiệu lực: có hiệu lực từ 01/3/2027'],
  ['checked by a person', { effective: '2007-07-01', override: { status: 'con-hieu-luc', from: '2007-07-01', note: 'Đối chiếu Công báo' }, actors: [], today }, 'con-hieu-luc', 'Còn hiệu lực từ 01/7/2007'],
];

describe('validity from relations', () => {
  it.each(validityRows)('%s', (_name, input, status, summary) => {
    const v = deriveValidity(input);
    expect(v.status).toBe(status);
    expect(v.summary).toBe(summary);
  });

  it('cuts the summary so the successor is a link', () => {
    const v = deriveValidity({ effective: null, override: null, actors: [successor], today });
    expect(summarySegments(v)).toEqual([
      { text: 'Hết hiệu lực từ 01/7/2023 — thay thế bởi ' },
      { text: 'Luật số 13/2022/QH15', url: '/van-ban/2022/13-2022-qh15/' },
    ]);
  });

  it.each([['2023-07-01', '01/7/2023'], ['2025-12-31', '31/12/2025'], ['2025-08', '8/2025'], ['2007', '2007']])('writes %s as %s', (iso, text) => {
    expect(formatValidityDate(iso)).toBe(text);
  });

  it('in the archive, 13/2022/QH15 replaces 02/2007/QH12 (Điều 56 khoản 2), and the new Lâm Đồng\'s decision the three former provinces\' decisions (one list under "thay thế")', () => {
    const graph = buildCitationGraph(corpus());
    const ending = graph.edges.filter((e) => e.relation === 'thay-the' || e.relation === 'bai-bo');
    const qd = '2025/lam-dong-quyet-dinh-ve-viec-thanh-lap-ban-vi-su-tien';
    expect(ending.map((e) => [e.from, e.to, e.raw])).toEqual([
      ['2022/13-2022-qh15', '2007/02-2007-qh12', '02/2007/QH12'],
      [qd, '2023/binh-thuan-2007-qd-ubnd', 'Quyết định số 2007/QĐ-UBND ngày 20 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Bình Thuận'],
      [qd, '2025/lam-dong-505-qd-ubnd', 'Quyết định số 505/QĐ-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Lâm Đồng'],
      [qd, '2025/dak-nong-654-qd-ubnd', 'Quyết định số 654/QĐ-UBND ngày 15 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh Đắk Nông'],
    ]);
  });

  it('in the archive, Nghị định 93/2019/NĐ-CP is amended by 136/2024/NĐ-CP (its title), and by no Lâm Đồng text that only cites the amendment', () => {
    const graph = buildCitationGraph(corpus());
    const amending = graph.edgesTo('2019/93-2019-nd-cp').filter((e) => e.relation === 'sua-doi-bo-sung');
    expect([...new Set(amending.map((e) => e.from))]).toEqual(['2024/136-2024-nd-cp']);
  });
});
