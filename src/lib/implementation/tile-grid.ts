import { provinces } from '../places/provinces.ts';
import type { ProvinceEra } from './eras.ts';

/**
 * A tile-grid map of Vietnam: one square per province, placed roughly where it lies. No openly
 * licensed, maintained package of Vietnam's province boundaries (let alone the 34 of 2025) is in
 * the npm registry, and a grid keeps small provinces as visible as large ones.
 *
 * Each province's seat (latitude, longitude) is projected onto the grid, then provinces take the
 * free cell nearest their seat, those of the crowded Red River delta first.
 */

// [slug, latitude, longitude] of each pre-2025 province's seat.
const seats: ReadonlyArray<readonly [string, number, number]> = [
  ['ha-noi', 21.03, 105.85], ['ho-chi-minh', 10.78, 106.7], ['hai-phong', 20.86, 106.68], ['da-nang', 16.05, 108.2],
  ['can-tho', 10.03, 105.78], ['an-giang', 10.38, 105.44], ['ba-ria-vung-tau', 10.5, 107.17], ['bac-giang', 21.27, 106.19],
  ['bac-kan', 22.15, 105.83], ['bac-lieu', 9.29, 105.72], ['bac-ninh', 21.18, 106.07], ['ben-tre', 10.24, 106.38],
  ['binh-dinh', 13.78, 109.22], ['binh-duong', 10.98, 106.65], ['binh-phuoc', 11.53, 106.89], ['binh-thuan', 10.93, 108.1],
  ['ca-mau', 9.18, 105.15], ['cao-bang', 22.67, 106.26], ['dak-lak', 12.67, 108.04], ['dak-nong', 12.0, 107.69],
  ['dien-bien', 21.39, 103.02], ['dong-nai', 10.95, 106.82], ['dong-thap', 10.46, 105.63], ['gia-lai', 13.98, 108.0],
  ['ha-giang', 22.82, 104.98], ['ha-nam', 20.54, 105.91], ['ha-tinh', 18.34, 105.91], ['hai-duong', 20.94, 106.33],
  ['hau-giang', 9.78, 105.47], ['hoa-binh', 20.82, 105.34], ['hung-yen', 20.65, 106.05], ['khanh-hoa', 12.24, 109.19],
  ['kien-giang', 10.01, 105.08], ['kon-tum', 14.35, 108.0], ['lai-chau', 22.4, 103.46], ['lam-dong', 11.94, 108.44],
  ['lang-son', 21.85, 106.76], ['lao-cai', 22.49, 103.97], ['long-an', 10.54, 106.41], ['nam-dinh', 20.42, 106.17],
  ['nghe-an', 18.67, 105.69], ['ninh-binh', 20.25, 105.97], ['ninh-thuan', 11.57, 108.99], ['phu-tho', 21.32, 105.4],
  ['phu-yen', 13.09, 109.3], ['quang-binh', 17.47, 106.62], ['quang-nam', 15.57, 108.47], ['quang-ngai', 15.12, 108.8],
  ['quang-ninh', 20.95, 107.08], ['quang-tri', 16.82, 107.1], ['soc-trang', 9.6, 105.97], ['son-la', 21.33, 103.91],
  ['tay-ninh', 11.31, 106.1], ['thai-binh', 20.45, 106.34], ['thai-nguyen', 21.59, 105.85], ['thanh-hoa', 19.81, 105.78],
  ['thua-thien-hue', 16.46, 107.59], ['tien-giang', 10.36, 106.36], ['tra-vinh', 9.93, 106.35], ['tuyen-quang', 21.82, 105.21],
  ['vinh-long', 10.25, 105.97], ['vinh-phuc', 21.31, 105.6], ['yen-bai', 21.72, 104.91],
];

export interface Tile {
  slug: string;
  /** Grid column (west → east) and row (north → south), from 0. */
  col: number;
  row: number;
}

export interface TileGrid {
  tiles: Tile[];
  cols: number;
  rows: number;
}

// Degrees per cell: the north is wide and crowded, so rows are tighter than the real aspect.
const cellLon = 0.62;
const cellLat = 0.68;
const west = 102.5;
const north = 23.2;

function layout(points: ReadonlyArray<{ slug: string; lat: number; lon: number }>, scale: number): TileGrid {
  const taken = new Map<string, string>();
  const tiles: Tile[] = [];
  // Densest area first (nearest Hà Nội and Hồ Chí Minh), so the delta provinces keep their neighbours.
  const order = [...points].sort((a, b) => density(b, points) - density(a, points) || a.slug.localeCompare(b.slug));
  for (const p of order) {
    const x = (p.lon - west) / (cellLon * scale);
    const y = (north - p.lat) / (cellLat * scale);
    let best: { col: number; row: number; d: number } | undefined;
    for (let r = Math.max(0, Math.floor(y) - 4); r <= Math.floor(y) + 4; r++) {
      for (let c = Math.max(0, Math.floor(x) - 4); c <= Math.floor(x) + 4; c++) {
        if (taken.has(`${c},${r}`)) continue;
        const d = (c + 0.5 - x) ** 2 + (r + 0.5 - y) ** 2;
        if (!best || d < best.d) best = { col: c, row: r, d };
      }
    }
    taken.set(`${best!.col},${best!.row}`, p.slug);
    tiles.push({ slug: p.slug, col: best!.col, row: best!.row });
  }
  const minCol = Math.min(...tiles.map((t) => t.col));
  const minRow = Math.min(...tiles.map((t) => t.row));
  for (const t of tiles) {
    t.col -= minCol;
    t.row -= minRow;
  }
  tiles.sort((a, b) => a.row - b.row || a.col - b.col);
  return { tiles, cols: Math.max(...tiles.map((t) => t.col)) + 1, rows: Math.max(...tiles.map((t) => t.row)) + 1 };
}

function density(p: { lat: number; lon: number }, points: ReadonlyArray<{ lat: number; lon: number }>): number {
  return points.filter((q) => Math.hypot(q.lat - p.lat, q.lon - p.lon) < 1).length;
}

const seatOf = new Map(seats.map(([slug, lat, lon]) => [slug, { lat, lon }]));

let cache: Partial<Record<ProvinceEra, TileGrid>> = {};

/** The grid of the 63 provinces before 1 July 2025, or of the 34 since (each at the mean of its former provinces' seats). */
export function tileGrid(era: ProvinceEra): TileGrid {
  if (cache[era]) return cache[era];
  let points: Array<{ slug: string; lat: number; lon: number }>;
  if (era === 'truoc-2025') {
    points = provinces.map((p) => ({ slug: p.slug, ...seatOf.get(p.slug)! }));
  } else {
    const members = new Map<string, Array<{ lat: number; lon: number }>>();
    for (const p of provinces) members.set(p.mergedInto, [...(members.get(p.mergedInto) ?? []), seatOf.get(p.slug)!]);
    points = [...members].map(([slug, list]) => ({
      slug,
      lat: list.reduce((s, q) => s + q.lat, 0) / list.length,
      lon: list.reduce((s, q) => s + q.lon, 0) / list.length,
    }));
  }
  cache = { ...cache, [era]: layout(points, era === 'truoc-2025' ? 1 : 1.2) };
  return cache[era]!;
}
