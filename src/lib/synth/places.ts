import { successorOf } from '../places/province-era.ts';
import { provinces, type Province } from '../places/provinces.ts';

/**
 * Where synthetic documents come from. Provinces are drawn in proportion to their population
 * (2019 census, millions, rounded): a hand table, good enough for realistic skew (Hồ Chí Minh and
 * Hà Nội issue ~15× more than Bắc Kạn or Lai Châu). Districts are real huyện of each province
 * before the 2025 reform, four or fewer per province.
 */
const population: Record<string, number> = {
  'ha-noi': 8.05, 'ho-chi-minh': 8.99, 'hai-phong': 2.03, 'da-nang': 1.13, 'can-tho': 1.24,
  'an-giang': 1.91, 'ba-ria-vung-tau': 1.15, 'bac-giang': 1.8, 'bac-kan': 0.31, 'bac-lieu': 0.91,
  'bac-ninh': 1.37, 'ben-tre': 1.29, 'binh-dinh': 1.49, 'binh-duong': 2.43, 'binh-phuoc': 0.99,
  'binh-thuan': 1.23, 'ca-mau': 1.19, 'cao-bang': 0.53, 'dak-lak': 1.87, 'dak-nong': 0.62,
  'dien-bien': 0.6, 'dong-nai': 3.1, 'dong-thap': 1.6, 'gia-lai': 1.51, 'ha-giang': 0.85,
  'ha-nam': 0.85, 'ha-tinh': 1.29, 'hai-duong': 1.89, 'hau-giang': 0.73, 'hoa-binh': 0.85,
  'hung-yen': 1.25, 'khanh-hoa': 1.23, 'kien-giang': 1.72, 'kon-tum': 0.54, 'lai-chau': 0.46,
  'lam-dong': 1.3, 'lang-son': 0.78, 'lao-cai': 0.73, 'long-an': 1.69, 'nam-dinh': 1.78,
  'nghe-an': 3.33, 'ninh-binh': 0.98, 'ninh-thuan': 0.59, 'phu-tho': 1.46, 'phu-yen': 0.87,
  'quang-binh': 0.9, 'quang-nam': 1.5, 'quang-ngai': 1.23, 'quang-ninh': 1.32, 'quang-tri': 0.63,
  'soc-trang': 1.2, 'son-la': 1.25, 'tay-ninh': 1.17, 'thai-binh': 1.86, 'thai-nguyen': 1.29,
  'thanh-hoa': 3.64, 'thua-thien-hue': 1.13, 'tien-giang': 1.76, 'tra-vinh': 1.01, 'tuyen-quang': 0.78,
  'vinh-long': 1.02, 'vinh-phuc': 1.15, 'yen-bai': 0.82,
};

