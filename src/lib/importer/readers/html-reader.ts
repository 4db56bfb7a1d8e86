import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { decodeSource } from '../decode.ts';
import { linesOf } from './html-lines.ts';
import type { ReadFailure, ReadResult } from './read-result.ts';

/**
 * A page saved from a legal portal (.html, .htm). Only the document's text is wanted, not the
 * portal's menus, related-document lists and footers. The known containers of the document text
 * on the portals archivists use come first; otherwise the block with the most text of its own
 * outside links is taken. The page's charset (meta or BOM) is honoured; the Vietnamese legacy
 * encodings are handled like plain text.
 */
const knownContainers = [
  '#toanvancontent', // vbpl.vn
  '.fulltext', // vbpl.vn (older pages)
  '#divContentDoc', // thuvienphapluat.vn
  '.content1', // thuvienphapluat.vn
  '#ctl00_Content_ThongTinVB_divNoiDung',
  '.the-document-body',
  '[itemprop="articleBody"]',
  'article',
  'main',
];

function charsetOf(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu)?.[1]?.toLowerCase() ?? null;
}

function decodeHtml(bytes: Uint8Array): { ok: true; html: string } | { ok: false; message: string } {
  const charset = charsetOf(bytes);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return { ok: true, html: new TextDecoder(charset).decode(bytes) };
    } catch {
      // An unknown label: let the text decoder try.
    }
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { ok: false, message: `${decoded.found}: ${decoded.message}` };
  return { ok: true, html: decoded.text };
}

// The element with the most text that is not inside links: the document body on a portal page.
function densestBlock(elements: Element[], textOf: (e: Element) => string, linkTextOf: (e: Element) => string): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const element of elements) {
    const text = textOf(element).length;
    const score = text - 2 * linkTextOf(element).length;
    if (score > bestScore * 1.2 || (best && element.parent === best && score >= bestScore * 0.8)) {
      best = element;
      bestScore = Math.max(score, bestScore);
    }
  }
  return best;
}

export function readHtml(bytes: Uint8Array): ReadResult | ReadFailure {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const $ = load(decoded.html);
  $('script, style, noscript, nav, header nav, footer, form, iframe').remove();
  let container: Element | undefined;
  let chosen = 'khối có nhiều chữ nhất của trang';
  for (const selector of knownContainers) {
    const found = $(selector).toArray() as Element[];
    const withText = found.find((e) => $(e).text().trim().length > 200);
    if (withText) {
      container = withText;
      chosen = `phần tử ${selector}`;
      break;
    }
  }
  container ??= densestBlock(
    $('div, td, section').toArray() as Element[],
    (e) => $(e).text().replace(/\s+/gu, ' ').trim(),
    (e) => $(e).find('a').text().replace(/\s+/gu, ' ').trim(),
  );
  const lines = linesOf($, container ?? (($('body')[0] as Element | undefined) ?? ($.root()[0] as unknown as Element)));
  if (lines.join('').trim() === '') return { ok: false, message: 'the page has no document text; save the page with its full text ("toàn văn") shown' };
  return { ok: true, format: 'html', text: lines.join('\n'), pages: null, ocr: null, notes: [`văn bản lấy từ trang web đã lưu (${chosen})`] };
}
