import type { Nodes, Root } from 'mdast';

/** Raw HTML in a Markdown text, as the parser sees it. */
export interface RawHtml {
  /** 1-based line where it starts, in the Markdown text given. */
  line: number;
  /** 1-based column where it starts, in UTF-16 code units. */
  column: number;
  /** What it is: an element (tag), a script, a comment, a processing instruction, CDATA or a declaration (doctype). */
  kind: 'tag' | 'script' | 'comment' | 'processing-instruction' | 'cdata' | 'declaration';
  /** Its first line, cut to 60 characters, for a message. */
  snippet: string;
}

/**
 * Every piece of raw HTML in a parsed Markdown text: what the parser made an `html` node, so a tag
 * split over lines ("<img" then "src=x onerror=…>"), "<?php … ?>", "<![CDATA[ … ]]>", "<!DOCTYPE …>"
 * and comments are all found, and "\<" (escaped), "a < b", autolinks and code are not. An HTML block
 * runs to the next blank line and can hold many tags: each is reported at its own line.
 */
export function rawHtmlIn(tree: Root): RawHtml[] {
  const found: RawHtml[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const start = node.position?.start ?? { line: 1, column: 1 };
      const inside = [...node.value.matchAll(construct)].map((m) => located(node.value, m.index, start));
      found.push(...(inside.length ? inside : [located(node.value, 0, start)]));
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

// What starts a piece of HTML inside an html node; a tag name may end the line ("<img\nsrc=…>").
const construct = /<script\b|<!--|<\?|<!\[CDATA\[|<![A-Za-z]|<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)/giu;

function located(html: string, index: number, start: { line: number; column: number }): RawHtml {
  const before = html.slice(0, index);
  const lineBreak = before.lastIndexOf('\n');
  const line = start.line + (before.match(/\n/g)?.length ?? 0);
  const column = lineBreak < 0 ? start.column + index : index - lineBreak;
  const text = html.slice(index);
  return { line, column, kind: kindOf(text), snippet: snippetOf(text) };
}

function kindOf(html: string): RawHtml['kind'] {
  if (/^<script\b/iu.test(html)) return 'script';
  if (html.startsWith('<!--')) return 'comment';
  if (html.startsWith('<?')) return 'processing-instruction';
  if (html.startsWith('<![CDATA[')) return 'cdata';
  if (html.startsWith('<!')) return 'declaration';
  return 'tag';
}

/** The construct up to its end on its line ("<div class="x">"), or its first line and " …". */
function snippetOf(html: string): string {
  const end = /^[^\n]*?(?:\?>|\]\]>|-->|>)/u.exec(html);
  const text = end ? end[0] : `${/^[^\n]*/u.exec(html)![0].trimEnd()} …`;
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
