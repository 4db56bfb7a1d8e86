/**
 * Document types the archive knows, with the abbreviation used in số ký hiệu (Phụ lục III of
 * Nghị định 30/2020/NĐ-CP, plus normative and Party types). The slug is the URL segment under /loai/.
 */
export interface DocumentType {
  /** URL slug and the value stored in frontmatter `type`, e.g. "ke-hoach". */
  slug: string;
  /** Vietnamese name as a reader expects it, e.g. "Kế hoạch". */
  name: string;
  /** Plural heading for lists, e.g. "Các kế hoạch". */
  plural: string;
  /** Abbreviations in a number-symbol, e.g. ["KH"]; empty for công văn, which has none. */
  codes: readonly string[];
}

export const documentTypes = [
  { slug: 'cong-van', name: 'Công văn', plural: 'Công văn', codes: ['CV'] },
  { slug: 'ke-hoach', name: 'Kế hoạch', plural: 'Kế hoạch', codes: ['KH'] },
  { slug: 'thong-bao', name: 'Thông báo', plural: 'Thông báo', codes: ['TB'] },
  { slug: 'huong-dan', name: 'Hướng dẫn', plural: 'Hướng dẫn', codes: ['HD'] },
  { slug: 'chuong-trinh', name: 'Chương trình', plural: 'Chương trình', codes: ['CTr'] },
  { slug: 'quyet-dinh', name: 'Quyết định', plural: 'Quyết định', codes: ['QĐ'] },
  { slug: 'chi-thi', name: 'Chỉ thị', plural: 'Chỉ thị', codes: ['CT'] },
  { slug: 'nghi-quyet', name: 'Nghị quyết', plural: 'Nghị quyết', codes: ['NQ'] },
  { slug: 'nghi-dinh', name: 'Nghị định', plural: 'Nghị định', codes: ['NĐ'] },
  { slug: 'thong-tu', name: 'Thông tư', plural: 'Thông tư', codes: ['TT'] },
  { slug: 'thong-tu-lien-tich', name: 'Thông tư liên tịch', plural: 'Thông tư liên tịch', codes: ['TTLT'] },
  { slug: 'luat', name: 'Luật', plural: 'Luật', codes: ['QH'] },
  { slug: 'phap-lenh', name: 'Pháp lệnh', plural: 'Pháp lệnh', codes: ['PL'] },
  { slug: 'ket-luan', name: 'Kết luận', plural: 'Kết luận', codes: ['KL'] },
  { slug: 'quy-dinh', name: 'Quy định', plural: 'Quy định', codes: ['QyĐ', 'QĐi'] },
  { slug: 'quy-che', name: 'Quy chế', plural: 'Quy chế', codes: ['QC'] },
  { slug: 'de-an', name: 'Đề án', plural: 'Đề án', codes: ['ĐA'] },
  { slug: 'bao-cao', name: 'Báo cáo', plural: 'Báo cáo', codes: ['BC'] },
  { slug: 'to-trinh', name: 'Tờ trình', plural: 'Tờ trình', codes: ['TTr'] },
  { slug: 'cong-dien', name: 'Công điện', plural: 'Công điện', codes: ['CĐ'] },
  { slug: 'thong-tri', name: 'Thông tri', plural: 'Thông tri', codes: [] },
  // Issued with a decision ("ban hành kèm theo Quyết định số …"), without a number of its own.
  { slug: 'dieu-le', name: 'Điều lệ', plural: 'Điều lệ', codes: [] },
] as const satisfies readonly DocumentType[];

export type DocumentTypeSlug = (typeof documentTypes)[number]['slug'];

export const documentTypeSlugs = documentTypes.map((t) => t.slug) as [DocumentTypeSlug, ...DocumentTypeSlug[]];

const bySlug = new Map<string, DocumentType>(documentTypes.map((t) => [t.slug, t]));

/** The type with this slug; throws on an unknown slug because the schema admits only known ones. */
export function documentType(slug: string): DocumentType {
  const type = bySlug.get(slug);
  if (!type) throw new Error(`Unknown document type "${slug}"`);
  return type;
}
