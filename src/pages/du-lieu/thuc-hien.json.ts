import type { APIRoute } from 'astro';
import { paths } from '../../lib/archive/paths.ts';
import { trackerPaths } from '../../lib/implementation/paths.ts';
import { implementationTrackers } from '../../site/implementation.ts';
import { siteBase } from '../../site/site-url.ts';

/** Every tracker with its summary and the addresses of its page and data. */
export const GET: APIRoute = async ({ site }) => {
  const base = siteBase(site);
  const url = (path: string) => new URL(path.slice(1), base).href;
  const { trackers } = await implementationTrackers();
  const records = trackers.map((t) => ({
    id: t.target.id,
    url: url(paths.document(t.target.id)),
    type: t.target.type,
    numberSymbol: t.target.numberSymbol,
    title: t.target.title,
    issued: t.target.issued,
    era: t.era,
    summary: t.summary,
    tracker: url(trackerPaths.tracker(t.target.id)),
    json: url(trackerPaths.json(t.target.id)),
    csv: url(trackerPaths.csv(t.target.id)),
  }));
  return new Response(JSON.stringify({ trackers: records }, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
