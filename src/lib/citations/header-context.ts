import { parseNumberSymbol } from '../identity/number-symbol.ts';
import { provinceFromName } from './issuers.ts';
import type { CitingContext } from './types.ts';

/**
 * A best-effort citing context read from the header of a raw document text (the "ỦY BAN NHÂN DÂN /
 * TỈNH KIÊN GIANG" block, "Số: 68 /UBND-VHXH", "Kiên Giang, ngày 16 tháng 01 năm 2019"), for texts
 * that come without frontmatter, as in `npm run cite` on a raw file. Only what the header states
 * plainly is taken; anything unclear stays null, which keeps local references ambiguous.
 */
export function contextFromHeader(text: string): CitingContext {
  const head = text.normalize('NFC').slice(0, 1500);
  const own = /Số\s*:\s*[*_]*\s*(\d+[a-zA-Z]?)[*_.…\s]*\/\s*([A-ZĐ][\p{L}\p{N}&/-]*)/u.exec(head);
  const parsed = own ? parseNumberSymbol(`${own[1]}/${own[2]}`) : null;
  const name = (pattern: RegExp) => pattern.exec(head)?.[1]?.trim() ?? null;
  // Names in the header are in capitals and end at a line break, markup, a table bar or a wide gap.
  const provinceName = name(/(?:^|[\s*])(?:TỈNH|THÀNH PHỐ)\s+([\p{Lu} ]+?)(?=\*|\n|\||\s{2,}|$)/u);
  const districtName = name(/(?:^|[\s*])(?:HUYỆN|THỊ XÃ|QUẬN)\s+([\p{Lu} ]+?)(?=\*|\n|\||\s{2,}|$)/u);
  // "Kiên Giang, ngày 16 tháng 01 năm 2019", possibly wrapped or beside the number in one line.
  const placeLine = /(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}),\s*ngày[\s\S]{0,40}?năm\s+(\d{4})/u.exec(head);
  const province = (provinceName && provinceFromName(provinceName)) ?? (placeLine ? provinceFromName(placeLine[1]!) : null);
  const level = districtName ? 'huyen' : province ? 'tinh' : null;
  return {
    id: null,
    level,
    province,
    district: districtName,
    issuerCode: parsed?.issuerCode ?? null,
    numberSymbol: parsed?.text ?? null,
    year: placeLine ? Number(placeLine[2]) : null,
    key: null,
  };
}
