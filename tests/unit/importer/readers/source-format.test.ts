import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../src/lib/importer/readers/source-format.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('detectFormat: by the first bytes, the extension only where bytes cannot tell', () => {
  it.each([
    ['a.pdf', text('%PDF-1.7\n'), 'pdf'],
    ['A.PDF', text('%PDF-1.4\n'), 'pdf'],
    ['renamed.txt', text('%PDF-1.4\n'), 'pdf'],
    ['a.docx', bytes(0x50, 0x4b, 0x03, 0x04, 0, 0), 'docx'],
    ['a.doc', bytes(0x50, 0x4b, 0x03, 0x04, 0, 0), 'docx'],
    ['a.zip', bytes(0x50, 0x4b, 0x03, 0x04, 0, 0), 'unknown'],
    ['a.DOC', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'doc'],
    ['scan.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'image'],
    ['scan.JPG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image'],
    ['scan.tif', bytes(0x49, 0x49, 0x2a, 0x00), 'image'],
    ['page.htm', text('<div>x</div>'), 'html'],
    ['page.txt', text('\uFEFF<!DOCTYPE html><html>'), 'html'],
    ['note.md', text('# KẾ HOẠCH'), 'md'],
    ['NOTE.MARKDOWN', text('# KẾ HOẠCH'), 'md'],
    ['van-ban.TXT', text('ỦY BAN NHÂN DÂN'), 'txt'],
    ['no-extension', text('ỦY BAN NHÂN DÂN'), 'txt'],
    ['table.xlsx', text('x'), 'unknown'],
  ])('%s → %s', (name, data, expected) => {
    expect(detectFormat(name, data)).toBe(expected);
  });
});
