import { parseNumberSymbol } from '../identity/number-symbol.ts';
import { foldDiacritics } from '../text/vietnamese.ts';
import type { Normalized } from './normalize.ts';
import { yearlessKey, type Registry, type RegistryEntry } from './registry.ts';
import { titleMatches } from './title-match.ts';
import { aliasNamesApprovedThing } from './approved-alias.ts';
import type { AliasDefinition, Candidate, CitationStatus, CitingContext, Identity } from './types.ts';

/**
 * Stage 4: resolve. Conservative, in the manner of eyecite: a reference is linked only when the text
 * pins it to exactly one document.
 * 1. Aliases "(sau đây gọi tắt là Nghị định 56)" bind to the reference just before them in the same
 *    sentence whose type and number they repeat, or whose number they repeat when it approves a thing
 *    of their type ("… phê duyệt Chương trình … (sau đây gọi tắt là Chương trình 1790)",
 *    approved-alias.ts); any other alias ("Ban VSTBCPN tỉnh") is ignored.
 * 2. A full reference missing its year or scope takes them from another mention of the same
 *    number-symbol in the same text that has them ("Nghị quyết số 11-NQ/TW của Bộ Chính trị" after
 *    "Nghị quyết số 11-NQ/TW ngày 27/4/2007 …"), if all such mentions agree.
 * 3. A short form ("Nghị định 56", "Chỉ thị số 21") refers to an alias defined before it, else to the
 *    unique earlier full reference of that type and number; with none it stays unidentified, with
 *    several different ones it is ambiguous. A bare type word ("Chỉ thị") is never a reference.
 * 4. The key is looked up in the registry: one document → resolved; none → unknown (identified, not
 *    held); several → ambiguous. An undated reference whose number the archive holds exactly once
 *    is resolved only when the text after it states that document's title.
 */
export interface Resolution {
  identity: Identity;
  status: CitationStatus;
  reason: string | null;
  documentId: string | null;
  /** Index of the candidate this one was resolved through (alias or earlier full reference). */
  antecedent: number | null;
  notes: string[];
  /** The citing document's own number. */
  self?: boolean;
}

export interface IgnoredAlias {
  alias: AliasDefinition;
  reason: string;
}

const stripZeros = (n: string | null) => (n === null ? null : n.replace(/^0+(?=\d)/, ''));
const sameSymbol = (a: Identity, b: Identity) => a.numberSymbol !== null && b.numberSymbol !== null && foldDiacritics(a.numberSymbol).toUpperCase() === foldDiacritics(b.numberSymbol).toUpperCase();

/** No sentence or clause boundary between two positions. */
function sameSentence(n: Normalized, from: number, to: number): boolean {
  return !/;|\n\s*\n|[.!?](?=\s+\p{Lu})/u.test(n.text.slice(from, to));
}

function typeMatches(candidate: Candidate, identity: Identity, type: string | null): boolean {
  return type !== null && (candidate.typeWordType === type || identity.type === type);
}

/** Binds each alias to the index of its reference; returns the bindings and the aliases ignored. */
export function bindAliases(
  n: Normalized,
  candidates: readonly Candidate[],
  identities: readonly Identity[],
  aliases: readonly AliasDefinition[],
): { bound: Map<number, AliasDefinition[]>; ignored: IgnoredAlias[] } {
  const bound = new Map<number, AliasDefinition[]>();
  const ignored: IgnoredAlias[] = [];
  for (const alias of aliases) {
    if (alias.type === null || alias.number === null) {
      ignored.push({ alias, reason: `"${alias.text}" is not a type and number, so it names no document` });
      continue;
    }
    let target = -1;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (c.kind !== 'full' || c.end > alias.start || !sameSentence(n, c.end, alias.start)) continue;
      if (stripZeros(c.number) === stripZeros(alias.number) && (typeMatches(c, identities[i]!, alias.type) || aliasNamesApprovedThing(n, c, alias))) target = i;
    }
    if (target >= 0) bound.set(target, [...(bound.get(target) ?? []), alias]);
    else ignored.push({ alias, reason: `no reference to a ${alias.text} just before the alias` });
  }
  return { bound, ignored };
}

