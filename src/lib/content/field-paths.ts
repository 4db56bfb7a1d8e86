import type { z } from 'zod';

/**
 * The field paths of an object schema, as `handCompleted` may name them: every top-level field
 * ("issuer") and, inside object fields (nullable or not), every sub-field ("issuer.name",
 * "signer.authority.prefix"). A whole field covers its parts: "quality" means every quality field.
 */
export function fieldPaths(schema: z.ZodType): string[] {
  const paths: string[] = [];
  const walk = (node: z.ZodType, prefix: string) => {
    const shape = objectShape(node);
    if (!shape) return;
    for (const [key, child] of Object.entries(shape)) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.push(path);
      walk(child as z.ZodType, path);
    }
  };
  walk(schema, '');
  return paths;
}

/** The shape of an object schema seen through nullable, optional, default and pipe wrappers. */
function objectShape(node: z.ZodType): Record<string, unknown> | null {
  let current: unknown = node;
  for (let depth = 0; depth < 10 && current; depth++) {
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return null;
    if (def.type === 'object') return def.shape as Record<string, unknown>;
    current = def.innerType ?? def.in ?? null;
  }
  return null;
}
