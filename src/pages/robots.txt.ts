import type { APIRoute } from 'astro';
import { paths } from '../lib/archive/paths.ts';
import { robotsTxt } from '../lib/publishing/sitemap.ts';
import { href } from '../site/href.ts';
import { publicUrl } from '../site/site-url.ts';

/**
 * robots.txt. The sitemap (written by scripts/write-sitemap.ts after the build) is named only when
 * SITE_URL gives the public address. Crawlers read robots.txt at the root of a host only: under a
 * BASE_PATH, copy its lines into the host's own robots.txt.
 */
export const GET: APIRoute = () =>
  new Response(robotsTxt(import.meta.env.BASE_URL, publicUrl(href(paths.sitemap()))), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
