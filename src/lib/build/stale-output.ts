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

/**
 * Files older than the build's start (`since`, ms) and not in `kept`. `ignored` folders are left
 * alone (the search index, rebuilt by its own step).
 */
export function staleFiles(files: readonly OutputFile[], kept: ReadonlySet<string>, since: number, ignored: readonly string[] = []): string[] {
  return files.filter((f) => f.mtimeMs < since && !kept.has(f.path) && !ignored.some((dir) => f.path.startsWith(`${dir}/`))).map((f) => f.path);
}
