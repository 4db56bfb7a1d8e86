import { describe, expect, it } from 'vitest';
import { downloadLabel, fileSizeLabel, originalFileOf } from '../../../src/lib/archive/original-file.ts';

const doc = (source: Record<string, unknown> | null) => ({ id: '2025/lam-dong-303-ttr-snv', file: 'content/van-ban/2025/lam-dong-303-ttr-snv.md', data: { source: source as never } });

describe('originalFileOf: the kept original beside its document', () => {
  it('is the file under the document\'s name with the original\'s extension, in lower case', () => {
    expect(originalFileOf(doc({ file: '04_TO-TRINH.PDF', format: 'pdf', sha256: null, size: 554585, kept: true }))).toEqual({
      file: 'content/van-ban/2025/lam-dong-303-ttr-snv.pdf',
      path: '/ban-goc/2025/lam-dong-303-ttr-snv.pdf',
      extension: '.pdf',
      formatLabel: 'PDF',
      size: 554585,
      sha256: null,
    });
  });

  it.each([
    ['not kept (over the size limit)', { file: 'scan.pdf', format: 'pdf-scan', sha256: null, size: 30_000_000, kept: false }],
    ['typed by hand', { file: null, url: null }],
    ['known from citations only', null],
  ])('is none when %s', (_, source) => {
    expect(originalFileOf(doc(source))).toBeNull();
  });
});

describe('the download link text', () => {
  it.each([
    [{ file: 'a.pdf', format: 'pdf-scan', size: 733483, kept: true }, 'Tải bản gốc (PDF, 716 KB)'],
    [{ file: 'a.doc', format: 'doc', size: 45568, kept: true }, 'Tải bản gốc (Word, 45 KB)'],
    [{ file: 'a.pdf', format: 'pdf', size: 1059962, kept: true }, 'Tải bản gốc (PDF, 1,0 MB)'],
    [{ file: 'a.txt', format: 'txt', size: 200, kept: true }, 'Tải bản gốc (văn bản, 1 KB)'],
    [{ file: 'a.png', format: null, size: null, kept: true }, 'Tải bản gốc (ảnh)'],
  ])('%o → %s', (source, label) => {
    expect(downloadLabel(originalFileOf(doc(source))!)).toBe(label);
  });

  it('writes sizes with the Vietnamese decimal comma', () => {
    expect([fileSizeLabel(1), fileSizeLabel(1024 * 1024 * 12.34)]).toEqual(['1 KB', '12,3 MB']);
  });
});