function inheritIdentity(candidates: readonly Candidate[], identities: readonly Identity[]): Identity[] {
  return identities.map((identity, i) => {
    if (candidates[i]!.kind !== 'full' || identity.key !== null) return identity;
    const donors = identities.filter(
      (d, j) => j !== i && d.key !== null && sameSymbol(identity, d) && (identity.year === null || d.year === identity.year) && (identity.scope === null || d.scope === identity.scope),
    );
    const keys = [...new Set(donors.map((d) => d.key))];
    if (keys.length !== 1) return identity;
    const donor = donors[0]!;
    return {
      ...identity,
      year: donor.year,
      scope: donor.scope,
      key: donor.key,
      problems: [],
      notes: [...identity.notes, `${identity.year === null ? 'year' : 'issuer'} taken from another mention of ${identity.numberSymbol} in this text`],
    };
  });
}

/** The candidate a short form refers to, or why there is none. */
function antecedentOf(
  index: number,
  candidates: readonly Candidate[],
  identities: readonly Identity[],
  bound: Map<number, AliasDefinition[]>,
): { index: number; viaAlias: boolean } | { status: CitationStatus; reason: string } {
  const short = candidates[index]!;
  const number = stripZeros(short.number);
  const type = short.typeWordType;
  // An explicit alias defined earlier wins.
  const aliased = [...bound]
    .filter(([, list]) => list.some((a) => a.end <= short.start && a.type === type && stripZeros(a.number) === number))
    .map(([i]) => i)
    .sort((a, b) => a - b);
  if (aliased.length) return { index: aliased[aliased.length - 1]!, viaAlias: true };
  const earlier = candidates
    .map((c, i) => ({ c, i, id: identities[i]! }))
    .filter(({ c, id }) => c.kind === 'full' && c.start < short.start && stripZeros(c.number) === number && typeMatches(c, id, type))
    .filter(({ id }) => short.shortYear === null || id.year === short.shortYear);
  if (!earlier.length) return { status: 'unidentified', reason: 'a short form with no earlier full reference or alias of that type and number in the text' };
  const distinct = [...new Set(earlier.map(({ id }) => id.key ?? id.numberSymbol))];
  if (distinct.length > 1) return { status: 'ambiguous', reason: `the short form could be any of: ${distinct.join(', ')}` };
  return { index: earlier[earlier.length - 1]!.i, viaAlias: false };
}

function lookUp(identity: Identity, candidate: Candidate, registry: Registry): Omit<Resolution, 'identity' | 'antecedent'> & { identity?: Identity } {
  if (identity.key) {
    const hits = registry.byKey(identity.key);
    if (hits.length === 1) return { status: 'resolved', reason: null, documentId: hits[0]!.id, notes: [] };
    if (hits.length > 1) return { status: 'ambiguous', reason: `the archive holds ${hits.length} documents with identity ${identity.key}: ${hits.map((h) => h.id).join(', ')}`, documentId: null, notes: [] };
    return { status: 'unknown', reason: 'identified, but the archive holds no document with this identity', documentId: null, notes: [] };
  }
  const reason = identity.problems.join('; ') || 'not enough information to identify the document';
  if (identity.scope && identity.year === null && identity.number && identity.symbol) {
    const yearless = `${identity.scope}|${stripZeros(identity.number)}|${foldDiacritics(identity.symbol).toUpperCase()}`;
    const hits = registry.byYearlessKey(yearless);
    if (hits.length === 1 && titleMatches(candidate.following, hits[0]!.title)) {
      const hit = hits[0]!;
      return {
        status: 'resolved',
        reason: null,
        documentId: hit.id,
        notes: [`undated; the archive holds one ${identity.numberSymbol} (${hit.year}) and the text states its title`],
        identity: { ...identity, year: hit.year, key: hit.key, problems: [] },
      };
    }
    if (hits.length) return { status: 'ambiguous', reason: `${reason}; the archive holds ${hits.map((h) => `${h.numberSymbol} of ${h.year}`).join(', ')} but the text does not say which`, documentId: null, notes: [] };
  }
  return { status: 'ambiguous', reason, documentId: null, notes: [] };
}

