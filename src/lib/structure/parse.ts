import { articleAnchor, chapterAnchor, clauseAnchor, partAnchor, partNumber, pointAnchor, sectionAnchor, unitNumber } from './anchors.ts';

/**
 * The structure of a normative text (vietnamese-documents.md §7): Phần, Chương, Mục, Điều (numbered
 * through the whole text), khoản ("1.", "2.") and điểm ("a)", "đ)"), recognised line by line in the
 * spellings real texts show: "Chương I", "Chương 1:", "CHƯƠNG II", "Mục 1. TITLE", "Điều 12.",
 * "Điều 12:", "1\." (a Markdown-escaped khoản), "a)".
 *
 * One tracker serves every reader of the structure: the page (ids on the rendered blocks), the open
 * data and the table of contents (parseStructure over the Markdown body) and the citation engine
 * (which article a sentence is in). They feed it the same lines in the same order, so they agree on
 * every anchor.
 *
 * Not structure, by construction: a line inside quotation marks (an amending law quotes the new
 * "Điều 135. …" of another law), "Điều 7 của Luật này quy định …" (no "." or ":" after the number),
 * a heading "## 1. …" outside articles (a section title of an administrative text, whose id the page
 * already gives), and a second unit with an anchor already used (recorded as a problem).
 */
export type UnitKind = 'part' | 'chapter' | 'section' | 'article' | 'clause' | 'point';

export interface StructureNode {
  kind: UnitKind;
  /** The number as written: "I", "1", "12", "a", "đ". */
  label: string;
  /** Fragment id without "#": "dieu-12", "dieu-12-khoan-2". */
  anchor: string;
  /** Title after the number: "Phạm vi điều chỉnh"; '' when the line has none. */
  title: string;
  /** Offset of the line in the parsed text (0 for blocks fed without offsets). */
  start: number;
  /** Anchor of the enclosing article, for clauses and points; its own for an article. */
  article: string | null;
}

export interface Structure {
  /** Every unit in text order. */
  nodes: StructureNode[];
  /** Anchors of every unit. */
  anchors: Set<string>;
  /** Units that got no anchor, and why ("Điều 12 a second time at offset …"). */
  problems: string[];
}

/** Table-of-contents entry: a container (phần, chương, mục) with what it holds, or an article. */
export interface OutlineEntry {
  kind: 'part' | 'chapter' | 'section' | 'article';
  anchor: string;
  /** "Chương I", "Mục 2", "Điều 12". */
  heading: string;
  title: string;
  children: OutlineEntry[];
}

// Markdown around a line's text: heading marks, quote marks, bullets, emphasis, escapes.
const decoration = /^(?:#{1,6}\s+|>\s*|[-*+]\s+)*(?:\*\*|__|\*|_)?/u;
const partLine = /^PH[ẦA]N\s+(TH[ỨU]\s+\p{L}+|[IVXLC]+|\d+)\b\s*[.:\-–—]?\s*(.*)$/iu;
const chapterLine = /^CH[ƯU][ƠO]NG\s+([IVXLC]+|\d+)(?![\p{L}\p{N}])\s*(?:[.:\-–—]\s*(.*)|$|\s+(\p{Lu}[^\p{Ll}]*)$)/iu;
const sectionLine = /^M[ỤU]C\s+(\d+|[IVXLC]+)(?![\p{L}\p{N}])\s*(?:[.:\-–—]\s*(.*)|$|\s+(\p{Lu}[^\p{Ll}]*)$)/iu;
const articleLine = /^[ĐD]i[ềe]u\s+(\d{1,4}[a-z]?)(?![\p{L}\p{N}])\s*(?:[.:]\s*(.*)|$)/u;
const clauseLine = /^(\d{1,3})\.(?![\d])\s+\S/u;
const pointLine = /^([a-zđ])\)\s+\S/u;

const clean = (line: string) => line.replace(decoration, '').replace(/\\([.)])/g, '$1').replace(/(?:\*\*|__)\s*$/u, '').trim();
const stripTrailing = (title: string | undefined) => (title ?? '').replace(/(?:\*\*|__)/g, '').trim();

export interface StructureTracker {
  /**
   * The unit a line starts, or null. `heading` says the line is a heading (Markdown "#", an h1–h6):
   * a numbered heading outside articles is a section title, not a khoản.
   */
  feed(line: string, options?: { start?: number; heading?: boolean }): StructureNode | null;
  result(): Structure;
}

