import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { DocumentFrontmatter } from '../content/document-schema.ts';

/**
 * Serialises a document: YAML frontmatter in the schema's key order, then the Markdown body. Text
 * values are double-quoted (so dates stay strings and "Số: …" colons need no thought), the
 * enumerations and slugs (type, level, province) plain, empty lists as [], as in the seed files.
 */
const plainKeys = new Set(['type', 'level', 'province']);

/** The frontmatter keys in the order of src/lib/content/document-schema.ts. */
export const frontmatterOrder = [
  'type', 'numberSymbol', 'year', 'title', 'issuer', 'province', 'district', 'place', 'issued', 'signer',
  'addressees', 'recipients', 'fullText', 'aliases', 'source', 'quality', 'review', 'handCompleted',
] as const;

function ordered(data: DocumentFrontmatter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of frontmatterOrder) out[key] = data[key];
  return out;
}

export function frontmatterYaml(data: DocumentFrontmatter): string {
  const doc = new Document(ordered(data));
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && plainKeys.has(String(pair.key.value)) && isScalar(pair.value)) {
        pair.value.type = 'PLAIN';
      }
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'handCompleted' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  if (!isMap(doc.contents)) throw new Error('frontmatter must be a map');
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, nullStr: 'null', flowCollectionPadding: false });
}

// "<" before a letter, "/", "!" or "?" would open raw HTML in Markdown; a backslash keeps it text.
function escapeHtml(body: string): string {
  return body.replace(/<(?=[A-Za-z/!?])/gu, '\\<');
}

export function toMarkdown(data: DocumentFrontmatter, body: string): string {
  const text = escapeHtml(body.trim());
  return `---\n${frontmatterYaml(data)}---\n${text ? `\n${text}\n` : ''}`;
}
