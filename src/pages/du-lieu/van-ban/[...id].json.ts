import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCacheKey } from '../../../lib/archive/page-cache-key.ts';
import type { CorpusDocument } from '../../../lib/content/corpus.ts';
import { documentRecord } from '../../../lib/open-data/document-record.ts';
import { allDocuments } from '../../../site/collection.ts';
import { citationGraph } from '../../../site/citation-graph.ts';
import type { GraphEdge } from '../../../lib/citations/index.ts';
import { siteBase } from '../../../site/site-url.ts';
import { validityOf } from '../../../site/validity.ts';
import { structureRecord, validityRecord } from '../../../lib/open-data/structure-record.ts';
import type { Validity } from '../../../lib/validity/derive.ts';

/** The JSON twin of one document page: its metadata, the references in its text, and what cites it. */
export const getStaticPaths = (async () => {
  const graph = await citationGraph();
  return Promise.all((await allDocuments()).map(async (entry) => {
    const references = graph.edgesFrom(entry.id);
    const citedBy = graph.edgesTo(entry.id);
    const validity = await validityOf(entry.id);
    return { params: { id: entry.id }, props: { entry, references, citedBy, validity }, cacheKey: pageCacheKey(entry.source, references, citedBy, validity) };
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry, references, citedBy, validity } = props as { entry: CorpusDocument; references: GraphEdge[]; citedBy: GraphEdge[]; validity: Validity };
  const record = { ...documentRecord(entry, siteBase(site)), validityStatus: validityRecord(validity), structure: structureRecord(entry), references, citedBy };
  return new Response(JSON.stringify(record, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
