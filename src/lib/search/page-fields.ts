import type { DocumentData } from '../content/document-schema.ts';
import { formatIssued } from '../archive/issue-date.ts';
import { documentType } from '../identity/document-types.ts';
import { provinceAt } from '../places/province-era.ts';
import { dateSortKey, metaKeys, type FacetKey } from './facets.ts';
import { searchIndexFields } from './index-fields.ts';
import { foldText } from './normalize.ts';

/**
 * What a document page tells Pagefind besides its text: metadata shown in results, filters, the
 * date sort key, and the hidden searchable fields of index-fields.ts. Rendered as empty-looking
 * elements outside the indexed body by src/components/SearchIndexData.astro.
 */
export interface SearchPageFields {
  meta: Array<[key: string, value: string]>;
  filters: Array<[key: FacetKey, value: string]>;
  sort: [key: string, value: string];
}

/**
 * YYYYMMDD with 00 for an unknown month or day, so that partial dates sort with their period;
 * 00000000 for an unknown year, so such documents sort last when the newest come first.
 */
export function dateSortValue(issued: string | null, year: number | null): string {
  const [y, m, d] = (issued ?? String(year ?? '0000')).split('-');
  return `${y}${m ?? '00'}${d ?? '00'}`;
}

export function searchPageFields(data: DocumentData, body: string): SearchPageFields {
  const type = documentType(data.type);
  // Read in the era of issue: "Lâm Đồng (từ 1/7/2025)" is a different filter from the old "Lâm Đồng".
  const province = data.province ? provinceAt(data.province, data.issued, data.year) : undefined;
  const fields = searchIndexFields({
    title: data.title,
    numberSymbol: data.numberSymbol,
    typeSlug: data.type,
    issuerName: data.issuer.name,
    body: data.fullText ? body : '',
    extra: [...data.aliases, data.signer?.name ?? ''],
  });
  const meta: Array<[string, string]> = [
    [metaKeys.title, data.title],
    [metaKeys.type, type.name],
    [metaKeys.issuer, data.issuer.name],
    [metaKeys.date, formatIssued(data.issued) ?? (data.year === null ? 'Chưa rõ năm' : String(data.year))],
    [metaKeys.fullText, data.fullText ? 'co' : 'khong'],
  ];
  if (data.numberSymbol) meta.push([metaKeys.number, data.numberSymbol]);
  if (province) meta.push([metaKeys.province, province.listName]);
  if (data.signer?.name) meta.push([metaKeys.signer, data.signer.name]);
  if (data.aliases.length) meta.push([metaKeys.aliases, data.aliases.join('; ')]);
  // The title (and other names) without diacritics when they contain đ, weighted like the title
  // (ranking.ts), so that "binh dang gioi" finds "Luật Bình đẳng giới" by its title as "bình đẳng giới" does.
  const names = [data.title, ...data.aliases].join('; ');
  if (/[đĐ]/.test(names)) meta.push([metaKeys.foldedTitle, foldText(names)]);
  if (fields.folded) meta.push([metaKeys.folded, fields.folded]);
  if (fields.keys) meta.push([metaKeys.keys, fields.keys]);
  const filters: Array<[FacetKey, string]> = [
    ['nam', data.year === null ? 'Chưa rõ năm' : String(data.year)],
    ['loai', type.name],
    ['coquan', data.issuer.name],
  ];
  if (province) filters.unshift(['tinh', province.listName]);
  return { meta, filters, sort: [dateSortKey, dateSortValue(data.issued, data.year)] };
}
