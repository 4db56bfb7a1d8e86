import { parseNumberSymbol } from '../identity/number-symbol.ts';
import { foldDiacritics } from '../text/vietnamese.ts';
import type { Normalized } from './normalize.ts';
import { sentenceBounds } from './sentence-bounds.ts';
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
const fold = (s: string) => foldDiacritics(s).toUpperCase();

function typeMatches(candidate: Candidate, identity: Identity, type: string | null): boolean {
  return type !== null && (candidate.typeWordType === type || identity.type === type);
}

/** Index of the last element of a sorted list that is below `limit`, or -1. */
function lastBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Binds each alias to the index of its reference; returns the bindings and the aliases ignored.
 * `candidates` are in text order (as find returns them). The full references are grouped by number
 * once, so an alias looks only at the references of its number, from the nearest back to the first
 * sentence boundary: binding stays near-linear however many references the text holds.
 */
export function bindAliases(
  n: Normalized,
  candidates: readonly Candidate[],
  identities: readonly Identity[],
  aliases: readonly AliasDefinition[],
): { bound: Map<number, AliasDefinition[]>; ignored: IgnoredAlias[] } {
  const bound = new Map<number, AliasDefinition[]>();
  const ignored: IgnoredAlias[] = [];
  if (!aliases.length) return { bound, ignored };
  const bounds = sentenceBounds(n);
  const byNumber = new Map<string | null, { indices: number[]; starts: number[]; maxEnd: number[] }>();
  candidates.forEach((c, i) => {
    if (c.kind !== 'full') return;
    const key = stripZeros(c.number);
    let group = byNumber.get(key);
    if (!group) byNumber.set(key, (group = { indices: [], starts: [], maxEnd: [] }));
    group.maxEnd.push(Math.max(c.end, group.maxEnd[group.maxEnd.length - 1] ?? 0));
    group.indices.push(i);
    group.starts.push(c.start);
  });
  for (const alias of aliases) {
    if (alias.type === null || alias.number === null) {
      ignored.push({ alias, reason: `"${alias.text}" is not a type and number, so it names no document` });
      continue;
    }
    let target = -1;
    const group = byNumber.get(stripZeros(alias.number));
    // The latest reference of that number ending before the alias, in the same sentence.
    for (let k = group ? lastBelow(group.starts, alias.start) : -1; k >= 0; k--) {
      // No reference from here back ends later than maxEnd[k]: past a boundary, none can bind.
      if (!bounds.sameSentence(Math.min(group!.maxEnd[k]!, alias.start), alias.start)) break;
      const i = group!.indices[k]!;
      const c = candidates[i]!;
      if (c.end > alias.start || !bounds.sameSentence(c.end, alias.start)) continue;
      if (typeMatches(c, identities[i]!, alias.type) || aliasNamesApprovedThing(n, c, alias)) {
        target = i;
        break;
      }
    }
    if (target >= 0) bound.set(target, [...(bound.get(target) ?? []), alias]);
    else ignored.push({ alias, reason: `no reference to a ${alias.text} just before the alias` });
  }
  return { bound, ignored };
}

/** The first document holding a key, and the distinct keys seen (two are enough to refuse). */
interface DonorGroup {
  first: number;
  keys: Set<string>;
}

