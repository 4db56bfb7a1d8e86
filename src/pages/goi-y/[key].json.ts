import type { APIRoute, GetStaticPaths } from 'astro';
import type { CatalogueShard } from '../../lib/search/suggest-catalogue.ts';
import { suggestCatalogue } from '../../site/suggest-catalogue.ts';

/**
 * The suggestion catalogue's shards (src/lib/search/suggest-catalogue.ts): /goi-y/n56.json,
 * /goi-y/wbin.json… Read by src/scripts/search-suggest.ts while a reader types.
 */
export const getStaticPaths = (async () => {
  const shards = await suggestCatalogue();
  return [...shards].map(([key, shard]) => ({ params: { key }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { shard: CatalogueShard }).shard), { headers: { 'Content-Type': 'application/json' } });