const districts: Record<string, string[]> = {
  'ha-noi': ['Ba Vì', 'Sóc Sơn', 'Đông Anh', 'Mỹ Đức'],
  'ho-chi-minh': ['Củ Chi', 'Hóc Môn', 'Bình Chánh', 'Cần Giờ'],
  'hai-phong': ['Thủy Nguyên', 'An Lão', 'Tiên Lãng', 'Vĩnh Bảo'],
  'da-nang': ['Hòa Vang'],
  'can-tho': ['Phong Điền', 'Cờ Đỏ', 'Thới Lai', 'Vĩnh Thạnh'],
  'an-giang': ['Châu Phú', 'Chợ Mới', 'Tri Tôn', 'Thoại Sơn'],
  'ba-ria-vung-tau': ['Châu Đức', 'Xuyên Mộc', 'Đất Đỏ', 'Côn Đảo'],
  'bac-giang': ['Tân Yên', 'Lục Nam', 'Yên Thế', 'Lạng Giang'],
  'bac-kan': ['Ba Bể', 'Chợ Đồn', 'Na Rì', 'Pác Nặm'],
  'bac-lieu': ['Hồng Dân', 'Phước Long', 'Vĩnh Lợi', 'Đông Hải'],
  'bac-ninh': ['Tiên Du', 'Quế Võ', 'Gia Bình', 'Lương Tài'],
  'ben-tre': ['Ba Tri', 'Giồng Trôm', 'Mỏ Cày Nam', 'Thạnh Phú'],
  'binh-dinh': ['Hoài Ân', 'Phù Cát', 'Tây Sơn', 'An Lão'],
  'binh-duong': ['Dầu Tiếng', 'Phú Giáo', 'Bàu Bàng', 'Bắc Tân Uyên'],
  'binh-phuoc': ['Bù Đăng', 'Lộc Ninh', 'Bù Gia Mập', 'Hớn Quản'],
  'binh-thuan': ['Tuy Phong', 'Bắc Bình', 'Hàm Thuận Bắc', 'Đức Linh'],
  'ca-mau': ['U Minh', 'Trần Văn Thời', 'Năm Căn', 'Ngọc Hiển'],
  'cao-bang': ['Bảo Lạc', 'Hà Quảng', 'Trùng Khánh', 'Nguyên Bình'],
  'dak-lak': ['Krông Pắc', 'Lắk', 'Ea Kar', 'Krông Bông'],
  'dak-nong': ['Cư Jút', 'Đắk Mil', 'Krông Nô', 'Tuy Đức'],
  'dien-bien': ['Mường Nhé', 'Tủa Chùa', 'Điện Biên Đông', 'Mường Chà'],
  'dong-nai': ['Tân Phú', 'Định Quán', 'Xuân Lộc', 'Nhơn Trạch'],
  'dong-thap': ['Tháp Mười', 'Tam Nông', 'Lai Vung', 'Thanh Bình'],
  'gia-lai': ['Chư Sê', 'Đức Cơ', 'Kbang', 'Mang Yang'],
  'ha-giang': ['Đồng Văn', 'Mèo Vạc', 'Yên Minh', 'Bắc Quang'],
  'ha-nam': ['Kim Bảng', 'Thanh Liêm', 'Lý Nhân', 'Bình Lục'],
  'ha-tinh': ['Hương Sơn', 'Kỳ Anh', 'Cẩm Xuyên', 'Đức Thọ'],
  'hai-duong': ['Cẩm Giàng', 'Gia Lộc', 'Thanh Miện', 'Ninh Giang'],
  'hau-giang': ['Châu Thành A', 'Phụng Hiệp', 'Long Mỹ', 'Vị Thủy'],
  'hoa-binh': ['Mai Châu', 'Lạc Sơn', 'Kim Bôi', 'Đà Bắc'],
  'hung-yen': ['Văn Lâm', 'Khoái Châu', 'Ân Thi', 'Tiên Lữ'],
  'khanh-hoa': ['Vạn Ninh', 'Diên Khánh', 'Khánh Vĩnh', 'Cam Lâm'],
  'kien-giang': ['An Biên', 'Giồng Riềng', 'Hòn Đất', 'U Minh Thượng'],
  'kon-tum': ['Đắk Glei', 'Ngọc Hồi', 'Sa Thầy', 'Kon Plông'],
  'lai-chau': ['Mường Tè', 'Sìn Hồ', 'Phong Thổ', 'Tam Đường'],
  'lam-dong': ['Đức Trọng', 'Di Linh', 'Lâm Hà', 'Đơn Dương'],
  'lang-son': ['Cao Lộc', 'Văn Lãng', 'Bình Gia', 'Hữu Lũng'],
  'lao-cai': ['Bát Xát', 'Bảo Thắng', 'Bắc Hà', 'Mường Khương'],
  'long-an': ['Đức Hòa', 'Cần Giuộc', 'Thạnh Hóa', 'Tân Thạnh'],
  'nam-dinh': ['Hải Hậu', 'Giao Thủy', 'Ý Yên', 'Nghĩa Hưng'],
  'nghe-an': ['Quỳnh Lưu', 'Diễn Châu', 'Con Cuông', 'Kỳ Sơn'],
  'ninh-binh': ['Gia Viễn', 'Nho Quan', 'Kim Sơn', 'Yên Mô'],
  'ninh-thuan': ['Ninh Hải', 'Ninh Phước', 'Bác Ái', 'Thuận Bắc'],
  'phu-tho': ['Thanh Sơn', 'Cẩm Khê', 'Lâm Thao', 'Yên Lập'],
  'phu-yen': ['Đồng Xuân', 'Sơn Hòa', 'Tây Hòa', 'Tuy An'],
  'quang-binh': ['Minh Hóa', 'Tuyên Hóa', 'Bố Trạch', 'Lệ Thủy'],
  'quang-nam': ['Duy Xuyên', 'Thăng Bình', 'Nam Trà My', 'Đại Lộc'],
  'quang-ngai': ['Bình Sơn', 'Sơn Tịnh', 'Ba Tơ', 'Mộ Đức'],
  'quang-ninh': ['Tiên Yên', 'Hải Hà', 'Ba Chẽ', 'Vân Đồn'],
  'quang-tri': ['Hướng Hóa', 'Gio Linh', 'Hải Lăng', 'Triệu Phong'],
  'soc-trang': ['Kế Sách', 'Mỹ Tú', 'Trần Đề', 'Thạnh Trị'],
  'son-la': ['Mộc Châu', 'Mai Sơn', 'Thuận Châu', 'Sông Mã'],
  'tay-ninh': ['Tân Biên', 'Châu Thành', 'Dương Minh Châu', 'Gò Dầu'],
  'thai-binh': ['Quỳnh Phụ', 'Hưng Hà', 'Tiền Hải', 'Kiến Xương'],
  'thai-nguyen': ['Đại Từ', 'Phú Lương', 'Định Hóa', 'Võ Nhai'],
  'thanh-hoa': ['Thọ Xuân', 'Hoằng Hóa', 'Ngọc Lặc', 'Quan Hóa'],
  'thua-thien-hue': ['Phong Điền', 'A Lưới', 'Phú Vang', 'Nam Đông'],
  'tien-giang': ['Cái Bè', 'Chợ Gạo', 'Tân Phước', 'Gò Công Đông'],
  'tra-vinh': ['Càng Long', 'Cầu Kè', 'Trà Cú', 'Duyên Hải'],
  'tuyen-quang': ['Na Hang', 'Chiêm Hóa', 'Hàm Yên', 'Sơn Dương'],
  'vinh-long': ['Long Hồ', 'Mang Thít', 'Vũng Liêm', 'Trà Ôn'],
  'vinh-phuc': ['Tam Đảo', 'Lập Thạch', 'Yên Lạc', 'Vĩnh Tường'],
  'yen-bai': ['Lục Yên', 'Văn Chấn', 'Trạm Tấu', 'Mù Cang Chải'],
};

