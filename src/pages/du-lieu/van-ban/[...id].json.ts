import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { documentRecord } from '../../../lib/open-data/document-record.ts';
import { allDocuments } from '../../../site/collection.ts';
import { siteBase } from '../../../site/site-url.ts';

/** The JSON twin of one document page: its metadata (and, with the citation engine, its references). */
export const getStaticPaths = (async () => {
  return (await allDocuments()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CollectionEntry<'documents'> };
  return new Response(JSON.stringify(documentRecord(entry, siteBase(site)), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
