import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { documentSchema, type DocumentData } from './document-schema.ts';
import { fieldPaths } from './field-paths.ts';
import { decodeDocumentBytes } from './file-encoding.ts';
import { checkFileText } from './file-text.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ParseCache } from './parse-cache.ts';
import { yearFolderProblem } from './year-folder.ts';

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

/** What `handCompleted` may list: every field and sub-field of the schema (field-paths.ts), but itself. */
const handCompletedNames = new Set(fieldPaths(documentSchema).filter((path) => path !== 'handCompleted'));

/** Levenshtein distance, for suggesting the field a misspelt handCompleted entry meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** Validates one file's text against the schema; pure, so it is testable without files. */
export function parseDocumentFile(file: string, source: string, id: string): { document?: CorpusDocument; problems: Problem[] } {
  const checked = checkFileText(source);
  const problems: Problem[] = checked.problems.map((p) => ({ file, line: p.line, field: '', message: p.message, severity: p.severity }));
  if (!checked.readable) return { problems };
  const split = splitFrontmatter(checked.text);
  problems.push(...split.errors.map((e) => ({ file, line: e.line, field: '', message: e.message, severity: 'error' as const })));
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
  const [folder, ...rest] = id.split('/');
  const misfiled = idPattern.test(id) ? yearFolderProblem(folder!, result.data.year, `${rest.join('/')}.md`) : null;
  if (misfiled) problems.push({ file, line: split.lineOf(['year']), field: 'year', message: misfiled, severity: 'error' });
  result.data.handCompleted.forEach((name, i) => {
    if (handCompletedNames.has(name)) return;
    const near = [...handCompletedNames].filter((known) => known.toLowerCase() === name.toLowerCase() || known.endsWith(`.${name}`) || editDistance(known, name) <= 2).slice(0, 3);
    problems.push({
      file,
      line: split.lineOf(['handCompleted', i]),
      field: 'handCompleted',
      message: `"${name}" is not a field name${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}; list the fields completed or corrected by hand, by name ("province") or dotted path ("issuer.name", "quality.notes")`,
      severity: 'error',
    });
  });
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

/** A file under the documents directory that is not read as a document, and why. */
export interface SkippedFile {
  path: string;
  message: string;
}

/**
 * The document files below `dir` (real files ending in ".md"), recursively, and every other entry a
 * person may have meant as a document, with what to do about it: ".MD", ".markdown", ".txt" and other
 * files, and symbolic links (never followed). Hidden entries (".gitkeep", ".DS_Store") are ignored, and
 * so is a document's kept original beside it under the same name ("x.pdf" beside "x.md").
 * Nothing when `dir` does not exist.
 */
export function listContentFiles(dir: string): { markdown: string[]; skipped: SkippedFile[] } {
  const markdown: string[] = [];
  const skipped: SkippedFile[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(folder, e.name);
      // The original a document was imported from, kept beside it under its name
      // (2025/x.md and 2025/x.pdf): checked against the document's source record by validate.
      const stem = e.name.slice(0, e.name.length - extname(e.name).length);
      if (e.isFile() && !e.name.endsWith('.md') && extname(e.name) === extname(e.name).toLowerCase() && names.has(`${stem}.md`)) continue;
      if (e.isSymbolicLink()) skipped.push({ path, message: 'not read: a symbolic link; document files must be real files: copy the file here instead of linking it' });
      else if (e.isDirectory()) walk(path);
      else if (e.isFile() && e.name.endsWith('.md')) markdown.push(path);
      else if (e.isFile()) skipped.push({ path, message: skippedFileMessage(e.name) });
    }
  };
  walk(dir);
  return { markdown, skipped };
}

function skippedFileMessage(name: string): string {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  if (/^\.(?:md|markdown|mdown|mkd)$/iu.test(extension)) {
    return `not read: only files ending in ".md" (lower case) are documents; rename it to "${stem}.md"`;
  }
  if (/^\.txt$/iu.test(extension)) {
    return `not read: a raw text is not a document; import it with npm run import -- ${name} (or add the frontmatter and rename it to "${stem}.md")`;
  }
  return `not read: only ".md" files are documents; move it out of content/, or rename it to "${stem}.md" if it is a document`;
}

/** Every .md file below `dir`, recursively; [] when `dir` does not exist. */
export function listMarkdown(dir: string): string[] {
  return listContentFiles(dir).markdown;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file's text, or why it cannot be read as UTF-8 (file-encoding.ts); the common case costs one decode. */
function readDocumentText(path: string): { text?: string; problems: Array<{ line: number; message: string }> } {
  const bytes = readFileSync(path);
  // UTF-16 without a byte order mark can be valid UTF-8 (ASCII and NULs): ask the full check about NULs.
  if (!bytes.includes(0)) {
    try {
      return { text: utf8.decode(bytes), problems: [] };
    } catch {
      // Not UTF-8: located below.
    }
  }
  return decodeDocumentBytes(bytes);
}

/**
 * Reads and validates every document under `root/content/van-ban`, collecting every problem. With a
 * parse cache (parse-cache.ts), unchanged files are not parsed again; the cache is saved at the end.
 */
export function loadCorpus(root: string, directory = documentsDirectory, options: { cache?: ParseCache } = {}): { documents: CorpusDocument[]; problems: Problem[] } {
  const base = join(root, directory);
  const documents: CorpusDocument[] = [];
  const problems: Problem[] = [];
  const { markdown, skipped } = listContentFiles(base);
  for (const { path, message } of skipped) problems.push({ file: relative(root, path).split(sep).join('/'), line: 1, field: '', message, severity: 'warning' });
  for (const path of markdown.sort()) {
    const id = relative(base, path).split(sep).join('/').replace(/\.md$/, '');
    const file = relative(root, path).split(sep).join('/');
    const decoded = readDocumentText(path);
    if (decoded.text === undefined) {
      problems.push(...decoded.problems.map((p) => ({ file, line: p.line, field: '', message: p.message, severity: 'error' as const })));
      continue;
    }
    const source = decoded.text;
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
