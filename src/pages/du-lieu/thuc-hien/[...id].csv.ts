import type { APIRoute, GetStaticPaths } from 'astro';
import { paths } from '../../../lib/archive/paths.ts';
import { pageCacheKey } from '../../../lib/archive/page-cache-key.ts';
import type { Tracker } from '../../../lib/implementation/tracker.ts';
import { trackerCsv, trackerRecord } from '../../../lib/implementation/tracker-record.ts';
import { implementationTrackers } from '../../../site/implementation.ts';
import { siteBase } from '../../../site/site-url.ts';

export const getStaticPaths = (async () => {
  const { trackers } = await implementationTrackers();
  return trackers.map((tracker) => ({ params: { id: tracker.target.id }, props: { tracker }, cacheKey: pageCacheKey('tracker-csv', tracker) }));
}) satisfies GetStaticPaths;

/** One tracker as CSV, one row per implementing document: /du-lieu/thuc-hien/YEAR/NAME.csv. */
export const GET: APIRoute = ({ props, site }) => {
  const base = siteBase(site);
  const record = trackerRecord((props as { tracker: Tracker }).tracker, (id) => new URL(paths.document(id).slice(1), base).href);
  return new Response(trackerCsv(record), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
