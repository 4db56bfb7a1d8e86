import type { ArchiveEntry } from '../archive/archive-entry.ts';
import { formatIssued } from '../archive/issue-date.ts';
import { newestFirst } from '../archive/ordering.ts';
import { paths, withBase } from '../archive/paths.ts';
import { documentType } from '../identity/document-types.ts';
import { findProvince } from '../places/provinces.ts';
import { atomDate, atomXml } from './atom.ts';

/** How many documents the feed lists: the newest by date of issue. */
export const feedSize = 50;

/**
 * The Atom feed of the newest documents by date of issue (the archive's "newest first" order; it
 * records no date of filing). `siteBase` is the absolute base URL of the site, ending in "/".
 */
export function documentFeedXml(entries: readonly ArchiveEntry[], siteBase: string, size = feedSize): string {
  const url = (path: string) => withBase(siteBase, path);
  return atomXml({
    selfUrl: url(paths.feed()),
    pageUrl: url(paths.documents()),
    title: 'Văn bản mới · Kho văn bản Bình đẳng giới',
    subtitle: `${size} văn bản mới nhất theo ngày ban hành trong kho văn bản chỉ đạo về bình đẳng giới và vì sự tiến bộ của phụ nữ.`,
    author: 'Kho văn bản Bình đẳng giới',
    lang: 'vi',
    // A document of unknown year cannot be placed among the newest: the feed leaves it out.
    entries: newestFirst(entries.filter((e) => e.data.year !== null))
      .slice(0, size)
      .map(({ id, data }) => {
        const type = documentType(data.type);
        const heading = `${type.name}${data.numberSymbol ? ` số ${data.numberSymbol}` : ''}`;
        const issued = formatIssued(data.issued);
        const province = data.province ? findProvince(data.province) : undefined;
        return {
          url: url(paths.document(id)),
          title: `${heading}: ${data.title}`,
          updated: atomDate(data.issued, data.year!),
          summary: `${heading} của ${data.issuer.name}${issued ? `, ban hành ${issued}` : `, năm ${data.year}`}${data.fullText ? '' : ' (kho chưa có toàn văn)'}.`,
          categories: [type.name, ...(province ? [province.name] : [])],
        };
      }),
  });
}
