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
