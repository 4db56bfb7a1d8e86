// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

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
  // A rebuild re-renders only the pages whose data changed: document pages return a cacheKey
  // (src/lib/archive/page-cache-key.ts); Astro keeps the previous output in cacheDir.
  experimental: { incrementalBuild: true },
  // Unchanged pages stay in dist/ instead of being deleted and copied back from Astro's cache
  // (16 s of a 10,000-document rebuild); scripts/sweep-output.ts then removes what this build
  // neither wrote nor kept (a deleted document's page).
  vite: { build: { emptyOutDir: false } },
  integrations: [mdx()],
  // Documents are not Astro Markdown: their pages render them with src/lib/markdown/render-document.ts
  // (Sätteri's parser and the citation linker). This only concerns the editorial .mdx pages, which
  // keep Astro's default Sätteri processor; no Shiki, whose inline styles the CSP would block.
  markdown: { syntaxHighlight: false },
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
      // Search: Pagefind compiles its WebAssembly on the page ('wasm-unsafe-eval', which allows no
      // JavaScript eval) and fetches its index from this site (connect-src 'self' above). It runs
      // without a web worker, so worker-src needs nothing.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
