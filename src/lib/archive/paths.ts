/**
 * The archive's URL scheme, without the deployment base path. These paths are promises to readers
 * and to other sites that link here: change them only with redirects.
 */
export const paths = {
  home: () => '/',
  documents: () => '/van-ban/',
  document: (id: string) => `/van-ban/${id}/`,
  documentJson: (id: string) => `/du-lieu/van-ban/${id}.json`,
  provinces: () => '/tinh/',
  province: (slug: string) => `/tinh/${slug}/`,
  years: () => '/nam/',
  year: (year: number) => `/nam/${year}/`,
  types: () => '/loai/',
  type: (slug: string) => `/loai/${slug}/`,
  about: () => '/gioi-thieu/',
  guide: () => '/huong-dan-su-dung/',
  openData: () => '/du-lieu/',
  citationGraph: () => '/du-lieu/trich-dan.json',
  search: () => '/tim-kiem/',
};

/** Joins the deployment base ("/" or "/sub/") and a site path. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}
