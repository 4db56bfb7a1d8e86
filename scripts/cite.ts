// npm run cite -- FILE… : prints the references found in any UTF-8 text, one JSON object per line.
// With no file, or "-", reads standard input. Offsets are UTF-16 code unit offsets into the decoded
// input (as JavaScript's String#slice counts; a leading byte order mark counts as one). References
// are resolved against the archive in content/van-ban/. A file with frontmatter is read as an archive
// document (its frontmatter gives the citing context, only the body is searched); a raw text gets
// its context from its header when it has one. Exit 0; exit 2 when an input cannot be read or is not
// UTF-8 (the other inputs are still processed).
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { loadCorpus } from '../src/lib/content/corpus.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { analyze } from '../src/lib/citations/analyze.ts';
import { citingContext, type ContextSource } from '../src/lib/citations/context.ts';
import { contextFromHeader } from '../src/lib/citations/header-context.ts';
import { createRegistry } from '../src/lib/citations/registry.ts';
import type { CitingContext } from '../src/lib/citations/types.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readInput(name: string): string {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const bytes = name === '-' ? readFileSync(0) : readFileSync(resolvePath(process.env.INIT_CWD ?? process.cwd(), name));
  return decoder.decode(bytes);
}

/** The part of the input to search, its offset, and the citing context. */
function prepare(text: string): { from: number; body: string; context: CitingContext } {
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
    const split = splitFrontmatter(text);
    if (split.data && typeof split.data === 'object') {
      const from = text.length - split.body.length;
      return { from, body: split.body, context: citingContext(split.data as ContextSource) };
    }
  }
  return { from: 0, body: text, context: contextFromHeader(text) };
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const names = process.argv.slice(2);
const inputs = names.length ? names : ['-'];
const registry = createRegistry(loadCorpus(process.cwd()).documents);
let failed = false;

for (const name of inputs) {
  let text: string;
  try {
    text = readInput(name);
  } catch (error) {
    failed = true;
    const what = name === '-' ? 'standard input' : name;
    const why = error instanceof TypeError ? 'it is not valid UTF-8 text' : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    console.error(`cite: cannot read ${what}: ${why}`);
    continue;
  }
  const { from, body, context } = prepare(text);
  for (const c of analyze(body, { registry, context }).citations) {
    const line = {
      file: name,
      raw: c.raw,
      start: c.start + from,
      end: c.end + from,
      shape: c.shape,
      type: c.type,
      number: c.number,
      year: c.year,
      symbol: c.symbol,
      numberSymbol: c.numberSymbol,
      issuer: c.issuer,
      date: c.date,
      relation: c.relation,
      key: c.key,
      status: c.status,
      reason: c.reason,
      documentId: c.documentId,
      self: c.self,
      notes: c.notes,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
process.exitCode = failed ? 2 : 0;
