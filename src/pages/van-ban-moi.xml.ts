import type { APIRoute } from 'astro';
import { documentFeedXml } from '../lib/publishing/document-feed.ts';
import { allDocuments } from '../site/collection.ts';
import { siteBase } from '../site/site-url.ts';

/** Atom feed of the newest documents (src/lib/publishing/document-feed.ts); every page links it. */
export const GET: APIRoute = async ({ site }) =>
  new Response(documentFeedXml(await allDocuments(), siteBase(site)), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
