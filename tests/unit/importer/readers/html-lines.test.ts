import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../../../src/lib/importer/readers/html-lines.ts';
import { readHtml } from '../../../../src/lib/importer/readers/html-reader.ts';

describe('htmlToLines: Word (via mammoth) and portal HTML → lines', () => {
  it.each([
    {
      name: 'a header table keeps its two columns as cells, paragraphs of a cell joined by <br>',
      html: '<table><tr><td><p>UBND TỈNH AN PHÚ</p><p><strong>SỞ Y TẾ</strong></p><p>Số:       /KH-SYT</p></td><td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p><em>An Phú, ngày   tháng 3 năm 2024</em></p></td></tr></table><p><strong>KẾ HOẠCH</strong></p>',
      expected: ['| UBND TỈNH AN PHÚ<br>**SỞ Y TẾ**<br>Số: /KH-SYT | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*An Phú, ngày tháng 3 năm 2024* |', '', '**KẾ HOẠCH**'],
    },
    {
      name: 'paragraphs are separated by one blank line; empty paragraphs and anchors vanish',
      html: '<p>Căn cứ Luật Bình đẳng giới;</p><p><a id="_Hlk1"></a></p><p></p><p>Xét đề nghị của Sở.</p>',
      expected: ['Căn cứ Luật Bình đẳng giới;', '', 'Xét đề nghị của Sở.'],
    },
    {
      name: 'links keep their text only; scripts, styles and images are dropped',
      html: '<p>Xem <a href="javascript:alert(1)">Nghị định 56</a><img src=x onerror=alert(1)><script>alert(1)</script><style>p{}</style>.</p>',
      expected: ['Xem Nghị định 56.'],
    },
    {
      name: 'list items become "- " lines; a pipe inside a cell cannot split it',
      html: '<ul><li>Như trên;</li><li>Lưu: VT.</li></ul><table><tr><td>a | b</td><td>c</td></tr></table>',
      expected: ['- Như trên;', '', '- Lưu: VT.', '', '| a / b | c |'],
    },
    {
      name: 'NFD input comes out in NFC',
      html: '<p>Ho\u0300a bi\u0300nh</p>',
      expected: ['Hòa bình'],
    },
  ])('$name', ({ html, expected }) => {
    expect(htmlToLines(html)).toEqual(expected);
  });
});

describe('readHtml: a page saved from a portal', () => {
  const page = (body: string, head = '<meta charset="utf-8">') => new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}<title>x</title></head><body>${body}</body></html>`);
  const documentText = '<p><strong>KẾ HOẠCH</strong></p><p>Thực hiện công tác bình đẳng giới năm 2024 trên địa bàn tỉnh, bảo đảm mục tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 được thực hiện đầy đủ, đồng bộ và hiệu quả.</p><p>Các sở, ban, ngành căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị.</p>';

  it('takes the known document container and leaves menus and footers out', () => {
    const result = readHtml(page(`<nav><a href="/">Trang chủ</a></nav><div class="menu"><a href="/a">Văn bản mới</a></div><div id="toanvancontent">${documentText}</div><footer>Bản quyền</footer>`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.split('\n')[0]).toBe('**KẾ HOẠCH**');
    expect(result.text).not.toMatch(/Trang chủ|Văn bản mới|Bản quyền/u);
    expect(result.notes[0]).toContain('#toanvancontent');
  });

  it('without a known container takes the block with the most text outside links', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/v/${i}">Văn bản liên quan số ${i} về bình đẳng giới</a>`).join('');
    const result = readHtml(page(`<div class="sidebar">${links}</div><div class="x"><div class="noi-dung">${documentText}</div></div>`));
    expect(result.ok && result.text.startsWith('**KẾ HOẠCH**')).toBe(true);
    expect(result.ok && result.text).not.toContain('Văn bản liên quan');
  });

  it('honours a legacy charset declared by the page', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><div id="toanvancontent"><p>${'B\u00ECnh \u0111\u1EB3ng gi\u1EDBi. '.repeat(30)}</p></div></body></html>`;
    // Windows-1258 writes tones as combining marks: "ì" is i + 0xCC, "ẳ" is ă (0xE3) + 0xD2, "ớ" is ơ (0xF5) + 0xEC; "đ" is 0xF0.
    const bytes = Uint8Array.from([...html].flatMap((c) => (c === '\u00EC' ? [0x69, 0xcc] : c === '\u0111' ? [0xf0] : c === '\u1EB3' ? [0xe3, 0xd2] : c === '\u1EDB' ? [0xf5, 0xec] : [c.charCodeAt(0)])));
    const result = readHtml(bytes);
    expect(result.ok && result.text.startsWith('Bình đẳng giới.')).toBe(true);
  });

  it('refuses a page without document text, saying what to do', () => {
    const result = readHtml(page('<nav><a href="/">Trang chủ</a></nav>'));
    expect(result).toEqual({ ok: false, message: 'the page has no document text; save the page with its full text ("toàn văn") shown' });
  });
});
