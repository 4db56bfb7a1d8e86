/**
 * The search filters (Pagefind filters) and sorts, with their Vietnamese labels and URL parameters.
 * Keys are ASCII because they travel in URLs and in the index; labels are what readers see.
 */
export const facets = [
  { key: 'tinh', label: 'Tỉnh, thành phố', param: 'tinh' },
  { key: 'nam', label: 'Năm ban hành', param: 'nam' },
  { key: 'loai', label: 'Loại văn bản', param: 'loai' },
  { key: 'coquan', label: 'Cơ quan ban hành', param: 'co-quan' },
  // Tình trạng hiệu lực (src/lib/validity/): "Hết hiệu lực", "Chưa rõ"…, written by SearchIndexData.astro.
  { key: 'hieuluc', label: 'Tình trạng hiệu lực', param: 'hieu-luc' },
] as const;

export type FacetKey = (typeof facets)[number]['key'];

export const facetKeys = facets.map((f) => f.key) as FacetKey[];

/** Sort orders: relevance (default, not written in the URL), newest first, oldest first. */
export const sortOrders = [
  { value: 'lien-quan', label: 'Liên quan nhất' },
  { value: 'moi-nhat', label: 'Mới nhất' },
  { value: 'cu-nhat', label: 'Cũ nhất' },
] as const;

export type SortOrder = (typeof sortOrders)[number]['value'];

/** The Pagefind sort key holding the date of issue as a number, YYYYMMDD (00 for an unknown part). */
export const dateSortKey = 'ngay';

/** Pagefind meta keys written on document pages (see page-fields.ts). */
export const metaKeys = {
  title: 'title',
  number: 'so',
  issuer: 'coquan',
  date: 'ngay',
  type: 'loai',
  province: 'tinh',
  fullText: 'toanvan',
  signer: 'nguoiky',
  aliases: 'tengoi',
  folded: 'khongdau',
  foldedTitle: 'tieudekd',
  keys: 'khoa',
} as const;
