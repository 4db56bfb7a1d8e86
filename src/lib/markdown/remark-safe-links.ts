import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { isAllowedUrl } from './link-safety.ts';

/**
 * Second line of defence behind validation (checks/unsafe-links.ts): a document that was never
 * validated still cannot publish a live link of a refused kind (link-safety.ts). A link keeps its
 * text and loses its address; an image becomes its alt text; a definition is dropped, so the
 * references "[x][y]" that used it are shown as the text they are.
 */
export function remarkSafeLinks() {
  return (tree: Root) => {
    const walk = (parent: Parent) => {
      const children: Nodes[] = [];
      for (const child of parent.children as Nodes[]) {
        if (child.type === 'definition' && !isAllowedUrl(child.url)) continue;
        if (child.type === 'link' && !isAllowedUrl(child.url)) {
          const inner: Parent = { type: 'paragraph', children: child.children as PhrasingContent[] };
          walk(inner);
          children.push(...(inner.children as Nodes[]));
          continue;
        }
        if (child.type === 'image' && !isAllowedUrl(child.url)) {
          if (child.alt) children.push({ type: 'text', value: child.alt, ...(child.position ? { position: child.position } : {}) });
          continue;
        }
        if ('children' in child) walk(child as Parent);
        children.push(child);
      }
      parent.children = children as Parent['children'];
    };
    walk(tree);
  };
}
