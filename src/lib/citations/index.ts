/**
 * Public API of the citation engine. Pure TypeScript, no Astro imports: the site, the importer, the
 * `npm run cite` command and the tests all use these.
 *
 * Stages: normalize → find → identify → resolve → annotate; `analyze` runs them all.
 */
export { analyze, analyzeDocument, findCitations, titleSeparator, type Analysis, type AnalyzeOptions, type AnalysableDocument } from './analyze.ts';
export { annotate, documentUrl, linkSpecs, linkTitle, type LinkSpec } from './annotate.ts';
export { citingContext, noContext, type ContextSource } from './context.ts';
export { isoDate } from './dates.ts';
export { contextFromHeader } from './header-context.ts';
export { find, type FindOptions, type Found } from './find.ts';
export {
  buildCitationGraph,
  type CitationGraph,
  type GraphDocument,
  type GraphEdge,
  type GraphNode,
  type RelationGroup,
  type RelationGroupItem,
} from './graph.ts';
export { identify } from './identify.ts';
export { normalize, type Normalized } from './normalize.ts';
export { createRegistry, emptyRegistry, type Registry, type RegistryEntry, type RegistrySource } from './registry.ts';
export { inverseRelationLabels, relationBefore, relationLabels, relations } from './relation.ts';
export { remarkCitations, type RemarkCitationsOptions } from './remark-citations.ts';
export { resolve, type Resolution } from './resolve.ts';
export type { Citation, CitationShape, CitationStatus, CitingContext, Identity, Relation } from './types.ts';
