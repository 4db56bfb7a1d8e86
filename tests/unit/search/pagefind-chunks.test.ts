import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../../src/lib/search/cbor.ts';
import { boundaryPrefixes, chunkRanges, cutChunks, pagefindFileBytes, readPagefindFile, rechunkBundle } from '../../../src/lib/search/pagefind-chunks.ts';

// A Pagefind bundle of 40 short Vietnamese pages, written by this project's Pagefind, searched
// with Pagefind's own script (in Node, its files read through a fetch stand-in) before and after
// its words are cut into smaller chunks.
const subjects = ['phòng, chống bạo lực gia đình', 'bình đẳng giới', 'phụ nữ khởi nghiệp', 'tảo hôn và hôn nhân cận huyết thống', 'mua bán người', 'Nghị định số 56/2012/NĐ-CP'];
const places = ['Lạng Sơn', 'Kiên Giang', 'Thanh Hóa', 'Bắc Giang', 'Lâm Đồng'];
const pages = Array.from({ length: 40 }, (_, i) => ({
  url: `/van-ban/${2010 + (i % 10)}/p-${i}/`,
  content: `Kế hoạch số ${i + 1}/KH-UBND của Ủy ban nhân dân tỉnh ${places[i % places.length]} về ${subjects[i % subjects.length]}. Định kỳ hàng năm duy trì tổ chức họp; ${subjects[(i + 2) % subjects.length]} ở cơ sở, năm ${2010 + (i % 10)}. Đảng ủy, chính quyền, đoàn thể phối hợp thực hiện.`,
  language: 'vi',
  meta: { title: `Kế hoạch ${i + 1}` },
  filters: { nam: [String(2010 + (i % 10))], tinh: [places[i % places.length]!] },
}));
const queries = ['bình đẳng giới', 'phong chong bao luc gia dinh', 'phụ nữ', 'ủy ban nhân dân', '"tổ chức họp"', '"duy trì tổ chức"', 'tảo', 'đảng ủy', 'lâm đồng', '56/2012/nđ-cp', 'xyzqw'];

let root = '';
let before = '';
let after = '';
const realFetch = globalThis.fetch;

type Found = { count: number; top: string[] };
async function searchAll(bundle: string): Promise<Found[]> {
  const pf = await import(/* @vite-ignore */ pathToFileURL(join(bundle, 'pagefind.js')).href);
  await pf.options({ basePath: pathToFileURL(`${bundle}/`).href });
  await pf.init();
  const out: Found[] = [];
  for (const q of queries) {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.map(async (x: { score: number; data: () => Promise<{ url: string }> }) => `${(await x.data()).url} ${x.score.toFixed(6)}`));
    out.push({ count: r.results.length, top: data });
  }
  return out;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
  before = join(root, 'before');
  after = join(root, 'after');
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const page of pages) await index!.addCustomRecord(page);
  await index!.writeFiles({ outputPath: before });
  await pagefind.close();
  cpSync(before, after, { recursive: true });
  globalThis.fetch = (async (url: string | URL) => new Response(readFileSync(fileURLToPath(String(url).split('?')[0]!)))) as typeof fetch;
}, 60_000);
afterAll(() => {
  globalThis.fetch = realFetch;
  rmSync(root, { recursive: true, force: true });
});

describe('CBOR as Pagefind writes it', () => {
  it('reads and writes every data file of a bundle back to the same bytes', () => {
    const files = [...readdirSync(before).filter((f) => f.endsWith('.pf_meta')), ...readdirSync(join(before, 'index')).map((f) => `index/${f}`), ...readdirSync(join(before, 'filter')).map((f) => `filter/${f}`)];
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const raw = gunzipSync(readFileSync(join(before, file))).subarray('pagefind_dcd'.length);
      expect(Buffer.from(encodeCbor(decodeCbor(raw))).equals(raw), file).toBe(true);
      expect(gunzipSync(pagefindFileBytes(readPagefindFile(join(before, file)))).subarray(12).equals(raw), file).toBe(true);
    }
  });

  it.each([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [500, '1901f4'],
    [70000, '1a00011170'],
    [-25, '3818'],
    ['đ', '62c491'],
    [[1, [true, false, null]], '820183f5f4f6'],
  ] as const)('%j ↔ %s', (value, hex) => {
    expect(Buffer.from(encodeCbor(value as never)).toString('hex')).toBe(hex);
    expect(decodeCbor(Buffer.from(hex, 'hex'))).toEqual(value);
  });

  it('names what it cannot read', () => {
    expect(() => decodeCbor(Buffer.from('9f01ff', 'hex'))).toThrow('indefinite length');
    expect(() => decodeCbor(Buffer.from('f93c00', 'hex'))).toThrow('float');
    expect(() => decodeCbor(Buffer.from('0101', 'hex'))).toThrow('1 byte(s) after the first item');
  });
});

describe('chunks cut as Pagefind cuts them', () => {
  // Pagefind's own unit test (index/mod.rs): chunk size 8, words with their locations.
  const word = (w: string, locs: number[][]) => [w, locs.map((l, i) => [i, l, []]), []];
  const words = [word('apple', [[20, 40, 60], [3, 6, 9]]), word('apricot', [[45, 3432, 6003]]), word('banana', [[100, 500, 900, 566]]), word('peach', [[383, 2, 678]])];

  it('never splits a word and closes a chunk once it holds the target', () => {
    expect(cutChunks(words, 8).map((c) => c.map((w) => w[0]))).toEqual([['apple'], ['apricot', 'banana'], ['peach']]);
    expect(chunkRanges(cutChunks(words, 8))).toEqual([
      ['apple', 'app'],
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
  });

  it.each([
    ['apple', 'apricot', ['app', 'apr']],
    ['cataraman', 'yacht', ['c', 'y']],
    ['cath', 'cathartic', ['cath', 'catha']],
    ['đinh', 'đoàn', ['đi', 'đo']],
  ])('boundary of %s and %s', (a, b, expected) => {
    expect(boundaryPrefixes(a, b)).toEqual(expected);
  });
});

describe('rechunkBundle on a bundle Pagefind wrote', () => {
  it('cuts the words into more, smaller chunks, and every search finds the same pages with the same scores', async () => {
    const reference = await searchAll(before);
    const [report] = rechunkBundle(after, 40);
    expect(report!.chunksAfter).toBeGreaterThan(report!.chunksBefore);
    expect(readdirSync(join(after, 'index'))).toHaveLength(report!.chunksAfter);
    // The metadata is renamed after its content and the entry file points to it.
    const entry = JSON.parse(readFileSync(join(after, 'pagefind-entry.json'), 'utf8'));
    expect(readdirSync(after).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${entry.languages.vi.hash}.pf_meta`]);
    const rechunked = await searchAll(after);
    expect(rechunked).toEqual(reference);
    // The queries are not vacuous: most find pages, the nonsense word none.
    expect(reference.filter((r) => r.count > 0).length).toBeGreaterThanOrEqual(queries.length - 1);
    expect(reference.at(-1)!.count).toBe(0);
  }, 60_000);
});
