import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { documentSchema, type DocumentData } from './document-schema.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ParseCache } from './parse-cache.ts';

/** One problem found in a document file, located for the person who has to fix it. */
export interface Problem {
  /** Path of the file, relative to the project root, e.g. "content/van-ban/2019/kien-giang-68-ubnd-vhxh.md". */
  file: string;
  /** 1-based line. */
  line: number;
  /** Field path, e.g. "issuer.level"; empty for whole-file problems. */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
  severity: 'error' | 'warning';
  /** Name of the corpus check that found it (validate-corpus.ts), e.g. "unresolved-references"; absent for the schema. */
  check?: string;
}

/** A document file that passed the schema. */
export interface CorpusDocument {
  /** Path under content/van-ban/ without ".md"; also the URL under /van-ban/. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: DocumentData;
  /** Markdown body. */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** Raw file text. */
  source: string;
}

/**
 * Directory of document files, relative to the project root. ARCHIVE_CONTENT_DIR points the build
 * at another corpus (the benchmark's synthetic ones) without touching content/.
 */
export const documentsDirectory = process.env.ARCHIVE_CONTENT_DIR ?? 'content/van-ban';

/** The id convention: lower-case ASCII path segments, the first one the year, or chua-ro-nam when it is unknown. */
export const idPattern = /^(?:\d{4}|chua-ro-nam)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Formats a problem the way compilers do, so editors can jump to it. */
export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.field}: ` : '';
  return `${p.file}:${p.line}: ${p.severity}: ${where}${p.message}`;
}

/** Validates one file's text against the schema; pure, so it is testable without files. */
export function parseDocumentFile(file: string, source: string, id: string): { document?: CorpusDocument; problems: Problem[] } {
  const split = splitFrontmatter(source);
  const problems: Problem[] = split.errors.map((e) => ({ file, line: e.line, field: '', message: e.message, severity: 'error' as const }));
  if (!idPattern.test(id)) {
    problems.push({
      file,
      line: 1,
      field: '',
      message: `file name gives the id "${id}"; expected YEAR/lower-case-ascii-words.md, e.g. 2019/kien-giang-68-ubnd-vhxh.md (chua-ro-nam/… when the year is unknown)`,
      severity: 'error',
    });
  }
  if (split.data === undefined) return { problems };
  const result = documentSchema.safeParse(split.data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      let message = issue.message;
      if (issue.code === 'invalid_type' && issue.input === undefined) {
        message = `is missing; every field must be present (write null when the value is unknown)`;
      } else if (issue.code === 'unrecognized_keys') {
        message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against src/lib/content/document-schema.ts`;
      } else if ('input' in issue && (typeof issue.input !== 'object' || issue.input === null)) {
        // Primitive inputs are worth echoing; for object-level checks the input is the whole document.
        message = `${message}; got ${JSON.stringify(issue.input)}`;
      }
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      // A missing field has no line: point at its parent (the opening "---" for top-level fields).
      const linePath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : missing ? issue.path.slice(0, -1) : issue.path;
      const line = missing && linePath.length === 0 ? 1 : split.lineOf(linePath);
      problems.push({ file, line, field, message, severity: 'error' });
    }
    return { problems: problems.sort((a, b) => a.line - b.line) };
  }
  if (result.data.fullText && split.body.trim() === '') {
    problems.push({ file, line: split.lineOf(['fullText']), field: 'fullText', message: 'is true but the body is empty; add the text or set fullText: false', severity: 'error' });
  }
  if (!result.data.fullText && split.body.trim() !== '') {
    problems.push({ file, line: split.lineOf(['fullText']), field: 'fullText', message: 'is false but the file has a body; set fullText: true', severity: 'error' });
  }
  return {
    document: { id, file, data: result.data, body: split.body, bodyLine: split.bodyLine, source },
    problems,
  };
}

/** Every .md file below `dir`, recursively; [] when `dir` does not exist. */
export function listMarkdown(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return listMarkdown(path);
    return e.isFile() && e.name.endsWith('.md') ? [path] : [];
  });
}

/**
 * Reads and validates every document under `root/content/van-ban`, collecting every problem. With a
 * parse cache (parse-cache.ts), unchanged files are not parsed again; the cache is saved at the end.
 */
export function loadCorpus(root: string, directory = documentsDirectory, options: { cache?: ParseCache } = {}): { documents: CorpusDocument[]; problems: Problem[] } {
  const base = join(root, directory);
  const documents: CorpusDocument[] = [];
  const problems: Problem[] = [];
  for (const path of listMarkdown(base).sort()) {
    const id = relative(base, path).split(sep).join('/').replace(/\.md$/, '');
    const file = relative(root, path).split(sep).join('/');
    const source = readFileSync(path, 'utf8');
    let parsed = options.cache?.get(file, source, id);
    if (!parsed) {
      parsed = parseDocumentFile(file, source, id);
      options.cache?.set(file, source, id, parsed);
    }
    if (parsed.document) documents.push(parsed.document);
    problems.push(...parsed.problems);
  }
  options.cache?.save();
  return { documents, problems };
}
