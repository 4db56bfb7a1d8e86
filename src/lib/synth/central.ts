import type { DocumentTypeSlug } from '../identity/document-types.ts';

/**
 * Central documents synthetic documents cite: those the seeds cite (vietnamese-documents.md §4),
 * with their real dates and issuers, plus three real national gender-equality instruments so later
 * years have something recent to cite. Each is written to the corpus as a fullText:false entry,
 * so every citation resolves.
 */
export interface CentralDocument {
  type: DocumentTypeSlug;
  numberSymbol: string;
  issued: string;
  issuer: string;
  title: string;
  /** Verb that introduces it: "Căn cứ" for legal bases, "Thực hiện" for what a document implements. */
  verb: 'Căn cứ' | 'Thực hiện';
  aliases?: string[];
}

export const centralDocuments: readonly CentralDocument[] = [
  { type: 'huong-dan', numberSymbol: '156/HD-UBQG', issued: '2004-12-27', issuer: 'Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam', title: 'Hướng dẫn kiện toàn và hoạt động của Ban vì sự tiến bộ của phụ nữ các cấp', verb: 'Thực hiện' },
  { type: 'luat', numberSymbol: '73/2006/QH11', issued: '2006-11-29', issuer: 'Quốc hội', title: 'Luật Bình đẳng giới', verb: 'Căn cứ', aliases: ['Luật Bình đẳng giới'] },
  { type: 'nghi-quyet', numberSymbol: '11-NQ/TW', issued: '2007-04-27', issuer: 'Bộ Chính trị', title: 'Về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước', verb: 'Thực hiện' },
  { type: 'nghi-dinh', numberSymbol: '70/2008/NĐ-CP', issued: '2008-06-04', issuer: 'Chính phủ', title: 'Quy định chi tiết thi hành một số điều của Luật Bình đẳng giới', verb: 'Căn cứ' },
  { type: 'thong-tu', numberSymbol: '191/2009/TT-BTC', issued: '2009-10-01', issuer: 'Bộ Tài chính', title: 'Hướng dẫn quản lý và sử dụng kinh phí hoạt động bình đẳng giới và vì sự tiến bộ của phụ nữ', verb: 'Căn cứ' },
  { type: 'nghi-quyet', numberSymbol: '57/NQ-CP', issued: '2009-12-01', issuer: 'Chính phủ', title: 'Ban hành Chương trình hành động của Chính phủ giai đoạn đến năm 2020 thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị', verb: 'Thực hiện' },
  { type: 'quyet-dinh', numberSymbol: '2351/QĐ-TTg', issued: '2010-12-24', issuer: 'Thủ tướng Chính phủ', title: 'Phê duyệt Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020', verb: 'Thực hiện' },
  { type: 'nghi-dinh', numberSymbol: '56/2012/NĐ-CP', issued: '2012-07-16', issuer: 'Chính phủ', title: 'Quy định trách nhiệm của bộ, ngành, Ủy ban nhân dân các cấp trong việc bảo đảm cho các cấp Hội Liên hiệp Phụ nữ Việt Nam tham gia quản lý nhà nước', verb: 'Căn cứ' },
  { type: 'chi-thi', numberSymbol: '36-CT/TW', issued: '2014-05-30', issuer: 'Bộ Chính trị', title: 'Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng', verb: 'Thực hiện' },
  { type: 'thong-bao', numberSymbol: '196-TB/TW', issued: '2015-03-16', issuer: 'Ban Bí thư Trung ương Đảng', title: 'Kết luận của Ban Bí thư về Đề án "Tăng cường sự lãnh đạo của Đảng đối với công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong tình hình mới"', verb: 'Thực hiện' },
  { type: 'quyet-dinh', numberSymbol: '498/QĐ-TTg', issued: '2015-04-14', issuer: 'Thủ tướng Chính phủ', title: 'Phê duyệt Đề án "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số giai đoạn 2015-2025"', verb: 'Thực hiện' },
  { type: 'quyet-dinh', numberSymbol: '178/QĐ-TTg', issued: '2016-01-28', issuer: 'Thủ tướng Chính phủ', title: 'Về Kế hoạch triển khai Thông báo kết luận số 196-TB/TW ngày 16/3/2015 của Ban Bí thư', verb: 'Thực hiện' },
  { type: 'chi-thi', numberSymbol: '21-CT/TW', issued: '2018-01-20', issuer: 'Ban Bí thư Trung ương Đảng', title: 'Về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới', verb: 'Thực hiện' },
  { type: 'cong-van', numberSymbol: '4993/BNV-TH', issued: '2018-10-08', issuer: 'Bộ Nội vụ', title: 'Hướng dẫn tiếp tục thực hiện Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ', verb: 'Thực hiện' },
  { type: 'nghi-quyet', numberSymbol: '28/NQ-CP', issued: '2021-03-03', issuer: 'Chính phủ', title: 'Ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030', verb: 'Thực hiện' },
];
