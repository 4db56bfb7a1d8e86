import type { Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { unsafeLinksIn, type UnsafeLink } from './link-safety.ts';

/**
 * A Markdown text with every link of a refused kind (link-safety.ts) turned into plain text, for an
 * importer that must not carry such links in: a link keeps its text ("[Xem](javascript:…)" → "Xem"),
 * an image becomes its alt text, an autolink is escaped ("<javascript:…>" → "\<javascript:…>"), a
 * reference definition is removed (its references then read as the bracketed text they are).
 * Everything else is left byte for byte. Returns what was changed, located in the text given, so
 * the caller can say so. Pure.
 */
export function neutralizeUnsafeLinks(markdown: string): { markdown: string; neutralized: UnsafeLink[] } {
  const tree = markdownToMdast(markdown, { features: { gfm: { footnotes: false }, frontmatter: false }, position: true }) as unknown as Root;
  const unsafe = unsafeLinksIn(tree, markdown);
  if (!unsafe.length) return { markdown, neutralized: [] };
  const byOffset = new Map(unsafe.map((u) => [u.offset, u]));
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const found = start === undefined ? undefined : byOffset.get(start);
    if (found && end !== undefined && (node.type === 'link' || node.type === 'image' || node.type === 'definition')) {
      edits.push({ start: start!, end, text: replacement(node, found, markdown, start!, end) });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  let text = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return { markdown: text, neutralized: unsafe };
}

const escapeText = (s: string) => s.replace(/[\\`*_[\]<>&!#|~]/gu, (c) => `\\${c}`);

function replacement(node: Nodes, found: UnsafeLink, markdown: string, start: number, end: number): string {
  if (node.type === 'definition') return '';
  if (node.type === 'image') return escapeText(node.alt ?? '');
  if (found.kind === 'autolink') return `\\${markdown.slice(start, end)}`;
  if (node.type !== 'link' || !node.children.length) return '';
  // The link's own text as written, emphasis and all.
  const first = node.children[0]!.position?.start.offset;
  const last = node.children[node.children.length - 1]!.position?.end.offset;
  return first === undefined || last === undefined ? '' : markdown.slice(first, last);
}
