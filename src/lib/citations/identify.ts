import { identityScope, keyOf } from '../identity/document-identity.ts';
import { slugify } from '../text/vietnamese.ts';
import { isCentralIssuer, isKnownIssuer, typeOfCode } from './codes.ts';
import { formatNumberSymbol, readSymbol, type ReadSymbol } from './symbol.ts';
import type { Candidate, CitingContext, Identity, IssuerClause } from './types.ts';

/**
 * Stage 3: identify. Turns a candidate into an identity by the rules of vietnamese-documents.md §3:
 * (scope of the issuing body, year, number, symbol), keyed with `keyOf` so keys agree with the ones
 * the corpus computes with `canonicalKey`.
 *
 * Scope, in order:
 * 1. A central issuer code (CP, TTg, TW, QH…, ministries, UBQG) → "tw": those numbers are unique
 *    nationally.
 * 2. Otherwise the issuer clause decides: a central body → "tw"; a named place ("của UBND tỉnh Kiên
 *    Giang", "của Tỉnh ủy Lạng Sơn") → that province (or province/district); a level without a name
 *    ("của Ủy ban nhân dân tỉnh", "của Ban Thường vụ Tỉnh ủy", "của UBND huyện") → the citing
 *    document's own province (or district), because that is how a document names its own province.
 * 3. Without an issuer clause: the own-body rule. When the reference's issuer code equals the citing
 *    document's own issuer code (a UBND document citing "…/KH-UBND"), the citing document's scope.
 *    Chosen over the stricter "always ambiguous" because a body cites its own earlier plans without
 *    naming itself: seed 003 (UBND huyện Tân Yên, "146/UBND-LĐTBXH") lists "Kế hoạch số 32/KH-UBND
 *    ngày 19/5/2011" under "các chương trình, kế hoạch … của Huyện ủy, UBND huyện", which makes it
 *    Tân Yên's plan. A different code (a TU number in a UBND document) stays ambiguous.
 * 4. Otherwise no scope: the reference is ambiguous and is never linked.
 * Year: written in a normative number; else from the date; else unknown, and an unknown year is
 * ambiguous too (numbers restart every year, or every term for Party bodies) unless resolve finds the
 * same number-symbol dated elsewhere in the text.
 */

function contextScope(context: CitingContext | null): string | null {
  if (!context?.province) return null;
  if (context.level) return identityScope({ level: context.level, province: context.province, district: context.district });
  return context.district ? `${context.province}/${slugify(context.district)}` : context.province;
}

