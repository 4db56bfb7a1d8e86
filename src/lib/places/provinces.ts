import { slugify } from '../text/vietnamese.ts';

/**
 * The 63 provinces and centrally-run cities as they were before 1 July 2025, and the province each
 * became part of in the merger of that date (Nghị quyết 202/2025/QH15). Documents are filed under the
 * province that issued them, by its name at the time; `mergedInto` tells the reader where it is now.
 */
export interface Province {
  /** URL slug without diacritics, e.g. "kien-giang". Stable: it is part of the archive's URLs. */
  slug: string;
  /** Name without its administrative prefix, e.g. "Kiên Giang", "Hồ Chí Minh". */
  name: string;
  /** "tỉnh" or "thành phố" (centrally-run city). */
  kind: 'tỉnh' | 'thành phố';
  /** Slug of the province it belongs to since 1 July 2025 (itself when its boundaries were kept). */
  mergedInto: string;
}

// [name, kind, merged-into name]; a province kept whole merges into itself.
const table: Array<[string, Province['kind'], string]> = [
  ['Hà Nội', 'thành phố', 'Hà Nội'],
  ['Hồ Chí Minh', 'thành phố', 'Hồ Chí Minh'],
  ['Hải Phòng', 'thành phố', 'Hải Phòng'],
  ['Đà Nẵng', 'thành phố', 'Đà Nẵng'],
  ['Cần Thơ', 'thành phố', 'Cần Thơ'],
  ['An Giang', 'tỉnh', 'An Giang'],
  ['Bà Rịa - Vũng Tàu', 'tỉnh', 'Hồ Chí Minh'],
  ['Bắc Giang', 'tỉnh', 'Bắc Ninh'],
  ['Bắc Kạn', 'tỉnh', 'Thái Nguyên'],
  ['Bạc Liêu', 'tỉnh', 'Cà Mau'],
  ['Bắc Ninh', 'tỉnh', 'Bắc Ninh'],
  ['Bến Tre', 'tỉnh', 'Vĩnh Long'],
  ['Bình Định', 'tỉnh', 'Gia Lai'],
  ['Bình Dương', 'tỉnh', 'Hồ Chí Minh'],
  ['Bình Phước', 'tỉnh', 'Đồng Nai'],
  ['Bình Thuận', 'tỉnh', 'Lâm Đồng'],
  ['Cà Mau', 'tỉnh', 'Cà Mau'],
  ['Cao Bằng', 'tỉnh', 'Cao Bằng'],
  ['Đắk Lắk', 'tỉnh', 'Đắk Lắk'],
  ['Đắk Nông', 'tỉnh', 'Lâm Đồng'],
  ['Điện Biên', 'tỉnh', 'Điện Biên'],
  ['Đồng Nai', 'tỉnh', 'Đồng Nai'],
  ['Đồng Tháp', 'tỉnh', 'Đồng Tháp'],
  ['Gia Lai', 'tỉnh', 'Gia Lai'],
  ['Hà Giang', 'tỉnh', 'Tuyên Quang'],
  ['Hà Nam', 'tỉnh', 'Ninh Bình'],
  ['Hà Tĩnh', 'tỉnh', 'Hà Tĩnh'],
  ['Hải Dương', 'tỉnh', 'Hải Phòng'],
  ['Hậu Giang', 'tỉnh', 'Cần Thơ'],
  ['Hòa Bình', 'tỉnh', 'Phú Thọ'],
  ['Hưng Yên', 'tỉnh', 'Hưng Yên'],
  ['Khánh Hòa', 'tỉnh', 'Khánh Hòa'],
  ['Kiên Giang', 'tỉnh', 'An Giang'],
  ['Kon Tum', 'tỉnh', 'Quảng Ngãi'],
  ['Lai Châu', 'tỉnh', 'Lai Châu'],
  ['Lâm Đồng', 'tỉnh', 'Lâm Đồng'],
  ['Lạng Sơn', 'tỉnh', 'Lạng Sơn'],
  ['Lào Cai', 'tỉnh', 'Lào Cai'],
  ['Long An', 'tỉnh', 'Tây Ninh'],
  ['Nam Định', 'tỉnh', 'Ninh Bình'],
  ['Nghệ An', 'tỉnh', 'Nghệ An'],
  ['Ninh Bình', 'tỉnh', 'Ninh Bình'],
  ['Ninh Thuận', 'tỉnh', 'Khánh Hòa'],
  ['Phú Thọ', 'tỉnh', 'Phú Thọ'],
  ['Phú Yên', 'tỉnh', 'Đắk Lắk'],
  ['Quảng Bình', 'tỉnh', 'Quảng Trị'],
  ['Quảng Nam', 'tỉnh', 'Đà Nẵng'],
  ['Quảng Ngãi', 'tỉnh', 'Quảng Ngãi'],
  ['Quảng Ninh', 'tỉnh', 'Quảng Ninh'],
  ['Quảng Trị', 'tỉnh', 'Quảng Trị'],
  ['Sóc Trăng', 'tỉnh', 'Cần Thơ'],
  ['Sơn La', 'tỉnh', 'Sơn La'],
  ['Tây Ninh', 'tỉnh', 'Tây Ninh'],
  ['Thái Bình', 'tỉnh', 'Hưng Yên'],
  ['Thái Nguyên', 'tỉnh', 'Thái Nguyên'],
  ['Thanh Hóa', 'tỉnh', 'Thanh Hóa'],
  ['Thừa Thiên Huế', 'tỉnh', 'Huế'],
  ['Tiền Giang', 'tỉnh', 'Đồng Tháp'],
  ['Trà Vinh', 'tỉnh', 'Vĩnh Long'],
  ['Tuyên Quang', 'tỉnh', 'Tuyên Quang'],
  ['Vĩnh Long', 'tỉnh', 'Vĩnh Long'],
  ['Vĩnh Phúc', 'tỉnh', 'Phú Thọ'],
  ['Yên Bái', 'tỉnh', 'Lào Cai'],
];

