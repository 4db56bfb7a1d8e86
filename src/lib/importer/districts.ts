/**
 * Districts (huyện) whose province the header does not print: "ỦY BAN NHÂN DÂN / HUYỆN TÂN YÊN"
 * says nothing of Bắc Giang. Only names that belong to exactly one province before 2025 are listed
 * (many names repeat: Châu Thành is in ten provinces), and only for the provinces of the archive so
 * far; a district missing here leaves the province null and the document flagged for review.
 */
const table: Record<string, string[]> = {
  'bac-giang': ['Tân Yên', 'Yên Thế', 'Lạng Giang', 'Lục Nam', 'Lục Ngạn', 'Sơn Động', 'Yên Dũng', 'Việt Yên', 'Hiệp Hòa'],
  'lang-son': ['Tràng Định', 'Văn Lãng', 'Văn Quan', 'Bình Gia', 'Bắc Sơn', 'Hữu Lũng', 'Chi Lăng', 'Cao Lộc', 'Lộc Bình', 'Đình Lập'],
  'kon-tum': ['Đắk Glei', 'Ngọc Hồi', 'Đắk Tô', 'Kon Plông', 'Kon Rẫy', 'Đắk Hà', 'Sa Thầy', 'Tu Mơ Rông'],
  'thanh-hoa': ['Hoằng Hóa', 'Hậu Lộc', 'Nga Sơn', 'Hà Trung', 'Vĩnh Lộc', 'Thạch Thành', 'Cẩm Thủy', 'Ngọc Lặc', 'Lang Chánh', 'Bá Thước', 'Quan Hóa', 'Mường Lát', 'Thường Xuân', 'Như Xuân', 'Như Thanh', 'Nông Cống', 'Triệu Sơn', 'Thọ Xuân', 'Yên Định', 'Thiệu Hóa', 'Quảng Xương', 'Tĩnh Gia'],
  'kien-giang': ['An Biên', 'An Minh', 'Giồng Riềng', 'Gò Quao', 'Hòn Đất', 'Kiên Hải', 'Kiên Lương', 'U Minh Thượng', 'Giang Thành'],
};

/** District name (as printed, normal case) → province slug. */
export const districts: ReadonlyMap<string, string> = new Map(
  Object.entries(table).flatMap(([province, names]) => names.map((name) => [name, province] as const)),
);
