/** URLs of the implementation tracker, without the deployment base. Promises to readers: change only with redirects. */
export const trackerPaths = {
  index: () => '/thuc-hien/',
  tracker: (id: string) => `/thuc-hien/${id}/`,
  json: (id: string) => `/du-lieu/thuc-hien/${id}.json`,
  csv: (id: string) => `/du-lieu/thuc-hien/${id}.csv`,
  indexJson: () => '/du-lieu/thuc-hien.json',
  /** Anchor of a province's row in a tracker's table. */
  provinceAnchor: (slug: string) => `tinh-${slug}`,
};
