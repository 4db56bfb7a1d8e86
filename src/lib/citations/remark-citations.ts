import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import { findCitations } from './analyze.ts';
import { linkSpecs, type LinkSpec } from './annotate.ts';
import { citingContext, type ContextSource } from './context.ts';
import { articleAnchor } from '../structure/anchors.ts';
import type { AnchorIndex } from '../structure/anchor-index.ts';
import { parseStructure } from '../structure/parse.ts';
import { findInternalReferences } from './internal.ts';
import type { Registry } from './registry.ts';

/**
 * remark plugin: links every resolved reference in a document to the cited document's page. A thin
 * adapter over the library: it collects the document's visible text, runs the engine once, and wraps
 * each resolved reference whose designation lies inside one text node in a `link` node. Text inside
 * links, link references, inline and fenced code and raw HTML is skipped (never linked, never joined
 * to the text around it). It never emits raw HTML: only `link` and `text` nodes.
 *
 * The citing document's context (issuer, province, number, title) comes from
 * `file.data.astro.frontmatter`, where Astro puts the frontmatter, or from `options.context` (tests).
 */
export interface RemarkCitationsOptions {
  registry: Registry;
  /** Deployment base path, "/" or "/sub/". */
  base?: string;
  /** Frontmatter of the citing document, when not taken from the file. */
  context?: (ContextSource & { title?: unknown }) | null;
  /** Archive id of the citing document, when not derivable from the file path. */
  id?: string | null;
  /** Structures of the archive's texts, so "khoản 2 Điều 12 Luật …" links to #dieu-12-khoan-2. */
  anchors?: AnchorIndex;
}

interface Segment {
  node: Text;
  start: number;
  end: number;
}

// Nodes whose text is not the document's running text, or must not be touched.
const skipped = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'image', 'imageReference', 'definition', 'yaml', 'toml']);
const inline = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'html', 'image', 'imageReference', 'break', 'text']);
// Stands for a skipped inline node: not a letter, digit or space, so no reference is found across it.
const placeholder = '\uFFFC';

function collect(root: Root, prefix: string): { text: string; segments: Segment[] } {
  const segments: Segment[] = [];
  let text = prefix;
  const walk = (node: Nodes) => {
    if (skipped.has(node.type)) {
      text += inline.has(node.type) ? placeholder : '\n\n';
      return;
    }
    if (node.type === 'text') {
      segments.push({ node, start: text.length, end: text.length + node.value.length });
      text += node.value;
      return;
    }
    if (node.type === 'break') {
      text += '\n';
      return;
    }
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
      // Blocks end a paragraph: a reference never runs from one block into the next.
      if (!inline.has(node.type)) text += '\n\n';
    }
  };
  walk(root);
  return { text, segments };
}

function linkNode(spec: LinkSpec, value: string): Link {
  return {
    type: 'link',
    url: spec.url,
    title: spec.title,
    data: { hProperties: { className: spec.internal ? ['trich-dan', 'noi-bo'] : ['trich-dan'], 'data-relation': spec.relation } },
    children: [{ type: 'text', value }],
  };
}

function parentsOf(root: Root): Map<Text, Parent> {
  const parents = new Map<Text, Parent>();
  const walk = (node: Nodes) => {
    if (!('children' in node)) return;
    for (const child of node.children) {
      if (child.type === 'text') parents.set(child, node as Parent);
      else walk(child as Nodes);
    }
  };
  walk(root);
  return parents;
}

/** Id from an Astro content path: ".../content/van-ban/2019/x.md" → "2019/x". */
function idFromPath(path: string | undefined): string | null {
  const m = path ? /content\/van-ban\/(.+)\.mdx?$/.exec(path.replace(/\\/g, '/')) : null;
  return m ? m[1]! : null;
}

/** "theo khoản 1 Điều này", "Điều 7 của Luật này": links within the page, to the unit's anchor. */
function internalSpecs(text: string): LinkSpec[] {
  // Only a text with articles refers to its own articles; most texts (công văn, kế hoạch) have none,
  // and scanning them would cost ≈3 ms each.
  if (!/Điều\s+\d/u.test(text) || !/này/iu.test(text)) return [];
  const structure = parseStructure(text);
  if (!structure.nodes.some((u) => u.kind === 'article')) return [];
  const titles = new Map(structure.nodes.map((u) => [u.anchor, u.title]));
  return findInternalReferences(text, structure).map((r) => {
    const article = r.pinpoint.article === null ? null : titles.get(articleAnchor(r.pinpoint.article));
    return {
      start: r.start,
      end: r.end,
      documentId: '',
      url: `#${r.anchor}`,
      title: `Trong văn bản này: ${r.label}${article ? `. ${article}` : ''}`,
      relation: 'dan-chieu' as const,
      internal: true,
    };
  });
}

export function remarkCitations(options: RemarkCitationsOptions) {
  const base = options.base ?? '/';
  return (tree: Root, file: { path?: string; data?: Record<string, unknown> }) => {
    const astro = file.data?.astro as { frontmatter?: ContextSource & { title?: unknown } } | undefined;
    const frontmatter = options.context ?? astro?.frontmatter ?? null;
    const context = citingContext(frontmatter, options.id ?? idFromPath(file.path));
    // The title is analysed before the body, as in the citation graph, so a short form in the body can
    // refer back to a full reference in the title. Nothing in the title is linked: it is not in the tree.
    const title = typeof frontmatter?.title === 'string' ? `${frontmatter.title}\n\n` : '';
    const { text, segments } = collect(tree, title);
    const specs = [...linkSpecs(findCitations(text, { registry: options.registry, context }), options.registry, base, options.anchors), ...internalSpecs(text)];
    if (!specs.length) return;
    const bySegment = new Map<Segment, LinkSpec[]>();
    for (const spec of specs) {
      const segment = segments.find((s) => s.start <= spec.start && spec.end <= s.end);
      if (!segment) continue;
      bySegment.set(segment, [...(bySegment.get(segment) ?? []), spec]);
    }
    const parents = parentsOf(tree);
    for (const [segment, list] of bySegment) {
      const parent = parents.get(segment.node);
      if (!parent) continue;
      const value = segment.node.value;
      const replacement: Array<Text | Link> = [];
      let at = 0;
      for (const spec of list.sort((a, b) => a.start - b.start)) {
        const from = spec.start - segment.start;
        const to = spec.end - segment.start;
        if (from < at) continue;
        if (from > at) replacement.push({ type: 'text', value: value.slice(at, from) });
        replacement.push(linkNode(spec, value.slice(from, to)));
        at = to;
      }
      if (at < value.length) replacement.push({ type: 'text', value: value.slice(at) });
      const index = parent.children.indexOf(segment.node as never);
      if (index >= 0) parent.children.splice(index, 1, ...(replacement as never[]));
    }
  };
}
