import type { Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/**
 * Which link addresses a document may publish. Document text is data: a link in it must lead to a
 * web page, a mail address or a place on this site, never run code or open a local file. Allowed:
 * - `http:`, `https:` and `mailto:` addresses ("https://vbpl.vn/…", "mailto:ban@…");
 * - site-relative links ("/van-ban/2019/…") and other relative references ("phu-luc.pdf", "?q=…");
 * - anchors ("#dieu-3").
 * Everything else is refused: any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`, `tel:`…)
 * and protocol-relative addresses ("//host/…", which leave the site without saying how).
 *
 * The address is judged as a browser would read it: after the Markdown parser has decoded entities
 * and escapes (`&#106;avascript:`, `javascript&colon;`, `\j`), with leading and trailing control
 * characters and spaces trimmed and tabs and line breaks removed (`java\tscript:`), the scheme in
 * any letter case. A colon before the first "/", "?" or "#" makes the address scheme-like; unless
 * the scheme is one of the three allowed, it is refused, even when a browser would read it as a
 * relative path ("java\0script:"): refusing is cheap, a live script is not.
 */
export function isAllowedUrl(url: string): boolean {
  return urlProblem(url) === null;
}

/** Why an address is refused, in a few words for a message; null when it is allowed. */
export function urlProblem(url: string): string | null {
  // The WHATWG URL parser trims C0 controls and spaces at both ends and drops every tab and line break.
  const read = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/gu, '').replace(/[\t\n\r]/gu, '');
  const beforePath = /^[^/?#]*/u.exec(read)![0];
  const colon = beforePath.indexOf(':');
  if (colon >= 0) {
    const scheme = beforePath.slice(0, colon);
    if (/^[a-z][a-z0-9+.-]*$/iu.test(scheme) && allowedSchemes.has(scheme.toLowerCase())) return null;
    return /^[a-z][a-z0-9+.-]*$/iu.test(scheme) ? `the scheme "${scheme.toLowerCase()}:" is not allowed` : 'it starts like a scheme (a colon before any "/") but is not http:, https: or mailto:';
  }
  // "//host", and "\\host" or "/\host", which browsers read as "//host".
  if (/^[/\\]{2}/u.test(read)) return 'a protocol-relative address ("//…") leaves the site without a scheme';
  return null;
}

const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** A link of a Markdown text whose address is not allowed. */
export interface UnsafeLink {
  /** 1-based line in the Markdown text given. */
  line: number;
  /** 1-based column of the start of the link's Markdown (its "[", "!" or "<"), in UTF-16 code units. */
  column: number;
  /** 0-based offset of that start in the text, in UTF-16 code units. */
  offset: number;
  /** The address as the parser decoded it (entities resolved): what a browser would be given. */
  url: string;
  /** link "[x](…)", image "![x](…)", definition "[x]: …" (used by "[x][y]" references) or autolink "<…>". */
  kind: 'link' | 'image' | 'definition' | 'autolink';
  /** Why the address is refused (see urlProblem). */
  reason: string;
}

/**
 * Every link, image, reference definition and autolink of a Markdown text (CommonMark + GFM, as the
 * site renders it) whose address is not allowed, in text order. The text is parsed, not scanned by
 * line: an address is seen as the parser decodes it, a definition wherever its references are,
 * and nothing inside code is reported (code is shown as text, never linked). Give it any Markdown:
 * a document's body (add the body's first line − 1 to `line` for a line in the file), or the
 * importer's output before it is written. Pure; no file system.
 */
export function unsafeLinks(markdown: string): UnsafeLink[] {
  const tree = markdownToMdast(markdown, { features: { gfm: { footnotes: false }, frontmatter: false }, position: true }) as unknown as Root;
  return unsafeLinksIn(tree, markdown);
}

/** unsafeLinks over a tree already parsed with positions from `markdown`. */
export function unsafeLinksIn(tree: Root, markdown: string): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const reason = urlProblem(node.url);
      const start = node.position?.start;
      if (reason !== null && start) {
        const offset = start.offset ?? 0;
        const kind = node.type === 'link' && markdown[offset] !== '[' ? 'autolink' : node.type;
        found.push({ line: start.line, column: start.column, offset, url: node.url, kind, reason });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return found.sort((a, b) => a.offset - b.offset);
}
