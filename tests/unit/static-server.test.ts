import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pagefindContentEncoding, startStaticServer } from '../../scripts/static-server.ts';
import { makeTempDir } from './temp-dirs.ts';

describe('pagefindContentEncoding: Pagefind files that are gzip streams already', () => {
  it.each([
    ['/pagefind/nam-2025/index/vi_445619a.pf_index', 'gzip'],
    ['/pagefind/nam-2025/fragment/vi_3a8920b.pf_fragment', 'gzip'],
    ['/pagefind/nam-2019-2025/filter/vi_3212fcb.pf_filter', 'gzip'],
    ['/pagefind/nam-2025/pagefind.vi_eca9d7cbdb.pf_meta', 'gzip'],
    ['/pagefind/nam-2025/wasm.unknown.pagefind', 'gzip'],
    ['/pagefind/nam-2025/wasm.vi.pagefind', 'gzip'],
    ['/luu-tru/pagefind/nam-2025/index/vi_1.pf_index', 'gzip'],
    ['/pagefind/nam-2025/pagefind.js', null],
    ['/pagefind/nam-2025/pagefind-entry.json', null],
    ['/van-ban/2019/a.pf_index', null],
  ])('%s → %s', (path, expected) => {
    expect(pagefindContentEncoding(path)).toBe(expected);
  });

  it('is sent with Content-Encoding: gzip, bytes unchanged', async () => {
    const root = makeTempDir('static-server-');
    mkdirSync(join(root, 'pagefind', 'nam-2025', 'index'), { recursive: true });
    const body = gzipSync(Buffer.from('pagefind_dcd…'));
    writeFileSync(join(root, 'pagefind', 'nam-2025', 'index', 'vi_1.pf_index'), body);
    const { server, url } = await startStaticServer({ root, port: 0 });
    try {
      const response = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
        get(`${url}pagefind/nam-2025/index/vi_1.pf_index`, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
      expect(response.encoding).toBe('gzip');
      expect(response.bytes.equals(body)).toBe(true);
    } finally {
      server.close();
    }
  });
});
