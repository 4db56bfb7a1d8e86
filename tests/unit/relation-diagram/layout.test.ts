import { describe, expect, it } from 'vitest';
import type { RelationGroup } from '../../../src/lib/citations/graph.ts';
import { diagramInput } from '../../../src/lib/relation-diagram/from-relations.ts';
import { itemsShown, layoutNarrow, layoutWide, type DiagramLayout } from '../../../src/lib/relation-diagram/layout.ts';
import { wrapText } from '../../../src/lib/relation-diagram/wrap.ts';

describe('wrapText', () => {
  it.each([
    ['Về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới', 20, 2, ['Về tiếp tục đẩy mạnh', 'công tác phụ nữ…']],
    ['Ngắn', 20, 2, ['Ngắn']],
    ['Một hai ba', 5, 3, ['Một', 'hai', 'ba']],
    // A word longer than a line is cut rather than overflowing the box.
    ['Chương-trình-hành-động-quốc-gia', 10, 1, ['Chương-tr…']],
  ])('%s in %i×%i', (text, chars, lines, expected) => {
    const result = wrapText(text, chars, lines);
    expect(result).toEqual(expected);
    expect(result.every((l) => l.length <= chars)).toBe(true);
  });
});

const item = (id: string | null, numberSymbol: string, title: string | null = null) => ({ id, key: id ? null : `tw:${numberSymbol}`, title, numberSymbol, url: id ? `/van-ban/${id}/` : null, mentions: 1, declaredNote: null });
const group = (relation: RelationGroup['relation'], label: string, items: RelationGroup['items']): RelationGroup => ({ relation, label, count: items.length, items });
const typeOf = new Map([
  ['2018/21-ct-tw', 'chi-thi'],
  ['2018/lang-son-61-kh-tu', 'ke-hoach'],
  ['2018/lang-son-96-kh-ubnd', 'ke-hoach'],
  ['2009/57-nq-cp', 'nghi-quyet'],
]);
const center = { type: 'ke-hoach', numberSymbol: '61-KH/TU', year: 2018, title: 'Thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư' };
const outgoing = [
  group('thuc-hien', 'Thực hiện', [item('2018/21-ct-tw', '21-CT/TW', 'Về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới')]),
  group('dan-chieu', 'Dẫn chiếu', [item(null, '11/2011/NĐ-CP'), ...['a', 'b', 'c', 'd'].map((x) => item(`2009/57-nq-cp`, `57/NQ-CP${x}`))]),
  group('thay-the', 'Thay thế', [item('2009/57-nq-cp', '57/NQ-CP')]),
];
const incoming = [group('thuc-hien', 'Được thực hiện bởi', [item('2018/lang-son-96-kh-ubnd', '96/KH-UBND', 'Triển khai thực hiện Chỉ thị số 21-CT/TW')])];
const input = diagramInput(center, outgoing, incoming, typeOf, (id) => `/van-ban/${id}/`);

const linked = (layout: DiagramLayout) => layout.boxes.filter((b) => b.href).map((b) => [b.lines[0], b.href]);

describe('the relation diagram', () => {
  it('puts what the document relies on above, what relies on it below, replacements beside', () => {
    expect(input.above.map((g) => g.label)).toEqual(['Thực hiện', 'Dẫn chiếu']);
    expect(input.below.map((g) => g.label)).toEqual(['Được thực hiện bởi']);
    expect(input.left.map((g) => g.label)).toEqual(['Thay thế']);
    expect(input.right).toEqual([]);
    expect(input.center).toMatchObject({ label: 'Kế hoạch 61-KH/TU', year: 2018, href: null });
  });

  it.each([
    ['wide', layoutWide(input)],
    ['narrow', layoutNarrow(input)],
  ])('%s: each box links to its document, a large group ends with "và N văn bản khác" linking to the list', (_name, layout) => {
    expect(linked(layout)).toEqual(
      expect.arrayContaining([
        ['Chỉ thị 21-CT/TW', '/van-ban/2018/21-ct-tw/'],
        ['Kế hoạch 96/KH-UBND', '/van-ban/2018/lang-son-96-kh-ubnd/'],
        ['Nghị quyết 57/NQ-CP', '/van-ban/2009/57-nq-cp/'],
        [`và ${5 - itemsShown} văn bản khác`, '#dan-chieu-di'],
      ]),
    );
    // A document the archive does not hold is drawn, unlinked and marked missing.
    expect(layout.boxes.find((b) => b.lines[0] === '11/2011/NĐ-CP')).toMatchObject({ href: null, kind: 'missing' });
    expect(layout.boxes.find((b) => b.kind === 'center')!.lines[0]).toBe('Kế hoạch 61-KH/TU');
    // Nothing is drawn outside the picture, and boxes never overlap.
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.boxes) for (const b of layout.boxes) if (a !== b) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
  });

  it('narrow is one column: groups above the centre, the rest below it', () => {
    const layout = layoutNarrow(input);
    const centre = layout.boxes.find((b) => b.kind === 'center')!;
    expect(layout.boxes.every((b) => b.x === 0 && b.w === layout.width)).toBe(true);
    const y = (label: string) => layout.boxes.find((b) => b.lines[0] === label)!.y;
    expect(y('Chỉ thị 21-CT/TW')).toBeLessThan(centre.y);
    expect(y('Kế hoạch 96/KH-UBND')).toBeGreaterThan(centre.y);
  });
});
