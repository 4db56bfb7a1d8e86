// Reads the full-text seed bodies the synthesiser draws its sentences from (shared by
// scripts/corpus-synth.ts, scripts/bench.ts and tests/unit/bench).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';

/** Bodies of the full-text documents under `dir`, in path order. */
export function readSeedBodies(dir: string): string[] {
  const bodies: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) {
        const split = splitFrontmatter(readFileSync(p, 'utf8'));
        const data = split.data as { fullText?: boolean } | undefined;
        if (data?.fullText === true && split.body.trim() !== '') bodies.push(split.body);
      }
    }
  };
  walk(dir);
  return bodies;
}
