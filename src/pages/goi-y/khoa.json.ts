import type { APIRoute } from 'astro';
import { suggestCatalogue } from '../../site/suggest-catalogue.ts';

/**
 * The keys of the suggestion catalogue's shards, one string ("n14 n56 wbin …"): fetched when a
 * search box gets focus, so that a word no title has costs no request (and no 404).
 */
export const GET: APIRoute = async () => new Response(JSON.stringify([...(await suggestCatalogue()).keys()].join(' ')), { headers: { 'Content-Type': 'application/json' } });
