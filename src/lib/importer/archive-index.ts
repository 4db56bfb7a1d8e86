import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listMarkdown } from '../content/corpus.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { canonicalKey } from '../identity/document-identity.ts';
import { isIssuedVersion, sameVersion, versionKey } from './same-document.ts';

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
  /** Issuer, type and abstract folded (see same-document.ts), to tell a draft of the same document; null when unknown. */
  version?: string | null;
  /** True for an issued version (number and full date), false for a draft or an unsigned copy. */
  issued?: boolean;
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
    const version = data && typeof data.type === 'string' ? versionKey({ issuer: issuer && typeof issuer.name === 'string' ? { name: issuer.name } : null, type: data.type, title: text(data.title) }) : null;
    const issued = isIssuedVersion({ numberSymbol: text(data?.numberSymbol), issued: text(data?.issued) });
    return { file: relative(shownFrom, path).split(sep).join('/'), identity, sourceFile: text(data?.source?.file), version, issued };
  });
}

/**
 * The archive entry this document duplicates: by identity, by having been imported from the same
 * file, or as another version of the same document (same issuer, type and abstract: a draft and its
 * issued copy), in which case `by` says which of the two is the issued one.
 */
export function findDuplicate(
  entries: readonly ArchiveEntry[],
  identity: string | null,
  sourceFile: string,
  version: string | null = null,
): { entry: ArchiveEntry; by: 'identity' | 'source' | 'draft-of-issued' | 'issued-of-draft' | 'same-version' } | null {
  const byIdentity = identity ? entries.find((e) => e.identity === identity) : undefined;
  if (byIdentity) return { entry: byIdentity, by: 'identity' };
  const bySource = entries.find((e) => e.sourceFile === sourceFile);
  if (bySource) return { entry: bySource, by: 'source' };
  const byVersion = version ? entries.find((e) => sameVersion(e.version, version)) : undefined;
  if (!byVersion) return null;
  const thisIssued = identity !== null;
  if (byVersion.issued && !thisIssued) return { entry: byVersion, by: 'draft-of-issued' };
  if (!byVersion.issued && thisIssued) return { entry: byVersion, by: 'issued-of-draft' };
  // Two numbered documents are two documents, however alike their abstracts (yearly plans).
  if (byVersion.issued && thisIssued) return null;
  return { entry: byVersion, by: 'same-version' };
}
