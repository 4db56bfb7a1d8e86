import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './citations/helpers.ts';

/**
 * `astro build` of the documents in `work/content/van-ban` (a scratch folder under the repository)
 * into `work/dist`, with Astro's cache and the corpus memos kept in `work` too, as the build tests
 * need it. Throws with Astro's output when the build fails.
 */
export function buildScratchSite(work: string): void {
  const run = spawnSync(join(repoRoot, 'node_modules/.bin/node'), ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ARCHIVE_CONTENT_DIR: `${work}/content/van-ban`,
      ARCHIVE_OUT_DIR: join(repoRoot, work, 'dist'),
      ARCHIVE_CACHE_DIR: join(repoRoot, work, 'astro'),
      ARCHIVE_CORPUS_CACHE_DIR: join(repoRoot, work, 'corpus'),
    },
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}
