import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadCorpus, type CorpusDocument } from '../../../src/lib/content/corpus.ts';
import { analyze, type AnalyzeOptions } from '../../../src/lib/citations/analyze.ts';
import { noContext } from '../../../src/lib/citations/context.ts';
import { createRegistry, type Registry } from '../../../src/lib/citations/registry.ts';
import type { Citation, CitingContext } from '../../../src/lib/citations/types.ts';

/** Repository root, for the corpus in content/van-ban. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The five raw seed texts, copied into tests/fixtures/seeds so the tests do not depend on outside files. */
export const seedFiles = {
  '000': '000_fba281767e79f56d.txt',
  '001': '001_9289062c3f365e97.txt',
  '002': '002_dcadee23f926a999.txt',
  '003': '003_aaf54b9f7f739520.txt',
  '004': '004_946cc501dae8df0f.txt',
} as const;
export type SeedName = keyof typeof seedFiles;

export function seedText(seed: SeedName): string {
  return readFileSync(new URL(`../../fixtures/seeds/${seedFiles[seed]}`, import.meta.url), 'utf8');
}

export function markdownFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/markdown/${name}`, import.meta.url), 'utf8');
}

/** The citing context each seed's frontmatter gives (vietnamese-documents.md §6). */
export const seedContexts: Record<SeedName, CitingContext> = {
  '000': context({ level: 'tinh', province: 'kien-giang', issuerCode: 'UBND', numberSymbol: '68/UBND-VHXH', year: 2019 }),
  '001': context({ level: 'tinh', province: 'lang-son', issuerCode: 'UBND', numberSymbol: '96/KH-UBND', year: 2018 }),
  '002': context({ level: 'tinh', province: 'kon-tum', year: 2018 }),
  '003': context({ level: 'huyen', province: 'bac-giang', district: 'Tân Yên', issuerCode: 'UBND', numberSymbol: '146/UBND-LĐTBXH', year: 2019 }),
  '004': context({ level: 'tinh', province: 'thanh-hoa', issuerCode: 'BVSTBCPN', numberSymbol: '2458/BVSTBCPN-VX', year: 2015 }),
};

export function context(partial: Partial<CitingContext>): CitingContext {
  return { ...noContext, ...partial };
}

let corpusCache: CorpusDocument[] | undefined;
/** Every document of the archive (content/van-ban). */
export function corpus(): CorpusDocument[] {
  corpusCache ??= loadCorpus(repoRoot).documents;
  return corpusCache;
}

/** Documents known only from citations: the entries this engine's work added to content/. */
export function citedOnly(): CorpusDocument[] {
  return corpus().filter((d) => !d.data.fullText);
}

let registryCache: Registry | undefined;
export function archiveRegistry(): Registry {
  registryCache ??= createRegistry(corpus());
  return registryCache;
}

/** Runs the engine and checks the one invariant every result must keep: offsets point into the input. */
export function cite(input: string, options: AnalyzeOptions = {}): Citation[] {
  const { citations } = analyze(input, options);
  for (const c of citations) {
    expect(input.slice(c.start, c.end)).toBe(c.raw);
    expect(c.start).toBeLessThanOrEqual(c.coreStart);
    expect(c.coreEnd).toBeLessThanOrEqual(c.end);
  }
  return citations;
}

/** The single reference in a text. */
export function only(input: string, options: AnalyzeOptions = {}): Citation {
  const citations = cite(input, options);
  expect(citations, `references in ${JSON.stringify(input)}`).toHaveLength(1);
  return citations[0]!;
}

/** Whitespace collapsed, for comparing spans that cross line breaks. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');
