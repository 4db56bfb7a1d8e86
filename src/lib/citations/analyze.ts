import { citingContext, noContext, type ContextSource } from './context.ts';
import { isoDate } from './dates.ts';
import { find } from './find.ts';
import { identify } from './identify.ts';
import { normalize } from './normalize.ts';
import { pinpointBefore } from './pinpoint.ts';
import { emptyRegistry, type Registry } from './registry.ts';
import { listItemBefore, relationAfter, relationBefore } from './relation.ts';
import { resolve, type IgnoredAlias } from './resolve.ts';
import type { Citation, CitingContext, Relation } from './types.ts';

/**
 * The whole pipeline over one text: normalize → find → identify → resolve, plus the relation of
 * each reference. Offsets in the result are UTF-16 code unit offsets into the text given.
 */
export interface AnalyzeOptions {
  registry?: Registry;
  context?: CitingContext | null;
}

export interface Analysis {
  citations: Citation[];
  /** Aliases found but not bound to a document, with why. */
  ignoredAliases: Array<{ text: string; start: number; end: number; reason: string }>;
}

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const registry = options.registry ?? emptyRegistry;
  const context = options.context ?? noContext;
  const n = normalize(input);
  const { candidates, aliases } = find(n, { names: registry.names });
  // "khoản 2 Điều 12 Luật …": the reference starts at the pinpoint, so the link and the verb before it
  // ("theo quy định tại") are read from there.
  const pinpoints = candidates.map((c) => {
    const found = pinpointBefore(n, c.start, c.hasTypeWord || c.kind !== 'full');
    if (found) c.start = c.coreStart = found.start;
    return found?.pinpoint ?? null;
  });
  const identities = candidates.map((c) => identify(c, context));
  const { resolutions, ignoredAliases } = resolve(n, candidates, identities, aliases, registry, context);
  const spans = candidates.map((c) => ({ start: c.start, end: c.end }));
  // In order, so that each item of a list "thay thế A; B; C" takes the relation of the item before.
  const starts = candidates.map((c) => c.start);
  const relationOf: Relation[] = [];
  candidates.forEach((c, i) => {
    const own = relationAfter(n, c.end) ?? relationBefore(n, c.start, spans);
    const item = own === 'dan-chieu' ? listItemBefore(n, c.start, starts) : null;
    relationOf.push(item === null ? own : relationOf[item]!);
  });
  const citations = candidates.map((c, i): Citation => {
    const r = resolutions[i]!;
    const [start, end] = n.toOriginal(c.start, c.end);
    const [coreStart, coreEnd] = n.toOriginal(c.coreStart, c.coreEnd);
    const antecedent = r.antecedent === null ? null : candidates[r.antecedent]!;
    const issuer = c.issuer ?? antecedent?.issuer ?? null;
    const date = c.date ?? antecedent?.date ?? null;
    return {
      raw: input.slice(start, end),
      start,
      end,
      coreStart,
      coreEnd,
      shape: r.identity.shape,
      type: r.identity.type,
      number: r.identity.number,
      year: r.identity.year,
      symbol: r.identity.symbol,
      numberSymbol: r.identity.numberSymbol,
      issuer: issuer?.name ?? null,
      date: date ? isoDate(date) : null,
      abstract: c.abstract,
      relation: relationOf[i]!,
      key: r.identity.key,
      status: r.status,
      reason: r.reason,
      documentId: r.documentId,
      self: r.self ?? false,
      antecedent: r.antecedent,
      notes: r.notes,
      pinpoint: pinpoints[i]!,
    };
  });
  return {
    citations,
    ignoredAliases: ignoredAliases.map(({ alias, reason }: IgnoredAlias) => {
      const [start, end] = n.toOriginal(alias.start, alias.end);
      return { text: alias.text, start, end, reason };
    }),
  };
}

/** The references in a text: `analyze(…).citations`. */
export function findCitations(input: string, options: AnalyzeOptions = {}): Citation[] {
  return analyze(input, options).citations;
}

/** A corpus document as the engine needs it. */
export interface AnalysableDocument {
  id: string;
  data: ContextSource & { title: string };
  body: string;
}

/** Separator between title and body in the analysed text of a document. */
export const titleSeparator = '\n\n';

/**
 * Analyses a document as title + "\n\n" + body, so a reference in the title counts ("Triển khai thực
 * hiện Chỉ thị số 21-CT/TW …" makes the document implement 21-CT/TW). Offsets are in that text:
 * below title.length they are in the title, from title.length + 2 on in the Markdown body.
 */
export function analyzeDocument(document: AnalysableDocument, registry: Registry = emptyRegistry): { text: string; citations: Citation[] } {
  const text = `${document.data.title}${titleSeparator}${document.body}`;
  const context = citingContext(document.data, document.id);
  return { text, citations: findCitations(text, { registry, context }) };
}
