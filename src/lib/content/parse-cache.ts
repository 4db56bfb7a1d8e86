import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument, Problem } from './corpus.ts';

/**
 * A file-backed memo of what parsing each document file gave (frontmatter data, where the body
 * starts, problems), keyed by the file's exact bytes and by the version of the parsing code. YAML
 * parsing with line positions is most of the cost of reading the corpus (≈0.5 ms a file: 5 s at
 * 10,000 documents, paid by `validate` and again by the site build); with the memo a rebuild parses
 * only the files that changed. Losing or corrupting the file only costs time: it is then rebuilt.
 */
export interface ParseCache {
  get(file: string, source: string, id: string): { document?: CorpusDocument; problems: Problem[] } | undefined;
  set(file: string, source: string, id: string, parsed: { document?: CorpusDocument; problems: Problem[] }): void;
  /** Writes the entries used in this run (atomically); entries of files gone are dropped. */
  save(): void;
}

interface Entry {
  hash: string;
  id: string;
  data?: CorpusDocument['data'];
  bodyStart?: number;
  bodyLine?: number;
  problems: Problem[];
}

interface Stored {
  version: string;
  entries: Record<string, Entry>;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

export function openParseCache(path: string, codeVersion: string): ParseCache {
  let previous: Record<string, Entry> = {};
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    if (stored.version === codeVersion) previous = stored.entries;
  } catch {
    // No cache yet, or an unreadable one: parse everything.
  }
  const next: Record<string, Entry> = {};
  return {
    get(file, source, id) {
      const entry = previous[file];
      if (!entry || entry.id !== id || entry.hash !== hashOf(source)) return undefined;
      next[file] = entry;
      const document = entry.data && entry.bodyStart !== undefined && entry.bodyLine !== undefined
        ? { id, file, data: entry.data, body: source.slice(entry.bodyStart), bodyLine: entry.bodyLine, source }
        : undefined;
      return { ...(document ? { document } : {}), problems: entry.problems };
    },
    set(file, source, id, parsed) {
      const d = parsed.document;
      next[file] = {
        hash: hashOf(source),
        id,
        ...(d ? { data: d.data, bodyStart: source.length - d.body.length, bodyLine: d.bodyLine } : {}),
        problems: parsed.problems,
      };
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: codeVersion, entries: next } satisfies Stored));
      renameSync(temporary, path);
    },
  };
}

/**
 * Version of the code that parses documents: a hash of every TypeScript file under src/lib and of
 * the lockfile (yaml, zod), so any change to the schema, the frontmatter reader or what they import
 * invalidates the memo. Coarse on purpose: a stale parse would be a silent wrong page.
 */
export function codeVersionOf(root: string): string {
  const hash = createHash('sha256');
  try {
    hash.update(readFileSync(join(root, 'package-lock.json')));
  } catch {
    // No lockfile: the sources alone.
  }
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  // The project's sources; when run from elsewhere (a corpus outside the project), this module's own.
  const libDir = [join(root, 'src', 'lib'), fileURLToPath(new URL('..', import.meta.url))].find((dir) => existsSync(join(dir, 'content', 'parse-cache.ts')));
  // Sources not found (a bundled copy): a version no memo can match, i.e. no memo.
  if (!libDir) return `unversioned ${process.pid} ${Date.now()}`;
  walk(libDir);
  return hash.digest('base64url');
}

/** Folder of the project's memo files: ARCHIVE_CORPUS_CACHE_DIR, else node_modules/.cache/archive-corpus. */
export function corpusCacheDir(root: string): string {
  return process.env.ARCHIVE_CORPUS_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'archive-corpus');
}

/** The project's parse memo (corpusCacheDir/parsed.json). */
export function projectParseCache(root: string): ParseCache {
  return openParseCache(join(corpusCacheDir(root), 'parsed.json'), codeVersionOf(root));
}