function inheritIdentity(candidates: readonly Candidate[], identities: readonly Identity[]): Identity[] {
  // Identified mentions grouped by number-symbol and by the year and scope a mention may lack, so
  // each incomplete reference finds its donors in one look-up instead of a scan of the text.
  const groups = new Map<string, DonorGroup>();
  const add = (key: string, index: number, documentKey: string) => {
    const group = groups.get(key);
    if (!group) groups.set(key, { first: index, keys: new Set([documentKey]) });
    else if (group.keys.size < 2) group.keys.add(documentKey);
  };
  identities.forEach((d, j) => {
    if (d.key === null || d.numberSymbol === null) return;
    const symbol = fold(d.numberSymbol);
    add(`${symbol}||`, j, d.key);
    add(`${symbol}|${d.year}|`, j, d.key);
    add(`${symbol}||${d.scope}`, j, d.key);
    add(`${symbol}|${d.year}|${d.scope}`, j, d.key);
  });
  return identities.map((identity, i) => {
    if (candidates[i]!.kind !== 'full' || identity.key !== null || identity.numberSymbol === null) return identity;
    const group = groups.get(`${fold(identity.numberSymbol)}|${identity.year ?? ''}|${identity.scope ?? ''}`);
    if (!group || group.keys.size !== 1) return identity;
    const donor = identities[group.first]!;
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

/** What the earlier full references of one type and number (and year) say. */
interface EarlierGroup {
  last: number;
  keys: Set<string | null>;
}

/**
 * Answers, for each short form in text order, "which earlier reference or alias does it refer to".
 * Built as a sweep over the candidates (in text order), so the whole text costs one pass instead of
 * one scan per short form.
 */
function antecedents(candidates: readonly Candidate[], identities: readonly Identity[], bound: Map<number, AliasDefinition[]>) {
  // Aliases by type and number, sorted by end, with the latest target among the first k.
  const byAlias = new Map<string, { ends: number[]; latest: number[] }>();
  const aliasEntries = [...bound].flatMap(([target, list]) => list.map((a) => ({ target, a }))).sort((x, y) => x.a.end - y.a.end);
  for (const { target, a } of aliasEntries) {
    const key = `${a.type}|${stripZeros(a.number)}`;
    let entry = byAlias.get(key);
    if (!entry) byAlias.set(key, (entry = { ends: [], latest: [] }));
    entry.latest.push(Math.max(target, entry.latest[entry.latest.length - 1] ?? -1));
    entry.ends.push(a.end);
  }
  const earlier = new Map<string, EarlierGroup>();
  let swept = 0;
  const take = (key: string, index: number, value: string | null) => {
    const group = earlier.get(key);
    if (!group) earlier.set(key, { last: index, keys: new Set([value]) });
    else {
      group.last = index;
      group.keys.add(value);
    }
  };
  return (index: number): { index: number; viaAlias: boolean } | { status: CitationStatus; reason: string } => {
    const short = candidates[index]!;
    const number = stripZeros(short.number);
    const type = short.typeWordType;
    // An explicit alias defined earlier wins.
    const aliased = byAlias.get(`${type}|${number}`);
    const k = aliased ? lastBelow(aliased.ends, short.start + 1) : -1;
    if (k >= 0) return { index: aliased!.latest[k]!, viaAlias: true };
    for (; swept < candidates.length && candidates[swept]!.start < short.start; swept++) {
      const c = candidates[swept]!;
      if (c.kind !== 'full') continue;
      const id = identities[swept]!;
      const value = id.key ?? id.numberSymbol;
      for (const t of new Set([c.typeWordType, id.type])) {
        if (t === null) continue;
        take(`${stripZeros(c.number)}|${t}|`, swept, value);
        if (id.year !== null) take(`${stripZeros(c.number)}|${t}|${id.year}`, swept, value);
      }
    }
    const group = type === null ? undefined : earlier.get(`${number}|${type}|${short.shortYear ?? ''}`);
    if (!group) return { status: 'unidentified', reason: 'a short form with no earlier full reference or alias of that type and number in the text' };
    if (group.keys.size > 1) return { status: 'ambiguous', reason: `the short form could be any of: ${[...group.keys].join(', ')}` };
    return { index: group.last, viaAlias: false };
  };
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
  const antecedentOf = antecedents(candidates, identities, bound);
  const resolutions: Resolution[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const identity = identities[i]!;
    if (candidate.kind === 'name') {
      resolutions.push(fromName(candidate, identity, registry));
      continue;
    }
    if (candidate.kind === 'short') {
      const found = antecedentOf(i);
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
