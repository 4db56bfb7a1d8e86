// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { createRegistry } from './src/lib/citations/index.ts';
import { registryDigest } from './src/lib/citations/registry-digest.ts';
import { loadCorpus } from './src/lib/content/corpus.ts';
import { documentMarkdownOptions, documentRemarkPlugins } from './src/lib/markdown/document-pipeline.ts';

// BASE_PATH lets dist/ be served from a sub-folder of any static host, e.g. BASE_PATH=/luu-tru/.
const base = process.env.BASE_PATH ?? '/';

// Every document the archive knows, for resolving citations while rendering each one.
const registry = createRegistry(loadCorpus(process.cwd()).documents);

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  // The benchmark builds synthetic corpora elsewhere, so it never clobbers dist/ or the content cache.
  outDir: process.env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: {
    // Astro clears its content cache when its config changes. Rendered documents depend on the
    // citation registry, not only on their own text, so its fingerprint is part of the config.
    define: { __CITATION_REGISTRY_DIGEST__: JSON.stringify(registryDigest(registry)) },
  },
  markdown: {
    syntaxHighlight: documentMarkdownOptions.syntaxHighlight,
    // The citation linker is a remark plugin, so documents go through unified rather than Astro 7's
    // default Sätteri processor.
    processor: unified({
      smartypants: documentMarkdownOptions.smartypants,
      remarkPlugins: documentRemarkPlugins({ registry, base }),
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
      // Search: Pagefind compiles its WebAssembly on the page ('wasm-unsafe-eval', which allows no
      // JavaScript eval) and fetches its index from this site (connect-src 'self' above). It runs
      // without a web worker, so worker-src needs nothing.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
