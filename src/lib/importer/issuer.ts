import { issuerLevels } from '../content/document-schema.ts';
import { provinces, type Province } from '../places/provinces.ts';
import { districts } from './districts.ts';
import { foldSameLength } from './fold.ts';
import { properCase } from './proper-case.ts';

/**
 * The issuing body from the upper-case lines at the top left of the header:
 * "ỦY BAN NHÂN DÂN / TỈNH KIÊN GIANG" (one body over two lines), "UBND TỈNH THANH HÓA / BAN VÌ SỰ
 * TIẾN BỘ CỦA PHỤ NỮ" (the parent printed above the body), "ỦY BAN NHÂN DÂN / HUYỆN TÂN YÊN" (a
 * district: the province comes from the district table), "TỈNH ỦY LẠNG SƠN" (a Party committee).
 */
export type IssuerLevel = (typeof issuerLevels)[number];

export interface IssuerReading {
  /** Full name in normal case, e.g. "Ban Vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa". */
  name: string;
  /** The body above it, printed or (for a district's People's Committee) implied; null for none. */
  parent: string | null;
  /** null when neither the name nor its parent tells the level. */
  level: IssuerLevel | null;
  province: string | null;
  district: string | null;
  /** How the province was found; null when it was not. */
  provinceFrom: 'header' | 'district-table' | null;
}

// Words that begin the name of a body: a line starting with one begins a new body. A line starting
// with a locality word ("TỈNH KIÊN GIANG") or a connector ("CỦA PHỤ NỮ") continues the one above.
const bodyHeads = [
  'uy ban', 'ubnd', 'hoi dong', 'hdnd', 'so ', 'ban ', 'bo ', 'phong ', 'van phong', 'chi cuc', 'cuc ', 'tong cuc',
  'hoi ', 'tinh uy', 'thanh uy', 'huyen uy', 'quan uy', 'thi uy', 'dang uy', 'dang bo', 'chinh phu', 'thu tuong',
  'quoc hoi', 'mat tran', 'doan ', 'lien doan', 'trung tam', 'truong ', 'benh vien', 'cong an', 'thanh tra', 'dai ',
  'bao ', 'toa an', 'vien kiem sat', 'ubmttq', 'bch ', 'ttg', 'quy ',
];

/** True when a header line begins the name of a body ("ỦY BAN …", "SỞ …", "TỈNH ỦY …"). */
export function startsBody(line: string): boolean {
  const folded = `${foldSameLength(line)} `;
  return bodyHeads.some((head) => folded.startsWith(head));
}

/** Groups header lines into bodies, top to bottom. */
export function groupBodies(lines: readonly string[]): string[] {
  const groups: string[] = [];
  for (const line of lines) {
    if (groups.length === 0 || startsBody(line)) groups.push(line);
    else groups[groups.length - 1] += ` ${line}`;
  }
  return groups;
}

const abbreviations: Array<[RegExp, string]> = [
  [/^UBND\b/u, 'Ủy ban nhân dân'],
  [/^HĐND\b/u, 'Hội đồng nhân dân'],
];

function normalName(upper: string): string {
  let name = properCase(upper, 'name');
  for (const [pattern, full] of abbreviations) name = name.replace(pattern, full);
  return name;
}

const centralNames = /^(Chính phủ|Thủ tướng Chính phủ|Quốc hội|Bộ |Ban Chấp hành Trung ương|Ban Bí thư|Bộ Chính trị|Ủy ban Quốc gia|Văn phòng Chính phủ|Văn phòng Trung ương)|Trung ương/u;

interface Locality {
  kind: 'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn';
  place: string;
  /** Where the locality starts in the name. */
  index: number;
}

const localityPattern = /(?:^|\s)(tỉnh|thành phố|thị trấn|thị xã|huyện|quận|phường|xã|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)\s+(\p{Lu}.*)$/u;

