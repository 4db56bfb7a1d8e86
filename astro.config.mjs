// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkEscapeHtml } from './src/lib/markdown/remark-escape-html.ts';

// BASE_PATH lets dist/ be served from a sub-folder of any static host, e.g. BASE_PATH=/luu-tru/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    // Documents contain no code; Shiki's inline styles would also break the Content-Security-Policy.
    syntaxHighlight: false,
    // The citation linker is a remark plugin, so documents go through unified rather than Astro 7's
    // default Sätteri processor. Smartypants stays off: it would rewrite quotes and dashes in
    // documents whose text is the record.
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkEscapeHtml],
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
