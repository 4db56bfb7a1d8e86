import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/lib/importer/import-file.ts';
import { seedDirectory, seeds } from './seeds.ts';

describe('importFile: the original and its record', () => {
  const seed = join(seedDirectory, seeds[0].file);

  it('records format, sha256 and size, and keeps the original for download', async () => {
    const result = await importFile(seed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.source).toEqual({ file: seeds[0].file, url: null, format: 'txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/u), size: result.original!.bytes.length, kept: true });
    expect(result.original?.extension).toBe('.txt');
  });

  it('above the size limit records the original (name, sha256, size) without keeping a copy', async () => {
    const result = await importFile(seed, { sizeLimit: 100 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.original).toBeNull();
    expect(result.data.source).toMatchObject({ kept: false, format: 'txt' });
    expect(result.data.source?.size).toBeGreaterThan(100);
  });

  it('names the file, and says what to do, for a file it cannot read', async () => {
    const result = await importFile('/nonexistent/van-ban.pdf');
    expect(result).toEqual({ ok: false, reason: 'encoding', message: '/nonexistent/van-ban.pdf: cannot read it (ENOENT); check the path' });
  });
});
