import type { RemarkPlugins } from '@astrojs/markdown-remark';
import { remarkCitations } from '../citations/remark-citations.ts';
import type { Registry } from '../citations/registry.ts';
import { remarkEscapeHtml } from './remark-escape-html.ts';

/**
 * The remark plugins every document goes through, in order. astro.config.mjs and the tests both
 * take them from here so the tested pipeline is the built one.
 */
export function documentRemarkPlugins(citations?: { registry: Registry; base: string }): RemarkPlugins {
  // Citations first: they skip raw HTML nodes, which remarkEscapeHtml then turns into text.
  return citations ? [[remarkCitations, citations], remarkEscapeHtml] : [remarkEscapeHtml];
}

/** Options shared by the site's Markdown processor and the tests' stand-alone one. */
export const documentMarkdownOptions = {
  // Documents contain no code; Shiki's inline styles would also break the Content-Security-Policy.
  syntaxHighlight: false,
  // Smartypants would rewrite quotes and dashes in texts that are the record.
  smartypants: false,
} as const;
