import type { APIRoute } from 'astro';
import { newestFirst } from '../../lib/archive/ordering.ts';
import { documentRecord } from '../../lib/open-data/document-record.ts';
import { allDocuments } from '../../site/collection.ts';
import { siteBase } from '../../site/site-url.ts';
import { validityOf } from '../../site/validity.ts';
import { validityRecord } from '../../lib/open-data/structure-record.ts';

/** Every document's metadata in one file, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const records = await Promise.all(
    newestFirst(await allDocuments()).map(async (entry) => ({ ...documentRecord(entry, siteBase(site)), validityStatus: validityRecord(await validityOf(entry.id)) })),
  );
  return new Response(JSON.stringify({ documents: records }, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
