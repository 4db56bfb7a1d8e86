import { canonicalKey } from '../identity/document-identity.ts';
import { parseNumberSymbol } from '../identity/number-symbol.ts';
import type { CitingContext, IssuerLevel } from './types.ts';

/**
 * The citing document's context from its frontmatter. Accepts validated data as well as the raw
 * frontmatter object Astro passes to remark plugins (file.data.astro.frontmatter), so every field is
 * read defensively: a missing or malformed field gives null, never an exception.
 */
export interface ContextSource {
  numberSymbol?: unknown;
  year?: unknown;
  issuer?: unknown;
  province?: unknown;
  district?: unknown;
}

const levels: readonly IssuerLevel[] = ['trung-uong', 'tinh', 'huyen', 'xa'];
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function citingContext(data: ContextSource | null | undefined, id: string | null = null): CitingContext {
  const issuer = data?.issuer && typeof data.issuer === 'object' ? (data.issuer as { level?: unknown }) : null;
  const level = levels.find((l) => l === issuer?.level) ?? null;
  const numberSymbol = text(data?.numberSymbol);
  const parsed = numberSymbol ? parseNumberSymbol(numberSymbol) : null;
  const province = text(data?.province);
  const district = text(data?.district);
  const year = typeof data?.year === 'number' ? data.year : null;
  return {
    id,
    level,
    province,
    district,
    issuerCode: parsed?.issuerCode ?? null,
    numberSymbol: parsed ? numberSymbol : null,
    year,
    key: level && year !== null ? canonicalKey({ numberSymbol, year, level, province, district }) : null,
  };
}

/** No context: local references without a named place stay ambiguous. */
export const noContext: CitingContext = { id: null, level: null, province: null, district: null, issuerCode: null, numberSymbol: null, year: null, key: null };
