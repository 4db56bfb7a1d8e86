// npm run corpus:synth -- --docs N --out DIR [--seed S] [--force]
// Writes a deterministic synthetic corpus (src/lib/synth) built from the seed documents' sentences:
// N full-text documents plus fullText:false entries for the central documents they cite.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeedBodies } from './bench-seeds.ts';
import { buildSentenceBank } from '../src/lib/synth/sentences.ts';
import { synthesizeCorpus } from '../src/lib/synth/generate.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20260601' },
    force: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'content/van-ban' },
  },
});

const docs = Number(values.docs);
if (!Number.isInteger(docs) || docs < 1 || !values.out) {
  console.error('usage: npm run corpus:synth -- --docs N --out DIR [--seed S] [--force]');
  process.exit(2);
}

const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0) {
  if (!values.force) {
    console.error(`${out} is not empty; pass --force to replace its contents.`);
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
}

const bodies = readSeedBodies(resolve(values.seeds));
const bank = buildSentenceBank(bodies);
const { documents, central } = synthesizeCorpus({ docs, seed: Number(values.seed), bank });
for (const doc of [...central, ...documents]) {
  const path = join(out, `${doc.id}.md`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, doc.source);
}
console.error(
  `Wrote ${documents.length} synthetic documents and ${central.length} central entries to ${out} ` +
    `(${bodies.length} seeds, ${bank.sentences.length} sentences, ${bank.headings.length} headings).`,
);
