import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { markdownToMdast } from 'satteri';
import type { ContextSource } from '../citations/context.ts';
import type { Registry } from '../citations/registry.ts';
import type { AnchorIndex } from '../structure/anchor-index.ts';
import { remarkCitations } from '../citations/remark-citations.ts';
import { remarkEscapeHtml } from './remark-escape-html.ts';
import { addStructureIds } from './structure-ids.ts';
import { remarkSafeLinks } from './remark-safe-links.ts';

/** What a document's text is rendered with. */
export interface RenderDocumentOptions {
  /** Every document the archive knows; without it nothing is linked. */
  registry?: Registry;
  /** Deployment base path, "/" or "/sub/". */
  base?: string;
  /** Frontmatter of the document, for the citing context (its own issuer, province, title). */
  context?: (ContextSource & { title?: unknown }) | null;
  /** Archive id of the document, e.g. "2019/kien-giang-68-ubnd-vhxh". */
  id?: string | null;
  /** Structures of the archive's texts, for links to "khoản 2 Điều 12" of another document. */
  anchors?: AnchorIndex;
  /** Under an article (by anchor), what the page shows after its heading: the documents citing it. */
  afterArticle?: (anchor: string) => ElementContent[] | null;
}

/**
 * A document's Markdown text as the HTML its page shows: citations linked, raw HTML escaped, links
 * of a refused kind (javascript:, data:…; link-safety.ts) unlinked, headings given ids. Sätteri
 * (Rust) parses the Markdown into mdast: that is nearly all of the cost of remark (≈0.4 ms against
 * ≈11 ms per 2,000-word document here). The tree then goes through the very same transformers as
 * the remark pipeline (remarkSafeLinks, remarkCitations, remarkEscapeHtml) and mdast-util-to-hast,
 * so the two pipelines cannot drift apart in what they link or escape.
 */
export function renderDocumentHtml(markdown: string, options: RenderDocumentOptions = {}): string {
  // GFM (tables, strikethrough) as in Astro's defaults; no frontmatter: the body comes without it.
  // Positions are not needed downstream and are half of a materialised tree's memory.
  const tree = markdownToMdast(markdown, { features: { gfm: { footnotes: false }, frontmatter: false }, position: false }) as unknown as Root;
  remarkSafeLinks()(tree);
  if (options.registry) {
    remarkCitations({ registry: options.registry, base: options.base, context: options.context ?? null, id: options.id ?? null, anchors: options.anchors })(tree, {});
  }
  remarkEscapeHtml()(tree);
  const hast = toHast(tree) as HastRoot;
  // Before the heading ids: "Điều 12. …" gets its stable anchor, not a slug of its title.
  addStructureIds(hast, options.afterArticle);
  addHeadingIds(hast);
  return toHtml(hast);
}

const headingTag = /^h[1-6]$/;

/** Heading ids as Astro gives them (github-slugger over the heading's text), so section anchors stay stable. */
function addHeadingIds(root: HastRoot): void {
  const slugger = new GithubSlugger();
  const visit = (node: HastRoot | ElementContent) => {
    if (node.type === 'element' && headingTag.test(node.tagName)) {
      node.properties.id ??= slugger.slug(textOf(node));
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as ElementContent);
  };
  visit(root);
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as ElementContent)).join('') : '';
}
