import { loadCorpus, type CorpusDocument, type Problem } from '../content/corpus.ts';
import { projectAnalysisCache } from '../citations/analysis-cache.ts';
import { createRegistry } from '../citations/registry.ts';
import { projectParseCache } from '../content/parse-cache.ts';
import type { CheckContext, CorpusCheck } from './corpus-check.ts';
import { attachment } from './checks/attachment.ts';
import { declaredRelations } from './checks/declared-relations.ts';
import { duplicateIdentity } from './checks/duplicate-identity.ts';
import { formerProvinceName } from './checks/former-province-name.ts';
import { futureDate } from './checks/future-date.ts';
import { identityConsistency } from './checks/identity-consistency.ts';
import { issuerExistence } from './checks/issuer-existence.ts';
import { nfc } from './checks/nfc.ts';
import { originalFile } from './checks/original-file.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawHtml } from './checks/raw-html.ts';
import { unresolvedReferences } from './checks/unresolved-references.ts';
import { unsafeLinks } from './checks/unsafe-links.ts';

/** Every corpus check, in the order their problems are listed. */
export const corpusChecks: readonly CorpusCheck[] = [duplicateIdentity, futureDate, issuerExistence, formerProvinceName, identityConsistency, nfc, rawHtml, unsafeLinks, originalFile, unresolvedReferences, attachment, declaredRelations];

export interface ValidationReport {
  documents: CorpusDocument[];
  problems: Problem[];
  errors: number;
  warnings: number;
}

/** Runs the schema and every check over the documents; collects all problems, never stops at the first. */
export function checkDocuments(documents: CorpusDocument[], schemaProblems: Problem[], today = new Date(), analyze?: CheckContext['analyze'], readFile?: CheckContext['readFile']): ValidationReport {
  const problems = [...schemaProblems];
  for (const check of corpusChecks) {
    for (const problem of check.run(documents, { today, ...(analyze ? { analyze } : {}), ...(readFile ? { readFile } : {}) })) problems.push({ ...problem, check: check.name });
  }
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
    return checkDocuments(documents, problems, today, undefined, projectFileReader(root));
  }
  const { documents, problems } = loadCorpus(root, undefined, { cache: projectParseCache(root) });
  const analysis = projectAnalysisCache(root, createRegistry(documents));
  const report = checkDocuments(documents, problems, today, (doc) => analysis.analyze(doc), projectFileReader(root));
  analysis.save();
  return report;
}

function projectFileReader(root: string): (path: string) => Uint8Array | null {
  return (path) => {
    try {
      return readFileSync(join(root, path));
    } catch {
      return null;
    }
  };
}
