import type { ArchiveEntry } from '../archive/archive-entry.ts';
import { paths } from '../archive/paths.ts';
import { canonicalKey } from '../identity/document-identity.ts';
import { documentType } from '../identity/document-types.ts';

/**
 * The open-data form of a document's metadata: the frontmatter as validated, plus what the site
 * derives (URL, identity key, type name). Field names follow the frontmatter so the two stay one model.
 */
export interface DocumentRecord {
  id: string;
  url: string;
  key: string | null;
  typeName: string;
  [field: string]: unknown;
}

export function documentRecord(entry: ArchiveEntry, site: string): DocumentRecord {
  const { data } = entry;
  return {
    id: entry.id,
    url: new URL(paths.document(entry.id).slice(1), site).href,
    key: canonicalKey({ ...data, level: data.issuer.level }),
    typeName: documentType(data.type).name,
    ...data,
  };
}
