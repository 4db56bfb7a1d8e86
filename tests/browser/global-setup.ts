import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built site served from dist/, ending in "/". */
    siteUrl: string;
  }
}

// Browser tests run against the built site, as a reader gets it from a static host.
export default async function setup(project: TestProject) {
  const root = process.env.ARCHIVE_OUT_DIR ?? 'dist';
  if (!existsSync(`${root}/index.html`)) {
    throw new Error('dist/ is missing: browser tests need the built site. Run `npm test` (it builds first) or `npm run build`.');
  }
  const { server, url } = await startStaticServer({ root, port: 0, base: process.env.BASE_PATH ?? '/' });
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
