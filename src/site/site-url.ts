/** Absolute base URL of the deployed site (SITE_URL + BASE_PATH), ending in "/": open data links must be absolute. */
export function siteBase(site: URL | undefined): string {
  const origin = site?.origin ?? 'https://example.org';
  return `${origin}${import.meta.env.BASE_URL.replace(/\/?$/, '/')}`;
}

/**
 * The absolute URL of a page (its path with the base path, as in Astro.url.pathname) when the
 * site's public address is known (SITE_URL at build time), else null: a canonical link or og:url
 * naming the placeholder https://example.org would be worse than none.
 */
export function publicUrl(pathname: string): string | null {
  const site = process.env.SITE_URL;
  if (!site) return null;
  return new URL(pathname, new URL(site).origin).href;
}
