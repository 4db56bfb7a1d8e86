import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built site served from dist/, ending in "/". */
    siteUrl: string;
    /** URL of the same site built with a search index of several shards (shardedSite below), ending in "/". */
    shardedSiteUrl: string;
  }
}

/**
 * The same corpus built a second time with a search index of several shards (31 documents, shards
 * of about 8), so that the search page's shard loading runs on a real build: the default build has
 * a single shard. Its own output and caches, under .cache/ (ARCHIVE_SHARDS_OUT_DIR elsewhere).
 */
export const shardedSite = {
  outDir: process.env.ARCHIVE_SHARDS_OUT_DIR ?? '.cache/dist-shards',
  shardTarget: 8,
  /** Its public address (SITE_URL), so that canonical links, the sitemap and the feed are tested with one. */
  siteUrl: 'https://van-ban.example.vn',
};

/** Builds the sharded site with `npm run build`'s steps (scripts/build.ts: validate, astro build, search index, precompress). */
export function buildShardedSite(): void {
  const { outDir, shardTarget } = shardedSite;
  console.log(`Building the site with a sharded search index into ${outDir}/ (ARCHIVE_SEARCH_SHARD_TARGET=${shardTarget}).`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: `${outDir}-cache/astro`,
    ARCHIVE_SEARCH_CACHE_DIR: `${outDir}-cache/search`,
    ARCHIVE_SEARCH_SHARD_TARGET: String(shardTarget),
    SITE_URL: shardedSite.siteUrl,
  };
  // Always the archive's own corpus (tests/browser/search-shards.test.ts names its documents), even
  // when the main build under test is a synthetic one.
  delete env.ARCHIVE_CONTENT_DIR;
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error(`The sharded build into ${outDir}/ failed, so the browser tests cannot run.`);
}

const mtime = (path: string) => statSync(path).mtimeMs;

// Browser tests run against the built site, as a reader gets it from a static host.
export default async function setup(project: TestProject) {
  const root = process.env.ARCHIVE_OUT_DIR ?? 'dist';
  if (!existsSync(`${root}/index.html`)) {
    throw new Error('dist/ is missing: browser tests need the built site. Run `npm test` (it builds first) or `npm run build`.');
  }
  // Built here, so that the browser suite runs alone too: when missing, or older than the main build
  // (`npm test` builds dist/ first, so the sharded build follows it).
  const sharded = `${shardedSite.outDir}/index.html`;
  if (!existsSync(sharded) || mtime(sharded) < mtime(`${root}/index.html`)) buildShardedSite();
  const base = process.env.BASE_PATH ?? '/';
  const main = await startStaticServer({ root, port: 0, base });
  const shards = await startStaticServer({ root: shardedSite.outDir, port: 0, base });
  project.provide('siteUrl', main.url);
  project.provide('shardedSiteUrl', shards.url);
  return () => Promise.all([main, shards].map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))));
}
