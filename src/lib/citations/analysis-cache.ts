import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeVersionOf, corpusCacheDir } from '../content/parse-cache.ts';
import { analyzeDocument, titleSeparator, type AnalysableDocument } from './analyze.ts';
import type { Registry } from './registry.ts';
import type { Citation } from './types.ts';

/**
 * A file-backed memo of the citation engine's analysis of each document (title + text), so that a
 * rebuild analyses only the documents that changed: ≈0.8 ms a document, 8 s at 10,000, paid by
 * `validate` and again by the site build. An analysis depends on the document and on every other
 * document (the registry it resolves against), so the memo is valid only for one registry: adding a
 * document or correcting an identity discards it. Losing the file only costs time.
 */
export interface AnalysisCache {
  /** analyzeDocument(document, registry), from the memo when the document is unchanged. */
  analyze(document: AnalysableDocument): { text: string; citations: Citation[] };
  /** Writes the entries used in this run (atomically). */
  save(): void;
}

/** Everything a registry holds that resolution reads: its entries and the names. */
export function registryDigest(registry: Registry): string {
  return createHash('sha256').update(JSON.stringify([registry.entries, registry.names])).digest('base64url');
}

const documentKey = (d: AnalysableDocument) => createHash('sha256').update(JSON.stringify([d.id, d.data, d.body])).digest('base64url');

export function openAnalysisCache(path: string, codeVersion: string, registry: Registry): AnalysisCache {
  const version = `${codeVersion} ${registryDigest(registry)}`;
  let previous: Record<string, Citation[]> = {};
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { version: string; entries: Record<string, Citation[]> };
    if (stored.version === version) previous = stored.entries;
  } catch {
    // No memo yet, or an unreadable one: analyse everything.
  }
  const next: Record<string, Citation[]> = {};
  return {
    analyze(document) {
      const key = documentKey(document);
      const hit = previous[key];
      if (hit) {
        next[key] = hit;
        return { text: `${document.data.title}${titleSeparator}${document.body}`, citations: hit };
      }
      const analysis = analyzeDocument(document, registry);
      next[key] = analysis.citations;
      return analysis;
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version, entries: next }));
      renameSync(temporary, path);
    },
  };
}

/** The project's analysis memo (corpusCacheDir/analysis.json) for this registry. */
export function projectAnalysisCache(root: string, registry: Registry): AnalysisCache {
  return openAnalysisCache(join(corpusCacheDir(root), 'analysis.json'), codeVersionOf(root), registry);
}
