import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Document text is data: raw HTML written inside a document (a pasted <script>, a stray <font>)
 * must be shown as the characters it is, never interpreted. Turning `html` nodes into `text`
 * nodes makes the HTML serializer escape them.
 */
export function remarkEscapeHtml() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = { type: 'text', value: node.value, position: node.position } as never;
    });
  };
}
