import type { ArchiveEntry } from '../archive/archive-entry.ts';
import { paths } from '../archive/paths.ts';
import { canonicalKey } from '../identity/document-identity.ts';
import { documentType } from '../identity/document-types.ts';
import { provinceAt, type ProvinceEra } from '../places/province-era.ts';

/**
 * The open-data form of a document's metadata: the frontmatter as validated, plus what the site
 * derives (URL, identity key, type name). Field names follow the frontmatter so the two stay one model.
 */
export interface DocumentRecord {
  id: string;
  url: string;
  key: string | null;
  typeName: string;
  /**
   * The province of issue read in its era (src/lib/places/province-era.ts), null for central
   * documents: `province` is the slug as filed, `provinceEra` says which side of 1 July 2025 it is
   * read on ("pre-merger", "post-merger", or "either" for a 2025 date without a month), and
   * `provinceToday` is the slug of the province it belongs to since 1 July 2025.
   */
  provinceName: string | null;
  provinceEra: ProvinceEra | null;
  provinceToday: string | null;
  [field: string]: unknown;
}

export function documentRecord(entry: ArchiveEntry, site: string): DocumentRecord {
  const { data } = entry;
  const province = data.province ? provinceAt(data.province, data.issued, data.year) : undefined;
  return {
    id: entry.id,
    url: new URL(paths.document(entry.id).slice(1), site).href,
    key: canonicalKey({ ...data, level: data.issuer.level }),
    typeName: documentType(data.type).name,
    provinceName: province?.listName ?? null,
    provinceEra: province?.era ?? null,
    provinceToday: province?.today.slug ?? null,
    ...data,
  };
}
