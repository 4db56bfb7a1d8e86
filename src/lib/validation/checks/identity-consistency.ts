import type { CorpusDocument, Problem } from '../../content/corpus.ts';
import { documentTypes } from '../../identity/document-types.ts';
import { parseNumberSymbol, type NumberSymbol } from '../../identity/number-symbol.ts';
import type { CorpusCheck } from '../corpus-check.ts';
import { fieldLine } from './field-line.ts';

/**
 * The number-symbol says who issued a document and what it is (vietnamese-documents.md §2): "…/KH-UBND"
 * is a plan of a People's Committee, "…-CT/TW" a directive of the Party's central bodies. When the
 * frontmatter says otherwise, one of them was typed wrong. (A year inside a normative number that
 * differs from the year of issue is already a schema error.)
 */

// Tone marks sit in two places ("Ủy"/"Uỷ"); compare names in one spelling.
function spelling(name: string): string {
  return name.normalize('NFC').replace(/uỷ/gu, 'ủy').replace(/Uỷ/gu, 'Ủy');
}

const partyBody = /(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy|Đảng|Ban Chấp hành|Bộ Chính trị|Ban Bí thư|Ban Thường vụ/u;

interface IssuerRule {
  /** Issuer code in the symbol. */
  code: RegExp;
  /** The kind of body, for the message. */
  body: string;
  /** What the issuer's name (or its parent's) must contain. */
  name: RegExp;
  /** Levels such a body can have. */
  levels: readonly string[];
}

const rules: IssuerRule[] = [
  { code: /^UBND$/u, body: "a People's Committee (Ủy ban nhân dân)", name: /Ủy ban nhân dân/u, levels: ['tinh', 'huyen', 'xa'] },
  { code: /^HĐND$/u, body: "a People's Council (Hội đồng nhân dân)", name: /Hội đồng nhân dân/u, levels: ['tinh', 'huyen', 'xa'] },
  { code: /^CP$/u, body: 'the Government (Chính phủ)', name: /Chính phủ/u, levels: ['trung-uong'] },
  { code: /^TTg$/iu, body: 'the Prime Minister (Thủ tướng Chính phủ)', name: /Thủ tướng/u, levels: ['trung-uong'] },
  { code: /^QH\d*$/u, body: 'the National Assembly (Quốc hội)', name: /Quốc hội/u, levels: ['trung-uong'] },
  { code: /^TW$/u, body: 'a central Party body (Trung ương)', name: partyBody, levels: ['trung-uong'] },
  { code: /^TU$/u, body: 'a provincial Party committee (Tỉnh ủy, Thành ủy)', name: partyBody, levels: ['tinh'] },
  { code: /^HU$/u, body: 'a district Party committee (Huyện ủy)', name: partyBody, levels: ['huyen'] },
];

// Type codes of Party numbers that differ from state ones: TT is a thông tri, not a thông tư.
const partyTypeCodes: Record<string, string> = { TT: 'thong-tri', QĐi: 'quy-dinh', CV: 'cong-van' };

function typeOfCode(parsed: NumberSymbol): string | null {
  if (!parsed.typeCode) return null;
  if (parsed.shape === 'party' && partyTypeCodes[parsed.typeCode]) return partyTypeCodes[parsed.typeCode]!;
  return documentTypes.find((t) => (t.codes as readonly string[]).includes(parsed.typeCode!))?.slug ?? null;
}

function check(doc: CorpusDocument): Problem[] {
  const { numberSymbol, type, issuer } = doc.data;
  const parsed = numberSymbol ? parseNumberSymbol(numberSymbol) : null;
  if (!parsed) return [];
  const problems: Problem[] = [];
  const names = spelling(`${issuer.name} | ${issuer.parent ?? ''}`);
  const at = (field: string, ...path: string[]) => ({ file: doc.file, line: fieldLine(doc, ...path), field, severity: 'error' as const });

  const rule = rules.find((r) => r.code.test(parsed.issuerCode));
  if (parsed.shape === 'party' && !partyBody.test(names)) {
    problems.push({
      ...at('numberSymbol', 'numberSymbol'),
      message: `"${numberSymbol}" is a Party number (-${parsed.symbol}) but the issuer "${issuer.name}" is not a Party body; correct the number-symbol or the issuer`,
    });
  } else if (rule && !rule.name.test(names)) {
    problems.push({
      ...at('numberSymbol', 'numberSymbol'),
      message: `"${numberSymbol}" is the number of ${rule.body} (${parsed.issuerCode}) but the issuer is "${issuer.name}"; correct the number-symbol or the issuer`,
    });
  }
  if (rule && !rule.levels.includes(issuer.level)) {
    problems.push({
      ...at('issuer.level', 'issuer', 'level'),
      message: `is "${issuer.level}" but the number "${numberSymbol}" belongs to ${rule.body}, level ${rule.levels.join(' or ')}; correct the level or the number-symbol`,
    });
  }
  const codeType = typeOfCode(parsed);
  // "CT" is also the issuer code of a Cục Thuế ("5332/CT-CS"), not a chỉ thị.
  const taxOffice = parsed.typeCode === 'CT' && /Cục Thuế/iu.test(names);
  // Quốc hội numbers its resolutions as it numbers its laws: Nghị quyết số 202/2025/QH15.
  const quocHoiResolution = parsed.typeCode === 'QH' && type === 'nghi-quyet';
  if (codeType && codeType !== type && !taxOffice && !quocHoiResolution) {
    problems.push({
      ...at('type', 'type'),
      message: `is "${type}" but the number "${numberSymbol}" has the type code ${parsed.typeCode} (${codeType}); correct the type or the number-symbol`,
    });
  }
  return problems;
}

export const identityConsistency: CorpusCheck = {
  name: 'identity-consistency',
  run(documents) {
    return documents.flatMap(check);
  },
};