export function createStructureTracker(): StructureTracker {
  const nodes: StructureNode[] = [];
  const anchors = new Set<string>();
  const problems: string[] = [];
  let chapter: number | null = null;
  let article: string | null = null;
  let clause: string | null = null;
  let quoteDepth = 0;
  // A chương or mục whose title is on the next line ("Chương 1:" / "NHỮNG QUY ĐỊNH CHUNG").
  let awaitingTitle: StructureNode | null = null;

  const add = (node: Omit<StructureNode, 'start'>, start: number): StructureNode | null => {
    if (anchors.has(node.anchor)) {
      problems.push(`${node.anchor} a second time at offset ${start}: left without an anchor`);
      return null;
    }
    anchors.add(node.anchor);
    const full = { ...node, start };
    nodes.push(full);
    return full;
  };

  return {
    feed(raw, options = {}) {
      const start = options.start ?? 0;
      const line = clean(raw);
      if (!line) return null;
      const wasQuoted = quoteDepth > 0;
      quoteDepth = Math.max(0, quoteDepth + (line.match(/“/g)?.length ?? 0) - (line.match(/”/g)?.length ?? 0));
      if (wasQuoted || /^[“"]/u.test(line)) return null;
      if (awaitingTitle) {
        const pending = awaitingTitle;
        awaitingTitle = null;
        if (!/\p{Ll}/u.test(line) && !articleLine.test(line)) {
          pending.title = line;
          return null;
        }
      }
      let m: RegExpExecArray | null;
      if ((m = partLine.exec(line))) {
        const n = partNumber(m[1]!);
        if (n !== null) {
          article = clause = null;
          return add({ kind: 'part', label: m[1]!, anchor: partAnchor(n), title: stripTrailing(m[2]), article: null }, start);
        }
      }
      if ((m = chapterLine.exec(line))) {
        const n = unitNumber(m[1]!.toUpperCase());
        if (n !== null) {
          chapter = n;
          article = clause = null;
          const node = add({ kind: 'chapter', label: m[1]!, anchor: chapterAnchor(n), title: stripTrailing(m[2] ?? m[3]), article: null }, start);
          if (node && !node.title) awaitingTitle = node;
          return node;
        }
      }
      if ((m = sectionLine.exec(line))) {
        const n = unitNumber(m[1]!.toUpperCase());
        if (n !== null) {
          article = clause = null;
          const node = add({ kind: 'section', label: m[1]!, anchor: sectionAnchor(chapter, n), title: stripTrailing(m[2] ?? m[3]), article: null }, start);
          if (node && !node.title) awaitingTitle = node;
          return node;
        }
      }
      if ((m = articleLine.exec(line))) {
        const anchor = articleAnchor(m[1]!);
        clause = null;
        const node = add({ kind: 'article', label: m[1]!, anchor, title: stripTrailing(m[2]), article: anchor }, start);
        // A repeated number leaves the earlier article current rather than attach clauses to the wrong one.
        if (node) article = m[1]!;
        return node;
      }
      if ((m = clauseLine.exec(line))) {
        if (article === null && options.heading) return null;
        const node = add({ kind: 'clause', label: m[1]!, anchor: clauseAnchor(article, m[1]!), title: '', article: article === null ? null : articleAnchor(article) }, start);
        if (node) clause = m[1]!;
        return node;
      }
      if ((m = pointLine.exec(line))) {
        if (article === null && clause === null) return null;
        return add({ kind: 'point', label: m[1]!, anchor: pointAnchor(article, clause, m[1]!), title: '', article: article === null ? null : articleAnchor(article) }, start);
      }
      return null;
    },
    result: () => ({ nodes, anchors, problems }),
  };
}

/** The structure of a text (a Markdown body, or the plain text the citation engine reads), line by line. */
export function parseStructure(text: string): Structure {
  const tracker = createStructureTracker();
  let offset = 0;
  for (const line of text.split('\n')) {
    tracker.feed(line, { start: offset, heading: /^\s{0,3}#{1,6}\s/.test(line) });
    offset += line.length + 1;
  }
  return tracker.result();
}

/** The article a position of the parsed text lies in, or null before the first article. */
export function articleAt(structure: Structure, position: number): StructureNode | null {
  let found: StructureNode | null = null;
  for (const node of structure.nodes) {
    if (node.start > position) break;
    if (node.kind === 'article') found = node;
    else if (node.kind === 'chapter' || node.kind === 'part' || node.kind === 'section') found = null;
  }
  return found;
}

const headingOf = (node: StructureNode) =>
  `${{ part: 'Phần', chapter: 'Chương', section: 'Mục', article: 'Điều', clause: 'Khoản', point: 'Điểm' }[node.kind]} ${node.label}`;

/** Phần → Chương → Mục → Điều, for a table of contents; khoản and điểm are left out. */
export function outline(structure: Structure): OutlineEntry[] {
  const root: OutlineEntry[] = [];
  const rank = { part: 0, chapter: 1, section: 2, article: 3 } as const;
  const stack: OutlineEntry[] = [];
  for (const node of structure.nodes) {
    if (node.kind === 'clause' || node.kind === 'point') continue;
    const entry: OutlineEntry = { kind: node.kind, anchor: node.anchor, heading: headingOf(node), title: node.title, children: [] };
    while (stack.length && rank[stack[stack.length - 1]!.kind] >= rank[node.kind]) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : root).push(entry);
    if (node.kind !== 'article') stack.push(entry);
  }
  return root;
}

/** Number of articles: the table of contents is shown from this many on. */
export const articleCount = (structure: Structure) => structure.nodes.filter((n) => n.kind === 'article').length;
