import { loadCorpus, type CorpusDocument, type Problem } from '../content/corpus.ts';
import { projectAnalysisCache } from '../citations/analysis-cache.ts';
import { createRegistry } from '../citations/registry.ts';
import { projectParseCache } from '../content/parse-cache.ts';
import type { CheckContext, CorpusCheck } from './corpus-check.ts';
import { duplicateIdentity } from './checks/duplicate-identity.ts';
import { futureDate } from './checks/future-date.ts';
import { identityConsistency } from './checks/identity-consistency.ts';
import { issuerExistence } from './checks/issuer-existence.ts';
import { nfc } from './checks/nfc.ts';
import { rawHtml } from './checks/raw-html.ts';
import { unresolvedReferences } from './checks/unresolved-references.ts';
import { unsafeLinks } from './checks/unsafe-links.ts';

/** Every corpus check, in the order their problems are listed. */
export const corpusChecks: readonly CorpusCheck[] = [duplicateIdentity, futureDate, issuerExistence, identityConsistency, nfc, rawHtml, unsafeLinks, unresolvedReferences];

export interface ValidationReport {
  documents: CorpusDocument[];
  problems: Problem[];
  errors: number;
  warnings: number;
}

/** Runs the schema and every check over the documents; collects all problems, never stops at the first. */
export function checkDocuments(documents: CorpusDocument[], schemaProblems: Problem[], today = new Date(), analyze?: CheckContext['analyze']): ValidationReport {
  const problems = [...schemaProblems];
  for (const check of corpusChecks) problems.push(...check.run(documents, { today, ...(analyze ? { analyze } : {}) }));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    documents,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/**
 * Validates the corpus of the project at `root`. With `cached`, files and citation analyses
 * unchanged since the last run are taken from the project's memos (node_modules/.cache).
 */
export function validateCorpus(root: string, today = new Date(), options: { cached?: boolean } = {}): ValidationReport {
  if (!options.cached) {
    const { documents, problems } = loadCorpus(root);
    return checkDocuments(documents, problems, today);
  }
  const { documents, problems } = loadCorpus(root, undefined, { cache: projectParseCache(root) });
  const analysis = projectAnalysisCache(root, createRegistry(documents));
  const report = checkDocuments(documents, problems, today, (doc) => analysis.analyze(doc));
  analysis.save();
  return report;
}
