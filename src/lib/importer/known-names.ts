/**
 * How names are capitalised in normal text, for turning upper-case header lines and abstracts into
 * normal case. Vietnamese capitalises the first word of a body's name and its proper parts
 * ("Ủy ban nhân dân", "Ban Bí thư Trung ương Đảng", "Sở Lao động - Thương binh và Xã hội"), and
 * every syllable of a place name (handled in proper-case.ts with the province table).
 */

/** Phrases written this way wherever they occur. */
export const fixedPhrases: readonly string[] = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam',
  'Ban Vì sự tiến bộ của phụ nữ',
  'Hội Liên hiệp Phụ nữ Việt Nam',
  'Hội Liên hiệp Phụ nữ',
  'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành Đảng bộ',
  'Ban Chấp hành',
  'Ban Bí thư Trung ương Đảng',
  'Ban Bí thư',
  'Bộ Chính trị',
  'Ban Thường vụ',
  'Trung ương Đảng',
  'Đảng Cộng sản Việt Nam',
  'Đại hội Đảng',
  'Đảng bộ',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quận ủy',
  'Thị ủy',
  'Đảng ủy',
  'Thủ tướng Chính phủ',
  'Chính phủ',
  'Quốc hội',
  'Văn phòng',
  'Tổng Bí thư',
  'Bí thư',
  'Chủ tịch',
  'Thủ tướng',
  'Việt Nam',
];

/** Fields of a Sở, Bộ, Phòng or Ban, capitalised after that word: "Sở Nội vụ", "Ban Tuyên giáo". */
export const fieldNames: readonly string[] = [
  'Lao động - Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội',
  'Văn hóa, Thể thao và Du lịch',
  'Nông nghiệp và Phát triển nông thôn',
  'Kế hoạch và Đầu tư',
  'Giáo dục và Đào tạo',
  'Thông tin và Truyền thông',
  'Tài nguyên và Môi trường',
  'Khoa học và Công nghệ',
  'Giao thông vận tải',
  'Công Thương',
  'Nội vụ',
  'Tài chính',
  'Tư pháp',
  'Y tế',
  'Xây dựng',
  'Ngoại vụ',
  'Dân tộc',
  'Tuyên giáo',
  'Tổ chức',
  'Dân vận',
  'Nội chính',
  'Kiểm tra',
];

/** Words after which a field name is looked for. */
export const fieldHeads: readonly string[] = ['Sở', 'Bộ', 'Phòng', 'Ban', 'Ủy ban'];

/** Type names written with a capital when they name a document ("Chỉ thị số 21-CT/TW"). */
export const documentWords: readonly string[] = [
  'Chỉ thị',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Kế hoạch',
  'Thông tư liên tịch',
  'Thông tư',
  'Thông báo',
  'Thông tri',
  'Hướng dẫn',
  'Chương trình',
  'Công văn',
  'Kết luận',
  'Quy định',
  'Đề án',
  'Báo cáo',
  'Tờ trình',
  'Công điện',
  'Pháp lệnh',
];

/** Words before a place name: what follows them is a name, every syllable capitalised. */
export const localityWords: readonly string[] = [
  'thành phố',
  'thị trấn',
  'thị xã',
  'tỉnh',
  'huyện',
  'quận',
  'phường',
  'xã',
];

/** Offices in a signature, sentence case with these parts capitalised: "Chánh Văn phòng", "Chánh Thanh tra". */
export const officePhrases: readonly string[] = ['Văn phòng', 'Thanh tra', 'Chủ tịch', 'Bí thư', 'Thủ tướng'];
