/**
 * Re-importing a document must reproduce its committed frontmatter, except the fields a person
 * completed by hand (`handCompleted`). A handCompleted entry names a top-level field ("issuer") or a
 * part of one ("quality.notes"); everything else must be equal.
 */
export interface Difference {
  /** Dotted field path, e.g. "issuer.name". */
  field: string;
  imported: unknown;
  committed: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function compareFrontmatter(imported: Record<string, unknown>, committed: Record<string, unknown>, handCompleted: readonly string[] = []): Difference[] {
  const skipped = new Set(['handCompleted', ...handCompleted]);
  const differences: Difference[] = [];
  const walk = (path: string, a: unknown, b: unknown): void => {
    if (skipped.has(path)) return;
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(path ? `${path}.${key}` : key, a[key], b[key]);
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) differences.push({ field: path, imported: a, committed: b });
  };
  walk('', imported, committed);
  return differences;
}
