/**
 * The archive's URL scheme, without the deployment base path. These paths are promises to readers
 * and to other sites that link here: change them only with redirects.
 */
export const paths = {
  home: () => '/',
  documents: () => '/van-ban/',
  /** Page `page` (1-based) of the list of every document: page 1 is /van-ban/, page 2 /van-ban/trang/2/. */
  documentsPage: (page: number) => listPage('/van-ban/', page),
  document: (id: string) => `/van-ban/${id}/`,
  documentJson: (id: string) => `/du-lieu/van-ban/${id}.json`,
  /** The kept original of a document, e.g. /ban-goc/2025/lam-dong-303-ttr-snv.pdf. */
  original: (id: string, extension: string) => `/ban-goc/${id}${extension}`,
  provinces: () => '/tinh/',
  province: (slug: string) => `/tinh/${slug}/`,
  years: () => '/nam/',
  /** A year's documents; null gives the list of documents whose year is unknown, /nam/chua-ro-nam/. */
  year: (year: number | null) => `/nam/${year ?? 'chua-ro-nam'}/`,
  types: () => '/loai/',
  type: (slug: string) => `/loai/${slug}/`,
  /** Page `page` of a type's documents: page 1 is /loai/SLUG/, page 3 /loai/SLUG/trang/3/. */
  typePage: (slug: string, page: number) => listPage(`/loai/${slug}/`, page),
  about: () => '/gioi-thieu/',
  guide: () => '/huong-dan-su-dung/',
  openData: () => '/du-lieu/',
  citationGraph: () => '/du-lieu/trich-dan.json',
  search: () => '/tim-kiem/',
  /** Atom feed of the newest documents. */
  feed: () => '/van-ban-moi.xml',
  sitemap: () => '/sitemap.xml',
};

/**
 * Page `page` (1-based) of the list at `listPath`: page 1 is the list's own path, page N ≥ 2 is
 * `<listPath>trang/N/`. Document ids start with a four-digit year or "chua-ro-nam" (idPattern in
 * src/lib/content/corpus.ts), so /van-ban/trang/N/ never names a document.
 */
export function listPage(listPath: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be an integer from 1; got ${page}`);
  return page === 1 ? listPath : `${listPath}trang/${page}/`;
}

/** Joins the deployment base ("/" or "/sub/") and a site path. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}