export interface SynthProvince extends Province {
  weight: number;
  districts: readonly string[];
}

export const synthProvinces: readonly SynthProvince[] = provinces.map((p) => {
  const weight = population[p.slug];
  const list = districts[p.slug];
  if (weight === undefined || list === undefined) throw new Error(`synth tables miss the province ${p.slug}`);
  return { ...p, weight, districts: list };
});

/**
 * The province a synthetic province belongs to since 1 July 2025, as the issuer of a document dated
 * from that day: one of the 34, with no districts (the district level was abolished that day).
 */
export function synthProvinceSince2025(province: SynthProvince): SynthProvince {
  const now = successorOf(province.slug)!;
  const cached = since2025.get(now.slug);
  if (cached) return cached;
  const weight = synthProvinces.filter((p) => p.mergedInto === now.slug).reduce((sum, p) => sum + p.weight, 0);
  const merged: SynthProvince = { slug: now.slug, name: now.name, kind: now.kind, mergedInto: now.slug, weight, districts: [] };
  since2025.set(now.slug, merged);
  return merged;
}
const since2025 = new Map<string, SynthProvince>();

/** Share of the whole population, for tests of the drawn distribution. */
export function populationShare(slug: string): number {
  const total = synthProvinces.reduce((sum, p) => sum + p.weight, 0);
  return (population[slug] ?? 0) / total;
}

/** The place name printed before the date ("Kiên Giang, ngày …"). */
export function placeName(province: Province): string {
  return province.kind === 'thành phố' ? `Thành phố ${province.name}` : province.name;
}
