/** Absolute base URL of the deployed site (SITE_URL + BASE_PATH), ending in "/": open data links must be absolute. */
export function siteBase(site: URL | undefined): string {
  const origin = site?.origin ?? 'https://example.org';
  return `${origin}${import.meta.env.BASE_URL.replace(/\/?$/, '/')}`;
}
