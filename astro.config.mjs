// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { documentMarkdownOptions, documentRemarkPlugins } from './src/lib/markdown/document-pipeline.ts';

// BASE_PATH lets dist/ be served from a sub-folder of any static host, e.g. BASE_PATH=/luu-tru/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  // The benchmark builds synthetic corpora elsewhere, so it never clobbers dist/ or the content cache.
  outDir: process.env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    syntaxHighlight: documentMarkdownOptions.syntaxHighlight,
    // The citation linker is a remark plugin, so documents go through unified rather than Astro 7's
    // default Sätteri processor.
    processor: unified({
      smartypants: documentMarkdownOptions.smartypants,
      remarkPlugins: documentRemarkPlugins(),
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
