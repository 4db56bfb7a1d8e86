import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listMarkdown } from '../content/corpus.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { canonicalKey } from '../identity/document-identity.ts';

/**
 * What is already in an archive directory, for the importer's duplicate check: the identity and the
 * source file of every document. Read leniently (a file that fails the schema still occupies its
 * identity), so a half-edited document is never imported a second time.
 */
export interface ArchiveEntry {
  /** Path of the Markdown file as given to the reader (for messages). */
  file: string;
  /** canonicalKey of the document, or null when it has none (no number, unknown province). */
  identity: string | null;
  /** source.file of the document, or null. */
  sourceFile: string | null;
}


function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Reads every document under `dir`; `shownFrom` is the directory paths are shown relative to. */
export function readArchive(dir: string, shownFrom = process.cwd()): ArchiveEntry[] {
  return listMarkdown(dir).map((path) => {
    const data = splitFrontmatter(readFileSync(path, 'utf8')).data as Record<string, any> | undefined;
    const issuer = data?.issuer as Record<string, unknown> | undefined;
    const level = text(issuer?.level);
    const identity =
      data && typeof data.year === 'number' && level && ['trung-uong', 'tinh', 'huyen', 'xa'].includes(level)
        ? canonicalKey({ numberSymbol: text(data.numberSymbol), year: data.year, level: level as 'tinh', province: text(data.province), district: text(data.district) })
        : null;
    return { file: relative(shownFrom, path).split(sep).join('/'), identity, sourceFile: text(data?.source?.file) };
  });
}

/** The archive entry this document duplicates, by identity or by having been imported from the same file. */
export function findDuplicate(entries: readonly ArchiveEntry[], identity: string | null, sourceFile: string): { entry: ArchiveEntry; by: 'identity' | 'source' } | null {
  const byIdentity = identity ? entries.find((e) => e.identity === identity) : undefined;
  if (byIdentity) return { entry: byIdentity, by: 'identity' };
  const bySource = entries.find((e) => e.sourceFile === sourceFile);
  return bySource ? { entry: bySource, by: 'source' } : null;
}