function fromName(candidate: Candidate, identity: Identity, registry: Registry): Resolution {
  const hits = registry.byName(candidate.name ?? '');
  if (hits.length !== 1) {
    return { identity, status: 'ambiguous', reason: `the name "${candidate.name}" belongs to ${hits.length} documents of the archive`, documentId: null, antecedent: null, notes: [] };
  }
  const hit: RegistryEntry = hits[0]!;
  const parsed = hit.numberSymbol ? parseNumberSymbol(hit.numberSymbol) : null;
  return {
    identity: {
      ...identity,
      type: hit.type,
      numberSymbol: hit.numberSymbol,
      number: parsed?.number ?? null,
      symbol: parsed?.symbol ?? null,
      issuerCode: parsed?.issuerCode ?? null,
      year: hit.year,
      scope: hit.key?.split('|')[0] ?? null,
      key: hit.key,
      problems: [],
    },
    status: 'resolved',
    reason: null,
    documentId: hit.id,
    antecedent: null,
    notes: [`cited by name; the archive knows "${candidate.name}" as ${hit.numberSymbol ?? hit.id}`],
  };
}

const fold = (s: string) => foldDiacritics(s).toUpperCase();

function isSelf(r: Resolution, context: CitingContext): boolean {
  if (r.status === 'resolved' && ((context.id && r.documentId === context.id) || (context.key && r.identity.key === context.key))) return true;
  const id = r.identity;
  if (!context.numberSymbol || !id.numberSymbol || fold(context.numberSymbol) !== fold(id.numberSymbol)) return false;
  if (id.year !== null && context.year !== null && id.year !== context.year) return false;
  return id.key === null || context.key === null || id.key === context.key;
}

export function resolve(
  n: Normalized,
  candidates: Candidate[],
  identified: Identity[],
  aliases: AliasDefinition[],
  registry: Registry,
  context: CitingContext | null,
): { resolutions: Resolution[]; ignoredAliases: IgnoredAlias[] } {
  const { bound, ignored: ignoredAliases } = bindAliases(n, candidates, identified, aliases);
  const identities = inheritIdentity(candidates, identified);
  const resolutions: Resolution[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const identity = identities[i]!;
    if (candidate.kind === 'name') {
      resolutions.push(fromName(candidate, identity, registry));
      continue;
    }
    if (candidate.kind === 'short') {
      const found = antecedentOf(i, candidates, identities, bound);
      if ('status' in found) {
        resolutions.push({ identity, status: found.status, reason: found.reason, documentId: null, antecedent: null, notes: [] });
        continue;
      }
      const target = resolutions[found.index]!;
      resolutions.push({
        ...target,
        identity: { ...target.identity, shape: 'short', type: target.identity.type ?? identity.type },
        antecedent: found.index,
        notes: [found.viaAlias ? `refers to the alias defined after ${target.identity.numberSymbol}` : `refers back to ${target.identity.numberSymbol}`],
      });
      continue;
    }
    const looked = lookUp(identity, candidate, registry);
    resolutions.push({
      identity: looked.identity ?? identity,
      status: looked.status,
      reason: looked.reason,
      documentId: looked.documentId,
      antecedent: null,
      notes: [...identity.notes, ...looked.notes],
    });
  }
  // A document mentioning its own number is not a citation of another document.
  for (const r of resolutions) if (context && isSelf(r, context)) r.self = true;
  return { resolutions, ignoredAliases };
}
