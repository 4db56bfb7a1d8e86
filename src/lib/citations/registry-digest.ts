import { createHash } from 'node:crypto';
import type { Registry } from './registry.ts';

/**
 * A fingerprint of what citation links depend on: every document's id, identity, title and
 * aliases. Rendered Markdown is cached per file by its own content, so when this changes (a
 * document added, a title corrected) every document must be rendered again.
 */
export function registryDigest(registry: Registry): string {
  const parts = registry.entries.map((e) => [e.id, e.key, e.title, e.aliases]);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}
