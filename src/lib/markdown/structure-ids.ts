import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { createStructureTracker } from '../structure/parse.ts';

/**
 * Gives the blocks of a rendered text that start a Phần, Chương, Mục, Điều, khoản or điểm their
 * stable id ("dieu-12", "dieu-12-khoan-2"), so a link to
 * "#dieu-12-khoan-2" scrolls to it and the page can highlight it (:target). The blocks are fed to
 * the same tracker as parseStructure in document order, line by line, so the ids are exactly the
 * anchors the open data and the citation engine compute from the Markdown.
 */
const headingTag = /^h[1-6]$/;
const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  return 'children' in node ? node.children.map((child) => textOf(child as ElementContent)).join('') : '';
}

const hasBlockChild = (node: Element) => node.children.some((c) => c.type === 'element' && (blockTags.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol'));

/**
 * `afterArticle` gives, for an article's anchor, elements to insert right after the block that
 * starts it (the page's "cited by" note), or null.
 */
export function addStructureIds(root: HastRoot, afterArticle?: (anchor: string) => ElementContent[] | null): void {
  const tracker = createStructureTracker();
  const inserts: Array<{ node: Element; content: ElementContent[] }> = [];
  const feedBlock = (node: Element, prefix = '') => {
    const heading = headingTag.test(node.tagName);
    const lines = (prefix + textOf(node)).split('\n');
    lines.forEach((line) => {
      const unit = tracker.feed(line, { heading });
      if (!unit) return;
      // The block takes the first unit it starts; a unit starting on a later line of the same
      // paragraph (a hard-wrapped text) still counts, so the anchors stay those of parseStructure.
      node.properties.id ??= unit.anchor;
      if (unit.kind === 'article' && afterArticle) {
        const content = afterArticle(unit.anchor);
        if (content?.length) inserts.push({ node, content });
      }
    });
  };
  const visit = (node: HastRoot | ElementContent) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (blockTags.has(node.tagName)) return feedBlock(node);
      if (node.tagName === 'ol') {
        // An ordered list's numbers are not in its text; the Markdown line "2. …" had them.
        const start = typeof node.properties.start === 'number' ? node.properties.start : 1;
        let index = 0;
        for (const child of node.children) {
          if (child.type !== 'element' || child.tagName !== 'li') continue;
          const number = `${start + index++}. `;
          if (hasBlockChild(child)) {
            let first = true;
            for (const grandchild of child.children) {
              if (grandchild.type === 'element' && blockTags.has(grandchild.tagName) && first) {
                feedBlock(grandchild, number);
                first = false;
              } else visit(grandchild);
            }
          } else feedBlock(child, number);
        }
        return;
      }
      if (node.tagName === 'li' && !hasBlockChild(node)) return feedBlock(node);
    }
    for (const child of node.children) visit(child as ElementContent);
  };
  visit(root);
  if (inserts.length) insertAfter(root, inserts);
}

function insertAfter(root: HastRoot, inserts: Array<{ node: Element; content: ElementContent[] }>): void {
  const pending = new Map(inserts.map((i) => [i.node, i.content]));
  const walk = (parent: HastRoot | Element) => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (child.type !== 'element') continue;
      const content = pending.get(child);
      if (content) {
        parent.children.splice(i + 1, 0, ...content);
        i += content.length;
      } else walk(child);
    }
  };
  walk(root);
}
