import type { RemarkPlugins } from '@astrojs/markdown-remark';
import { remarkEscapeHtml } from './remark-escape-html.ts';

/**
 * The remark plugins every document goes through, in order. astro.config.mjs and the tests both
 * take them from here so the tested pipeline is the built one.
 */
export function documentRemarkPlugins(): RemarkPlugins {
  return [remarkEscapeHtml];
}

/** Options shared by the site's Markdown processor and the tests' stand-alone one. */
export const documentMarkdownOptions = {
  // Documents contain no code; Shiki's inline styles would also break the Content-Security-Policy.
  syntaxHighlight: false,
  // Smartypants would rewrite quotes and dashes in texts that are the record.
  smartypants: false,
} as const;
