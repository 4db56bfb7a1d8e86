/**
 * Which files of the output folder a build left over from earlier builds. The site is built
 * without emptying dist/ (astro.config.mjs): Astro's incremental build then keeps unchanged pages
 * where they are instead of deleting 20,000 files and copying them back from its cache. What the
 * build did not write and Astro's incremental manifest does not claim (a deleted document's page,
 * a list page that no longer exists, assets of an older build) must go, or the site would keep
 * serving it.
 */
export interface OutputFile {
  /** Path relative to the output folder, "/"-separated: "van-ban/2019/x/index.html". */
  path: string;
  mtimeMs: number;
}

/** Output files claimed by Astro's incremental manifest (cacheDir/incremental-build.json). */
export function manifestOutputs(manifest: unknown): Set<string> {
  const outputs = new Set<string>();
  const routes = (manifest as { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> } | null)?.routes ?? {};
  for (const route of Object.values(routes)) {
    for (const entry of Object.values(route.paths ?? {})) if (typeof entry.outputFile === 'string') outputs.add(entry.outputFile);
  }
  return outputs;
}

/** Suffixes of the compressed twins scripts/precompress.ts writes next to a file after the build. */
const twinSuffixes = ['.br', '.gz'];

/**
 * Files older than the build's start (`since`, ms) and not in `kept`. `ignored` names folders (the
 * search index, rebuilt by its own step) or single files (written after the sweep) left alone.
 * A compressed twin ("x.css.br") is stale when the file it compresses is stale or gone, not for
 * its own age: twins are written after the build, so they are always older than the next one.
 */
export function staleFiles(files: readonly OutputFile[], kept: ReadonlySet<string>, since: number, ignored: readonly string[] = []): string[] {
  const isIgnored = (path: string) => ignored.some((entry) => path === entry || path.startsWith(`${entry}/`));
  const isOld = (f: OutputFile) => f.mtimeMs < since && !kept.has(f.path);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const originalOf = (path: string) => {
    const suffix = twinSuffixes.find((s) => path.endsWith(s));
    return suffix ? byPath.get(path.slice(0, -suffix.length)) : undefined;
  };
  return files
    .filter((f) => {
      if (isIgnored(f.path)) return false;
      const original = originalOf(f.path);
      if (original) return isOld(original);
      return isOld(f);
    })
    .map((f) => f.path);
}
