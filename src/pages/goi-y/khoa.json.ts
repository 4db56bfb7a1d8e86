import type { APIRoute } from 'astro';
import { buildCatalogue } from '../../lib/search/suggest-catalogue.ts';
import { allDocuments } from '../../site/collection.ts';

/**
 * The keys of the suggestion catalogue's shards, one string ("n14 n56 wbin …"): fetched when a
 * search box gets focus, so that a word no title has costs no request (and no 404).
 */
export const GET: APIRoute = async () => new Response(JSON.stringify([...buildCatalogue(await allDocuments()).keys()].join(' ')), { headers: { 'Content-Type': 'application/json' } });
