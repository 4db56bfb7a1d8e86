import { withBase } from '../lib/archive/paths.ts';

/** A site path with the deployment base path in front (BASE_PATH at build time). */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