function editDistanceOne(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

interface ScopeResult {
  scope: string | null;
  problem: string | null;
  note: string | null;
}

function scopeFromClause(clause: IssuerClause, context: CitingContext | null): ScopeResult | null {
  const none = (problem: string): ScopeResult => ({ scope: null, problem, note: null });
  const found = (scope: string, note: string | null = null): ScopeResult => ({ scope, problem: null, note });
  if (clause.level === 'trung-uong') return found('tw');
  if (clause.level === 'tinh' && clause.place && !clause.province) return none(`the issuer clause names "${clause.place}", which is not one of the 63 provinces`);
  if (clause.province) return found(clause.district ? `${clause.province}/${slugify(clause.district)}` : clause.province);
  if (clause.district) {
    if (context?.province) return found(`${context.province}/${slugify(clause.district)}`, `district ${clause.district} read in the citing document's province`);
    return none(`the issuer clause names the district ${clause.district} but not its province, and the citing document's province is not known`);
  }
  const here = contextScope(context);
  if (clause.level === 'tinh') {
    if (context?.province && context.level !== 'trung-uong') return found(context.province, `"${clause.name}" read as the citing document's province`);
    return none(`"${clause.name}" names no province, and the citing document's province is not known`);
  }
  if (clause.level === 'huyen') {
    if (context?.province && context.district && here) return found(here, `"${clause.name}" read as the citing document's district`);
    return none(`"${clause.name}" names no district, and the citing document's district is not known`);
  }
  if (clause.level === 'xa') return none(`"${clause.name}": commune bodies are not identified`);
  return null;
}

function scopeOf(read: ReadSymbol, clause: IssuerClause | null, context: CitingContext | null, year: number | null): ScopeResult {
  if (isCentralIssuer(read.issuerCode)) return { scope: 'tw', problem: null, note: null };
  if (clause) {
    const fromClause = scopeFromClause(clause, context);
    if (fromClause) return fromClause;
  }
  const here = contextScope(context);
  // The own-body rule needs a date: "Kế hoạch số 60/KH-UBND" alone could be any year's plan 60.
  if (year !== null && context?.issuerCode && here && context.issuerCode === read.issuerCode) {
    return { scope: here, problem: null, note: `no issuer clause; same issuer code (${read.issuerCode}) as the citing document, read in its scope` };
  }
  return {
    scope: null,
    problem: `"${read.issuerCode}" is not a central issuer and the text does not say which ${read.issuerCode === 'UBND' || read.issuerCode === 'HĐND' ? 'province or district' : 'body'} issued it`,
    note: null,
  };
}

/** An issuer code the tables do not know, one letter away from the code of the body the clause names: an OCR error. */
function repairIssuer(read: ReadSymbol, clause: IssuerClause | null): ReadSymbol {
  if (!clause?.code || isKnownIssuer(read.issuerCode) || !editDistanceOne(read.issuerCode, clause.code)) return read;
  const separator = read.shape === 'party' ? '/' : '-';
  const segments = read.symbol.split(separator);
  const at = read.shape === 'cong-van' ? 0 : 1;
  if (segments[at] !== read.issuerCode) return read;
  segments[at] = clause.code;
  const symbol = segments.join(separator);
  return {
    ...read,
    issuerCode: clause.code,
    symbol,
    notes: [...read.notes, `issuer code "${read.issuerCode}" read as "${clause.code}" (the issuer clause says ${clause.name}): a recognition error`],
  };
}

export function identify(candidate: Candidate, context: CitingContext | null): Identity {
  if (candidate.kind !== 'full') {
    return {
      shape: candidate.kind === 'short' ? 'short' : 'name',
      type: candidate.typeWordType,
      numberSymbol: null,
      number: candidate.number,
      symbol: null,
      issuerCode: null,
      year: candidate.shortYear,
      scope: null,
      key: null,
      problems: [candidate.kind === 'short' ? 'a short form: identified only through an earlier full reference or an alias' : 'a name: identified through the archive'],
      notes: [],
    };
  }
  const first = readSymbol(candidate.parts);
  if (!first || candidate.number === null) throw new Error('identify: a full candidate without a readable number-symbol');
  const read = repairIssuer(first, candidate.issuer);
  const notes = [...read.notes];
  const problems: string[] = [];
  const number = candidate.number;
  const numberSymbol = formatNumberSymbol(number, read);
  // Quốc hội numbers its laws and its resolutions alike (73/2006/QH11, Nghị quyết 202/2025/QH15).
  const byQuocHoi = candidate.typeWordType === 'nghi-quyet' ? 'nghi-quyet' : 'luat';
  const codeType = read.typeCode && read.shape !== 'cong-van' ? (read.typeCode === 'QH' ? byQuocHoi : typeOfCode(read.typeCode, read.shape)) : null;
  const type = read.shape === 'cong-van' ? (candidate.typeWordType ?? 'cong-van') : (codeType ?? candidate.typeWordType);

  let year = read.yearInNumber ?? candidate.date?.year ?? null;
  if (read.yearInNumber !== null && candidate.date && candidate.date.year !== read.yearInNumber) {
    notes.push(`dated ${candidate.date.year} but the number says ${read.yearInNumber}; the number is used`);
    year = read.yearInNumber;
  }
  const { scope, problem, note } = scopeOf(read, candidate.issuer, context, year);
  if (year === null && scope === null && !candidate.issuer) {
    problems.push(`neither a date nor an issuer clause: every ${read.issuerCode} body numbers its documents ${numberSymbol.replace(/^\d+[a-z]?/, 'N')} afresh each year`);
  } else {
    if (year === null) problems.push('no date: numbers restart every year (every term for Party bodies), so the year is needed');
    if (problem) problems.push(problem);
  }
  if (note) notes.push(note);
  return {
    shape: read.shape,
    type,
    numberSymbol,
    number,
    symbol: read.symbol,
    issuerCode: read.issuerCode,
    year,
    scope,
    key: scope && year !== null ? keyOf(scope, year, number, read.symbol) : null,
    problems,
    notes,
  };
}
