import type { DocumentData } from '../content/document-schema.ts';

/** What page-building code needs of a document: its id (URL under /van-ban/) and its frontmatter. */
export interface ArchiveEntry {
  id: string;
  data: DocumentData;
}
