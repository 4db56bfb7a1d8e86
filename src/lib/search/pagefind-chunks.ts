import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';

/**
 * Smaller word chunks for a Pagefind bundle. Pagefind's indexer cuts the word index into chunks of
 * at least 20,000 word locations (`chunk_index(word_map, 20000)`, not configurable), and a search
 * fetches the whole chunk of each word it looks up. In a shard of ≈550 documents a common word
 * shares its chunk with neighbours: "phòng" with "phụ" (46% of the chunk is "phòng"), "chống" with
 * "chủ", "chưa" (50%), so a query of six common words fetched 228 KB of chunks, 357 KB in all,
 * over the 300 KB budget. Cutting the same words into chunks of `locations` (a word larger than
 * that keeps a chunk of its own, as in Pagefind) leaves each word's data intact and only changes
 * which words share a file; the metadata's chunk list (first and last word, shortened to the
 * prefixes that tell neighbours apart, as Pagefind's `chunk_meta` does) and the file names
 * (content hashes) are written again. The search runs the same: tests/unit/search/pagefind-chunks.test.ts
 * searches a bundle before and after through Pagefind's own script.
 */

/**
 * Word locations per chunk. Measured on the first shard of the 1,000-document bench (583 pages;
 * KB of chunks and metadata fetched by Pagefind's script for a query, the queries in turn):
 * Pagefind's 20,000: "phong chong bao luc gia dinh" 228, "ủy ban nhân dân" 149, "dinh ky hang nam
 * duy tri to chuc hop" 188; 8,000: 176, 88, 128; 4,000: 168, 84, 84; 3,000: 169, 82, 75; 2,000:
 * 170, 71, 71; 1,500: 171, 74, 98 (a short word's prefix then spans several chunks). The
 * metadata, fetched by every search, grows from 6.9 KB to 8.8 KB at 3,000.
 */
export const chunkLocations = 3000;

const marker = new TextEncoder().encode('pagefind_dcd');

/** A Pagefind data file: gzip of "pagefind_dcd" then CBOR. */
export function readPagefindFile(path: string): CborValue {
  const raw = gunzipSync(readFileSync(path));
  if (!marker.every((b, i) => raw[i] === b)) throw new Error(`${path} is not a Pagefind data file (no pagefind_dcd marker)`);
  return decodeCbor(raw.subarray(marker.length));
}

export function pagefindFileBytes(value: CborValue): Buffer {
  const body = encodeCbor(value);
  const out = new Uint8Array(marker.length + body.length);
  out.set(marker);
  out.set(body, marker.length);
  return gzipSync(out, { level: 9 });
}

/** A word of the index as Pagefind packs it: [word, pages, variants with diacritics]; only the word is read. */
type PackedWord = CborValue[];

/** Locations and pages a word holds, diacritic variants included: what a chunk's size is counted in. */
export function wordWeight(word: PackedWord): number {
  let n = 0;
  const pages = (list: CborValue) => {
    for (const page of list as CborValue[][]) n += (page[1] as CborValue[]).length + 1;
  };
  pages(word[1]!);
  for (const variant of (word[2] as CborValue[][] | undefined) ?? []) pages(variant[1]!);
  return n;
}

/** Words (sorted, as Pagefind sorts them) cut into chunks of at least `locations`, a word never split. */
export function cutChunks(words: PackedWord[], locations: number): PackedWord[][] {
  const chunks: PackedWord[][] = [];
  let current: PackedWord[] = [];
  let size = 0;
  for (const word of words) {
    current.push(word);
    size += wordWeight(word);
    if (size >= locations) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Shortest prefixes that tell the last word of a chunk from the first of the next (Pagefind's `get_prefixes`). */
export function boundaryPrefixes(a: string, b: string): [string, string] {
  const ac = [...a];
  const bc = [...b];
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/** The metadata's chunk ranges [from, to] for chunks of words (Pagefind's `chunk_meta`). */
export function chunkRanges(chunks: PackedWord[][]): Array<[string, string]> {
  const ranges = chunks.map((c): [string, string] => [c[0]![0] as string, c[c.length - 1]![0] as string]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = boundaryPrefixes(ranges[i]![1], ranges[i + 1]![0]);
    ranges[i]![1] = to;
    ranges[i + 1]![0] = from;
  }
  return ranges;
}

function shortHash(bytes: Uint8Array, length: number, taken: ReadonlySet<string>, prefix: string): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  let n = length;
  while (taken.has(`${prefix}${hex.slice(0, n)}`)) n++;
  return `${prefix}${hex.slice(0, n)}`;
}

export interface RechunkReport {
  language: string;
  chunksBefore: number;
  chunksAfter: number;
}

/**
 * Rewrites the word chunks of one Pagefind bundle (a directory holding pagefind-entry.json) into
 * chunks of `locations`, and its metadata file (renamed after its new content, the entry file
 * updated). Chunk files no longer named are removed.
 */
export function rechunkBundle(bundle: string, locations: number): RechunkReport[] {
  const entryPath = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  const reports: RechunkReport[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(metaPath) as CborValue[];
    // [version, pages, index chunks [from, to, hash], filters, sorts…]
    const oldChunks = meta[2] as Array<[string, string, string]>;
    const words: PackedWord[] = [];
    for (const [, , hash] of oldChunks) {
      const index = readPagefindFile(join(bundle, 'index', `${hash}.pf_index`)) as CborValue[];
      words.push(...(index[0] as PackedWord[]));
    }
    // Pagefind sorts words by their UTF-8 bytes; the chunks, read in order, must give them so.
    for (let i = 1; i < words.length; i++) {
      if (Buffer.compare(Buffer.from(words[i - 1]![0] as string), Buffer.from(words[i]![0] as string)) >= 0) throw new Error(`${bundle}: the words of its chunks are not in order ("${words[i - 1]![0]}" before "${words[i]![0]}"); Pagefind's format changed?`);
    }
    const chunks = cutChunks(words, locations);
    const ranges = chunkRanges(chunks);
    const prefix = `${language}_`;
    const written = new Set<string>();
    const newChunks: CborValue[] = [];
    for (const [i, chunk] of chunks.entries()) {
      const bytes = pagefindFileBytes([chunk]);
      const name = shortHash(bytes, 7, written, prefix);
      written.add(name);
      writeFileSync(join(bundle, 'index', `${name}.pf_index`), bytes);
      newChunks.push([ranges[i]![0], ranges[i]![1], name]);
    }
    for (const file of readdirSync(join(bundle, 'index'))) {
      if (file.endsWith('.pf_index') && !written.has(file.slice(0, -'.pf_index'.length))) rmSync(join(bundle, 'index', file));
    }
    meta[2] = newChunks;
    const metaBytes = pagefindFileBytes(meta);
    const metaHash = shortHash(metaBytes, 10, new Set(), prefix);
    writeFileSync(join(bundle, `pagefind.${metaHash}.pf_meta`), metaBytes);
    if (metaHash !== info.hash && existsSync(metaPath)) rmSync(metaPath);
    info.hash = metaHash;
    reports.push({ language, chunksBefore: oldChunks.length, chunksAfter: chunks.length });
  }
  writeFileSync(`${entryPath}.tmp`, JSON.stringify(entry));
  renameSync(`${entryPath}.tmp`, entryPath);
  return reports;
}