function localityOf(name: string): Locality | null {
  const m = localityPattern.exec(name);
  if (!m) return null;
  const word = m[1]!;
  const kinds: Record<string, Locality['kind']> = {
    'Tỉnh ủy': 'tỉnh', 'Thành ủy': 'thành phố', 'Huyện ủy': 'huyện', 'Quận ủy': 'quận', 'Thị ủy': 'thị xã',
  };
  return { kind: kinds[word] ?? (word as Locality['kind']), place: m[2]!.trim(), index: m.index + (m[0].startsWith(' ') ? 1 : 0) };
}

function findProvinceByName(place: string): Province | undefined {
  const folded = foldSameLength(place);
  return provinces.find((p) => foldSameLength(p.name) === folded);
}

interface Place {
  level: IssuerLevel;
  province: Province | null;
  district: string | null;
}

function placeOf(locality: Locality): Place {
  const province = findProvinceByName(locality.place);
  switch (locality.kind) {
    case 'tỉnh':
      return { level: 'tinh', province: province ?? null, district: null };
    case 'thành phố':
      // A centrally-run city is a province; any other city is a district-level unit.
      return province?.kind === 'thành phố' ? { level: 'tinh', province, district: null } : { level: 'huyen', province: null, district: locality.place };
    case 'huyện':
    case 'quận':
    case 'thị xã':
      return { level: 'huyen', province: null, district: locality.place };
    default:
      return { level: 'xa', province: null, district: null };
  }
}

// A Văn phòng is the office of the body above it, and a fund's or a programme's boards are its own
// ("Hội đồng quản lý" under "Quỹ … tỉnh Đắk Nông"): each is named after the body above it in full.
const officeOfParent = /^(?:Văn phòng|Hội đồng quản lý|Ban điều hành|Ban kiểm soát|Ban quản lý)$/u;

/** Reads the issuing body from its upper-case header lines (top to bottom). */
export function readIssuer(lines: readonly string[]): IssuerReading | null {
  const groups = groupBodies(lines.map((l) => l.trim()).filter((l) => l !== ''));
  if (groups.length === 0) return null;
  const bodyName = normalName(groups[groups.length - 1]!);
  const parentName = groups.length > 1 ? normalName(groups[groups.length - 2]!) : null;

  const own = localityOf(bodyName);
  const parentLocality = parentName ? localityOf(parentName) : null;
  let name = bodyName;
  if (!own && parentName && parentLocality) {
    // A body under a local parent is named with the parent's place ("Ban … tỉnh Thanh Hóa"), or
    // for a Party committee's department, with the committee ("Ban Tuyên giáo Tỉnh ủy Lạng Sơn").
    // A Văn phòng is the office of its parent: "Văn phòng Ủy ban nhân dân tỉnh Kon Tum".
    name = officeOfParent.test(bodyName) ? `${bodyName} ${parentName}` : `${bodyName} ${parentName.slice(parentLocality.index)}`;
  }

  const ownPlace = own ? placeOf(own) : null;
  const parentPlace = parentLocality ? placeOf(parentLocality) : null;
  let level: IssuerLevel | null = ownPlace?.level ?? parentPlace?.level ?? null;
  if (centralNames.test(name) && !own && !parentLocality) level = 'trung-uong';
  if (level === null && parentName && centralNames.test(parentName)) level = 'trung-uong';

  let province = ownPlace?.province ?? parentPlace?.province ?? null;
  const district = ownPlace?.district ?? (ownPlace ? null : parentPlace?.district ?? null);
  let provinceFrom: IssuerReading['provinceFrom'] = province ? 'header' : null;
  if (!province && district) {
    const slug = districts.get(district);
    const found = slug ? provinces.find((p) => p.slug === slug) : undefined;
    if (found) {
      province = found;
      provinceFrom = 'district-table';
    }
  }
  let parent = parentName;
  // A district's People's Committee or Party committee answers to the province's: name it as the
  // parent even when the header prints only the district.
  if (!parent && province && level === 'huyen') {
    const provinceName = `${province.kind} ${province.name}`;
    if (/^Ủy ban nhân dân /u.test(name)) parent = `Ủy ban nhân dân ${provinceName}`;
    else if (/^(Huyện|Quận|Thị|Thành) ủy /u.test(name)) parent = `${province.kind === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy'} ${province.name}`;
  }
  return { name, parent, level, province: province?.slug ?? null, district, provinceFrom };
}
