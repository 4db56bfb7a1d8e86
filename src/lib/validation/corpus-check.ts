import type { Citation } from '../citations/types.ts';
import type { CorpusDocument, Problem } from '../content/corpus.ts';

/**
 * A corpus-wide check: gets every document that passed the schema, returns problems. Checks are
 * pure so each can be tested on in-memory documents; src/lib/validation/validate-corpus.ts runs them all.
 */
export interface CorpusCheck {
  /** Short name shown in summaries, e.g. "duplicate-identity". */
  name: string;
  run(documents: readonly CorpusDocument[], context: CheckContext): Problem[];
}

export interface CheckContext {
  /** "Today" for date checks; injectable so tests are stable. */
  today: Date;
  /**
   * The citation engine's analysis of a document against the registry of these documents; a memo's
   * (analysis-cache.ts) when validating the project, the engine itself by default.
   */
  analyze?: (document: CorpusDocument) => { citations: Citation[] };
  /** Reads a file of the project (path relative to it), or null when it does not exist; checks of kept originals are skipped without it. */
  readFile?: (path: string) => Uint8Array | null;
}
