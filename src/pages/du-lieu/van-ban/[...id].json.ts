import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { documentRecord } from '../../../lib/open-data/document-record.ts';
import { allDocuments } from '../../../site/collection.ts';
import { citationGraph } from '../../../site/citation-graph.ts';
import { siteBase } from '../../../site/site-url.ts';

/** The JSON twin of one document page: its metadata, the references in its text, and what cites it. */
export const getStaticPaths = (async () => {
  return (await allDocuments()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CollectionEntry<'documents'> };
  const graph = await citationGraph();
  const record = {
    ...documentRecord(entry, siteBase(site)),
    references: graph.edges.filter((e) => e.from === entry.id),
    citedBy: graph.edges.filter((e) => e.to === entry.id),
  };
  return new Response(JSON.stringify(record, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
