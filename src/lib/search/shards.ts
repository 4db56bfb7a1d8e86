import { unknownYearFolder } from '../identity/document-identity.ts';
import type { SearchState } from './url-state.ts';

/**
 * The search index is split into bundles ("shards") of consecutive years, newest first, each of
 * about `shardTarget` documents. Why: a Pagefind bundle's cost grows with its pages. At 10,000
 * documents one bundle sent 0.9–1.4 MB for a common word and needed 1.5–2.5 s to rank its 10,000
 * hits; a bundle of ~600 documents: 175–300 KB and about 1 s (README, Performance). At 1,000
 * documents a single bundle of them all already went over 300 KB for common words, hence 600, not
 * more. A search starts in the shard(s) that matter first (the newest years, or the years
 * filtered on) and merges the others when the reader asks, or when nothing was found yet.
 *
 * The same plan is computed at build time from the pages (scripts/index-search.ts) and written into
 * the search page (from the corpus), and the index script checks that the two agree.
 */
export interface SearchShard {
  /** Folder of the bundle under /pagefind/, e.g. "nam-2024-2025" or "nam-2019". */
  name: string;
  /** First and last year of issue of the documents in it. */
  fromYear: number;
  toYear: number;
  /** Number of document pages in it. */
  documents: number;
}

/** Documents per shard the plan aims at: a year is never split, so a large year is a shard alone. */
export const shardTarget = 600;

/**
 * Shards over the years present, newest first. `yearCounts`: document pages per year of issue;
 * `unknownYear`: pages of documents whose year is unknown (ids under chua-ro-nam/), which go into
 * the oldest shard without widening its years.
 */
export function planShards(yearCounts: ReadonlyMap<number, number>, target = shardTarget, unknownYear = 0): SearchShard[] {
  const years = [...yearCounts.entries()].filter(([, n]) => n > 0).sort((a, b) => b[0] - a[0]);
  const shards: SearchShard[] = [];
  let current: { years: number[]; documents: number } | null = null;
  const close = () => {
    if (!current) return;
    const toYear = current.years[0]!;
    const fromYear = current.years[current.years.length - 1]!;
    shards.push({ name: fromYear === toYear ? `nam-${toYear}` : `nam-${fromYear}-${toYear}`, fromYear, toYear, documents: current.documents });
    current = null;
  };
  for (const [year, count] of years) {
    if (current && current.documents + count > target) close();
    current ??= { years: [], documents: 0 };
    current.years.push(year);
    current.documents += count;
  }
  close();
  if (unknownYear > 0) {
    const oldest = shards[shards.length - 1];
    if (oldest) oldest.documents += unknownYear;
    else shards.push({ name: `nam-${unknownYearFolder}`, fromYear: 0, toYear: 0, documents: unknownYear });
  }
  return shards;
}

/**
 * Document pages per year, from archive ids ("2019/kien-giang-68-ubnd-vhxh": the year comes first).
 * Ids of an unknown year ("chua-ro-nam/…") are not counted here: see unknownYearCount.
 */
export function yearCountsOf(ids: Iterable<string>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of ids) {
    const year = shardYearOf(id);
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/** Document pages whose year is unknown (ids under chua-ro-nam/). */
export function unknownYearCount(ids: Iterable<string>): number {
  let n = 0;
  for (const id of ids) if (shardYearOf(id) === null) n++;
  return n;
}

/** The year of an archive id, or null for chua-ro-nam/…. */
export function shardYearOf(id: string): number | null {
  const first = id.split('/')[0]!;
  return /^\d{4}$/u.test(first) ? Number(first) : null;
}

/** The shard that holds a document page: by its year, the oldest shard for an unknown year. */
export function shardOf(shards: readonly SearchShard[], id: string): SearchShard[] {
  const year = shardYearOf(id);
  if (year === null) return shards.length ? [shards[shards.length - 1]!] : [];
  return shards.filter((s) => s.fromYear <= year && year <= s.toYear);
}

/** Site path of a shard's bundle, without the deployment base: "/pagefind/nam-2019/". */
export function shardPath(shard: SearchShard): string {
  return `/pagefind/${shard.name}/`;
}

export interface ShardPlan {
  /** Searched at once, in this order (the first is Pagefind's primary bundle). */
  first: SearchShard[];
  /** Searched when the reader asks for more, or when the first found nothing; nearest first. */
  rest: SearchShard[];
}

/**
 * Which shards a search needs first. With a year filter, exactly the shards holding those years
 * (the search is then complete). Otherwise shards in the order of the sort (oldest first for
 * "cũ nhất", else newest first), as many as fit in `target` documents, at least one.
 */
export function shardsFor(shards: readonly SearchShard[], state: Pick<SearchState, 'filters' | 'sort'>, target = shardTarget): ShardPlan {
  const years = state.filters.nam.map(Number).filter(Number.isInteger);
  if (years.length > 0) {
    const first = shards.filter((s) => years.some((y) => s.fromYear <= y && y <= s.toYear));
    return { first: first.length ? first : shards.slice(0, 1), rest: [] };
  }
  const ordered = state.sort === 'cu-nhat' ? [...shards].reverse() : [...shards];
  const first: SearchShard[] = [];
  let documents = 0;
  for (const shard of ordered) {
    if (first.length > 0 && documents + shard.documents > target) break;
    first.push(shard);
    documents += shard.documents;
  }
  return { first, rest: ordered.slice(first.length) };
}

/** "2024–2025", "2019": the years a set of shards covers, for the search page's coverage note. */
export function yearSpan(shards: readonly SearchShard[]): string {
  if (shards.length === 0) return '';
  const from = Math.min(...shards.map((s) => s.fromYear));
  const to = Math.max(...shards.map((s) => s.toYear));
  return from === to ? String(from) : `${from}–${to}`;
}
