import { wrapText } from './wrap.ts';

/**
 * Layout of the relation diagram ("lược đồ") of a document page: the document in the centre, what
 * it relies on above, what relies on it below, what it amends or replaces and what amends or
 * replaces it beside. Two variants: wide (groups side by side) and narrow (one column, for
 * phones); the page shows one or the other with CSS. Pure geometry in SVG user units.
 */
export interface DiagramItem {
  /** "Kế hoạch 96/KH-UBND". */
  label: string;
  year: number | null;
  title: string | null;
  /** Site path of the document's page, or null for a document the archive does not hold. */
  href: string | null;
}

export interface DiagramGroup {
  /** "Căn cứ", "Được thực hiện bởi". */
  label: string;
  items: DiagramItem[];
  /** Where the full list is ("#dan-chieu-di"), for "và N văn bản khác". */
  moreHref: string;
}

export interface DiagramInput {
  center: DiagramItem;
  above: DiagramGroup[];
  below: DiagramGroup[];
  left: DiagramGroup[];
  right: DiagramGroup[];
}

export interface DiagramBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** First line bold (the type and number), the rest plain. */
  lines: string[];
  href: string | null;
  kind: 'center' | 'item' | 'more' | 'missing';
}

export interface DiagramCaption {
  x: number;
  y: number;
  text: string;
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: DiagramBox[];
  captions: DiagramCaption[];
  /** SVG path data of the lines joining the groups to the centre. */
  connectors: string[];
}

/** Boxes shown per group before "và N văn bản khác". */
export const itemsShown = 3;

const lineHeight = 15;
const pad = 8;
const boxGap = 8;
const captionHeight = 20;
const bandGap = 40;
// Average advance of a 12px system sans-serif character, Vietnamese diacritics included, rounded up.
const charWidth = 6.9;

function itemBox(item: DiagramItem, x: number, y: number, w: number, titleLines: number, kind: DiagramBox['kind']): DiagramBox {
  const chars = Math.floor((w - 2 * pad) / charWidth);
  const lines = [
    ...wrapText(item.label, Math.floor(chars * 0.92), 1),
    ...(item.title || item.year ? wrapText([item.year, item.title ?? (item.href ? null : 'kho chưa có văn bản này')].filter(Boolean).join(' · '), chars, titleLines) : []),
  ];
  return { x, y, w, h: 2 * pad + lines.length * lineHeight - 3, lines, href: item.href, kind: item.href || kind === 'center' ? kind : 'missing' };
}

/** A group as a column of boxes at (x, y) of width w; returns its boxes and bottom. */
function column(group: DiagramGroup, x: number, y: number, w: number, captions: DiagramCaption[], boxes: DiagramBox[]): { bottom: number; firstBox: DiagramBox } {
  captions.push({ x, y: y + 14, text: `${group.label} (${group.items.length})` });
  let top = y + captionHeight;
  let first: DiagramBox | undefined;
  for (const item of group.items.slice(0, itemsShown)) {
    const box = itemBox(item, x, top, w, 2, 'item');
    boxes.push(box);
    first ??= box;
    top += box.h + boxGap;
  }
  const rest = group.items.length - itemsShown;
  if (rest > 0) {
    boxes.push({ x, y: top, w, h: 26, lines: [`và ${rest} văn bản khác`], href: group.moreHref, kind: 'more' });
    top += 26 + boxGap;
  }
  return { bottom: top - boxGap, firstBox: first! };
}

const curve = (x1: number, y1: number, x2: number, y2: number) => `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2}`;

/** Groups side by side above and below, sides left and right of the centre. */
export function layoutWide(input: DiagramInput, width = 760): DiagramLayout {
  const boxes: DiagramBox[] = [];
  const captions: DiagramCaption[] = [];
  const connectors: string[] = [];
  const gap = 14;
  const band = (groups: DiagramGroup[], y: number) => {
    const n = groups.length;
    const w = Math.min(230, (width - (n - 1) * gap) / n);
    const x0 = (width - (n * w + (n - 1) * gap)) / 2;
    return groups.map((g, i) => ({ x: x0 + i * (w + gap), ...column(g, x0 + i * (w + gap), y, w, captions, boxes), w }));
  };
  let y = 0;
  const above = band(input.above, y);
  y = above.length ? Math.max(...above.map((c) => c.bottom)) + bandGap : 0;
  // The centre row: the document, and its side groups.
  const sideW = 200;
  const hasSides = input.left.length + input.right.length > 0;
  const centerW = hasSides ? width - 2 * (sideW + 30) : 320;
  const center = itemBox(input.center, (width - centerW) / 2, y + (hasSides ? captionHeight : 0), centerW, 2, 'center');
  boxes.push(center);
  let rowBottom = center.y + center.h;
  const side = (groups: DiagramGroup[], x: number, edge: number) => {
    let top = y;
    for (const g of groups) {
      const c = column(g, x, top, sideW, captions, boxes);
      connectors.push(`M${edge},${c.firstBox.y + c.firstBox.h / 2} H${x === 0 ? center.x : center.x + center.w}`);
      top = c.bottom + 16;
      rowBottom = Math.max(rowBottom, c.bottom);
    }
  };
  side(input.left, 0, sideW);
  side(input.right, width - sideW, width - sideW);
  const cx = width / 2;
  for (const c of above) connectors.push(curve(c.x + c.w / 2, c.bottom, cx, center.y));
  y = rowBottom + bandGap;
  const below = band(input.below, y);
  for (const c of below) connectors.push(curve(cx, center.y + center.h, c.x + c.w / 2, c.firstBox.y - captionHeight));
  const height = Math.ceil(below.length ? Math.max(...below.map((c) => c.bottom)) : rowBottom) + 2;
  return { width, height, boxes, captions, connectors };
}

/** Everything in one column: what it relies on, the document, beside groups, what relies on it. */
export function layoutNarrow(input: DiagramInput, width = 320): DiagramLayout {
  const boxes: DiagramBox[] = [];
  const captions: DiagramCaption[] = [];
  const connectors: string[] = [];
  const x = 0;
  const w = width;
  const cx = width / 2;
  let y = 0;
  for (const g of input.above) y = column(g, x, y, w, captions, boxes).bottom + 16;
  if (input.above.length) {
    connectors.push(`M${cx},${y - 14} V${y + 10}`);
    y += 12;
  }
  const center = itemBox(input.center, x, y, w, 3, 'center');
  boxes.push(center);
  y += center.h;
  const after = [...input.left, ...input.right, ...input.below];
  if (after.length) {
    connectors.push(`M${cx},${y} V${y + 22}`);
    y += 24;
  }
  for (const g of after) y = column(g, x, y, w, captions, boxes).bottom + 16;
  return { width, height: Math.ceil(y) + 2, boxes, captions, connectors };
}