/** The 63 provinces before the 2025 merger, in Vietnamese alphabetical order of the table above. */
export const provinces: readonly Province[] = table.map(([name, kind, into]) => ({
  slug: slugify(name),
  name,
  kind,
  mergedInto: slugify(into),
}));

/** A province or centrally-run city since 1 July 2025 (one of the 34). */
export interface ProvinceSince2025 {
  /** URL slug, e.g. "lam-dong", "hue". Shared with the province of the same name before the merger. */
  slug: string;
  /** Name without its administrative prefix, e.g. "Lâm Đồng", "Huế". */
  name: string;
  /** "tỉnh", or "thành phố" for the six centrally-run cities. */
  kind: 'tỉnh' | 'thành phố';
}

// The six centrally-run cities since 1 July 2025 (Nghị quyết 202/2025/QH15): Huế joined the five.
const citiesSince2025 = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

/**
 * The 34 provinces since 1 July 2025. Thừa Thiên Huế became the centrally-run city of Huế, so
 * the one name that exists only after the merger is listed here.
 */
export const provincesSince2025: ReadonlyMap<string, ProvinceSince2025> = new Map(
  [...new Set(table.map(([, , into]) => into))].map((name) => [
    slugify(name),
    { slug: slugify(name), name, kind: citiesSince2025.has(name) ? 'thành phố' : 'tỉnh' },
  ]),
);

const bySlug = new Map(provinces.map((p) => [p.slug, p]));

/** The province with this slug, or undefined. */
export function findProvince(slug: string): Province | undefined {
  return bySlug.get(slug);
}

/** "tỉnh Kiên Giang", "thành phố Hà Nội". */
export function provinceLabel(province: Province): string {
  return `${province.kind} ${province.name}`;
}

/** Where this province belongs since 1 July 2025, or undefined when its boundaries were kept. */
export function mergerOf(province: Province): { slug: string; name: string } | undefined {
  if (province.mergedInto === province.slug) return undefined;
  return provincesSince2025.get(province.mergedInto);
}
