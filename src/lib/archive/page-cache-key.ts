import { createHash } from 'node:crypto';

/**
 * The `cacheKey` of a page for Astro's incremental build (experimental.incrementalBuild): a hash of
 * every piece of data the page shows. Astro reuses the previous output of a page whose key and code
 * are unchanged, so a part left out here would leave stale pages behind after a rebuild.
 */
export function pageCacheKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part, mapsAsEntries)).update('\u0000');
  return hash.digest('base64url');
}

function mapsAsEntries(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value.entries()] : value;
}

/**
 * The `cacheKey` of a list page (a province, a year, a type, a page of /van-ban/): its props, with
 * every document in them reduced to its id and frontmatter, because that is all a list shows of a
 * document (DocumentList.astro). A change to a document's text alone, the usual edit, then leaves
 * every list page cached; a change to its title, number, date or issuer re-renders the lists that
 * show it. A value with both an `id` string and a `data` object is taken for a document.
 */
export function listPageCacheKey(props: unknown): string {
  return pageCacheKey(JSON.stringify(props, listedOnly));
}

function listedOnly(key: string, value: unknown): unknown {
  if (key !== 'data' && isDocument(value)) return { id: value.id, data: value.data };
  return mapsAsEntries(key, value);
}

function isDocument(value: unknown): value is { id: string; data: object } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { data?: unknown }).data === 'object' && (value as { data?: unknown }).data !== null;
}
