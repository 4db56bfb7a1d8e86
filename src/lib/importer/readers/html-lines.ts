import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/**
 * HTML → the importer's lines. Used for Word files (.docx, converted to HTML by mammoth) and pages
 * saved from legal portals. Paragraphs become lines separated by a blank line; a table row becomes
 * one Markdown table row with "<br>" between the paragraphs of a cell, so the header's two columns
 * stay cells; bold and italics become ** and *. Links keep their text only and images are dropped:
 * document text is data, and no address from a source reaches a page.
 */
const blockTags = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'section', 'article', 'main', 'header', 'footer', 'center', 'dd', 'dt', 'ul', 'ol', 'dl', 'body', 'html', 'form', 'fieldset', 'address', 'figure']);
const dropTags = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'input', 'button', 'select', 'textarea', 'head', 'meta', 'link', 'nav']);

const squash = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ');

/** Inline text of a node with Markdown emphasis, whitespace collapsed. */
function inlineText($: CheerioAPI, node: AnyNode): string {
  if (node.type === 'text') return squash((node as unknown as { data: string }).data);
  if (node.type !== 'tag') return '';
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (dropTags.has(tag)) return '';
  if (tag === 'br') return '\n';
  const inner = element.children.map((child) => inlineText($, child)).join('');
  if (inner.trim() === '') return inner.replace(/\S/gu, '');
  const wrap = (mark: string) => {
    const lead = inner.match(/^\s*/u)![0];
    const trail = inner.match(/\s*$/u)![0];
    return `${lead}${mark}${inner.trim()}${mark}${trail}`;
  };
  if (tag === 'strong' || tag === 'b') return wrap('**');
  if (tag === 'em' || tag === 'i') return wrap('*');
  return inner;
}

function hasBlockChild(element: Element): boolean {
  return element.children.some((c) => c.type === 'tag' && (blockTags.has((c as Element).tagName.toLowerCase()) || (c as Element).tagName.toLowerCase() === 'table'));
}

/** Paragraph texts of a subtree (for a table cell, or the document). */
function blocks($: CheerioAPI, element: Element, out: string[]): void {
  let inline = '';
  const flush = () => {
    for (const line of inline.split('\n')) if (line.trim() !== '') out.push(line.trim().replace(/\*\*\s*\*\*/gu, ' '));
    inline = '';
  };
  for (const child of element.children) {
    if (child.type === 'tag') {
      const tag = (child as Element).tagName.toLowerCase();
      if (dropTags.has(tag)) continue;
      if (tag === 'table') {
        flush();
        out.push(...tableRows($, child as Element), '');
        continue;
      }
      if (blockTags.has(tag) || tag === 'tr') {
        flush();
        if (hasBlockChild(child as Element)) blocks($, child as Element, out);
        else {
          const prefix = tag === 'li' ? '- ' : /^h[1-6]$/u.test(tag) ? '' : '';
          const text = inlineText($, child);
          for (const line of text.split('\n')) if (line.trim() !== '') out.push(prefix + line.trim());
        }
        out.push('');
        continue;
      }
    }
    inline += inlineText($, child);
  }
  flush();
}

function cellText($: CheerioAPI, cell: Element): string {
  const paragraphs: string[] = [];
  blocks($, cell, paragraphs);
  // A cell's paragraphs stay one cell; a pipe inside a cell would split it.
  return paragraphs.filter((p) => p.trim() !== '').map((p) => p.replace(/\|/gu, '/')).join('<br>');
}

function tableRows($: CheerioAPI, table: Element): string[] {
  const rows: string[] = [];
  $(table)
    .find('tr')
    .filter((_, tr) => $(tr).closest('table')[0] === table)
    .each((_, tr) => {
      const cells = $(tr)
        .children('td, th')
        .toArray()
        .map((cell) => cellText($, cell));
      if (cells.some((c) => c !== '')) rows.push(`| ${cells.join(' | ')} |`);
    });
  return rows;
}

/** Lines of the document held in `root`, an element of the loaded page `$`. */
export function linesOf($: CheerioAPI, root: Element): string[] {
  const out: string[] = [];
  blocks($, root, out);
  // One blank line between blocks, none at the ends.
  const lines: string[] = [];
  for (const line of out) {
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.map((l) => l.normalize('NFC'));
}

/** Lines of a whole HTML document (its body). */
export function htmlToLines(html: string): string[] {
  const $ = load(html);
  return linesOf($, ($('body')[0] as Element | undefined) ?? ($.root()[0] as unknown as Element));
}
