import { statSync } from 'node:fs';
import { join } from 'node:path';
import { projectParseCache } from '../lib/content/parse-cache.ts';
import { formatProblem, listMarkdown, loadCorpus, documentsDirectory, type CorpusDocument } from '../lib/content/corpus.ts';

/**
 * The archive's documents, read straight from content/van-ban/ by the same loader `npm run validate`
 * uses, once per build. Not an Astro content collection: Astro's content layer keeps every entry
 * with its rendered HTML in one data store that it re-serialises while syncing, which at 10,000
 * documents never finished here (docs/performance.md). Document text is rendered by the page
 * (src/lib/markdown/render-document.ts).
 */
let cached: { fingerprint: string; documents: CorpusDocument[] } | undefined;

/** Every document, full text or known only from citations, sorted by id. */
export async function allDocuments(): Promise<CorpusDocument[]> {
  const root = process.cwd();
  // The dev server keeps this module alive across edits: reload when any file changed. A build reads once.
  const fingerprint = import.meta.env.DEV ? corpusFingerprint(root) : 'build';
  if (cached?.fingerprint === fingerprint) return cached.documents;
  const { documents, problems } = loadCorpus(root, undefined, { cache: projectParseCache(root) });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    // `npm run build` validates first; this catches `astro dev`/`astro build` run directly.
    throw new Error(`${errors.length} problem(s) in the documents; fix them (npm run validate lists them):\n${errors.map(formatProblem).join('\n')}`);
  }
  cached = { fingerprint, documents };
  return documents;
}

function corpusFingerprint(root: string): string {
  return listMarkdown(join(root, documentsDirectory))
    .map((path) => {
      const stat = statSync(path);
      return `${path}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('\n');
}
