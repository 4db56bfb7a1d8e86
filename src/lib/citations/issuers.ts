import { findProvince, provinces } from '../places/provinces.ts';
import { foldForMatch } from '../text/vietnamese.ts';
import type { Normalized } from './normalize.ts';
import type { IssuerClause, IssuerLevel } from './types.ts';

/**
 * Reads an issuer clause: the words naming the issuing body after "của" ("của Chính phủ", "của Ủy ban
 * nhân dân tỉnh", "của Sở LĐTB&XH tỉnh Bắc Giang", "của Tỉnh ủy Lạng Sơn"). A clause is accepted only
 * when it starts with a known kind of body, so "của mỗi cơ quan" is not mistaken for an issuer.
 * Matching is on the folded text; names (provinces, districts) are read from the original capitals.
 */

interface Word {
  start: number;
  end: number;
  folded: string;
  /** First letter is a capital in the original: part of a proper name. */
  capital: boolean;
  /** Capitalised but not all capitals ("La", not "LÀ" or "VỀ" of an all-caps title). */
  titleCase: boolean;
}

const punctuation = /[,;:.()[\]"“”‘’'!?*_|]/;
const maxWords = 16;

/** Words from `pos` up to punctuation or a paragraph break. */
function wordsFrom(n: Normalized, pos: number): Word[] {
  const words: Word[] = [];
  let i = pos;
  while (words.length < maxWords && i < n.text.length) {
    const gap = /^\s*/.exec(n.text.slice(i, i + 40))![0];
    if (/\n[ \t]*\r?\n/.test(gap)) break;
    i += gap.length;
    const ch = n.text[i];
    if (ch === undefined || punctuation.test(ch)) break;
    let j = i;
    while (j < n.text.length && !/\s/.test(n.text[j]!) && !(punctuation.test(n.text[j]!) && n.text[j] !== '.')) j++;
    // A full stop ends the word and the clause, except in "TP." (thành phố) inside a name.
    let end = j;
    if (n.text[end - 1] === '.' && !/^tp\.$/i.test(n.text.slice(i, end))) end--;
    if (end === i) break;
    words.push({ start: i, end, folded: n.folded.slice(i, end), capital: /^\p{Lu}/u.test(n.text[i]!), titleCase: /^\p{Lu}\p{Ll}/u.test(n.text.slice(i, end)) });
    i = end;
    if (end < j) break;
  }
  return words;
}

// Words that end an issuer clause: what follows is the subject ("về …", "quy định …") or the next
// clause. Pairs, because their first word can also start a name ("ban hành" but "Ban Bí thư").
const stopWords = new Set(['ve', 'v/v', 'ngay', 'nham', 'tai', 'theo', 'da', 'de', 'cho', 'trong', 'den', 'va', 'voi', 'sau', 'gui', 'la', 'duoc']);
const stopPairs = new Set(['ban hanh', 'quy dinh', 'huong dan', 'thuc hien', 'trien khai', 'giai doan', 'dong thoi', 'quy che', 've viec']);

function isStop(words: Word[], k: number, allowAnd: boolean): boolean {
  const w = words[k]!.folded;
  if (k + 1 < words.length && stopPairs.has(`${w} ${words[k + 1]!.folded}`)) return true;
  if (w === 'va') return !allowAnd;
  // "tại" is a stop, "Tài chính", "Tài nguyên" are names: both fold to "tai".
  if (w === 'tai' && /^(?:chinh|nguyen)$/.test(words[k + 1]?.folded ?? '')) return false;
  // Inside a proper name a title-case word is a syllable of the name, not a stop that folds alike:
  // "Sơn La" (là), "Đà Nẵng" (đã). All-caps titles ("LẠNG SƠN VỀ VIỆC") still stop at "VỀ".
  if (words[k]!.titleCase && (words[k - 1]?.capital || words[k + 1]?.capital)) return false;
  // In all capitals too, a syllable completing a province's name ("SƠN LA", "ĐÀ NẴNG") is not a stop.
  const before = words[k - 1]?.folded;
  const after = words[k + 1]?.folded;
  if ((before && provinceByFoldedName.has(`${before}${w}`)) || (after && provinceByFoldedName.has(`${w}${after}`))) return false;
  return stopWords.has(w);
}

/** Number of words before the first stop, starting at word `from`. */
function untilStop(words: Word[], from: number, allowAnd: boolean): number {
  let k = from;
  while (k < words.length && !isStop(words, k, allowAnd)) k++;
  return k;
}

// Ministries, by their folded name with non-letters removed, and the code they number with.
const ministries: ReadonlyArray<readonly [string, string]> = [
  ['noivu', 'BNV'], ['taichinh', 'BTC'], ['laodongthuongbinhvaxahoi', 'BLĐTBXH'], ['ldtbxh', 'BLĐTBXH'], ['ldtb&xh', 'BLĐTBXH'],
  ['yte', 'BYT'], ['giaoducvadaotao', 'BGDĐT'], ['tuphap', 'BTP'], ['vanhoathethaovadulich', 'BVHTTDL'],
  ['kehoachvadautu', 'BKHĐT'], ['thongtinvatruyenthong', 'BTTTT'], ['congan', 'BCA'], ['quocphong', 'BQP'],
  ['ngoaigiao', 'BNG'], ['xaydung', 'BXD'], ['giaothongvantai', 'BGTVT'], ['tainguyenvamoitruong', 'BTNMT'],
  ['nongnghiepvaphattriennongthon', 'BNNPTNT'], ['khoahocvacongnghe', 'BKHCN'], ['congthuong', 'BCT'],
];

const squash = (words: Word[]) => words.map((w) => w.folded).join('').replace(/[^a-z&]/g, '');

function ministryCode(words: Word[]): { code: string; length: number } | null {
  // The longest run of words that spells a ministry's name: "Bộ Nội vụ và Bộ Tài chính" is Nội vụ.
  for (let k = words.length; k > 0; k--) {
    const name = squash(words.slice(0, k));
    const hit = ministries.find(([m]) => m === name);
    if (hit) return { code: hit[1], length: k };
  }
  return null;
}

const provinceByName = new Map(provinces.map((p) => [foldForMatch(p.name).replace(/[^a-z]/g, ''), p.slug]));
const provinceByFoldedName: ReadonlySet<string> = new Set(provinceByName.keys());

/** A province slug from a proper name ("Kiên Giang", "Thanh Hoá"), or null. */
export function provinceFromName(name: string): string | null {
  return provinceByName.get(foldForMatch(name).replace(/[^a-z]/g, '')) ?? null;
}

interface Place {
  level: IssuerLevel;
  /** The place's name words, as written. */
  name: string | null;
  /** Province slug, when the name is a province's (or a provincial city named after its province). */
  province: string | null;
  length: number;
}

// "tỉnh", "thành phố", "huyện" … before a place name.
const levelWords: ReadonlyArray<readonly [string[], IssuerLevel]> = [
  [['thanh', 'pho'], 'tinh'], [['thi', 'xa'], 'huyen'], [['thi', 'tran'], 'xa'], [['tp.'], 'tinh'], [['tp'], 'tinh'],
  [['tinh'], 'tinh'], [['huyen'], 'huyen'], [['quan'], 'huyen'], [['xa'], 'xa'], [['phuong'], 'xa'],
];

/**
 * Length of the proper name at word k: capitalised words, a hyphen between them ("Bà Rịa - Vũng
 * Tàu"), up to a stop word, so that all-caps titles ("UBND TỈNH LẠNG SƠN VỀ VIỆC …") end at "VỀ".
 */
function properName(words: Word[], k: number): number {
  let j = k;
  while (j < words.length && j - k < 5 && !isStop(words, j, false) && (words[j]!.capital || (words[j]!.folded === '-' && j > k && words[j + 1]?.capital))) j++;
  return j - k;
}

/** The longest run of words from k, within `length`, that names a province; 0 when none does. */
function provinceLength(n: Normalized, words: Word[], k: number, length: number): number {
  for (let l = length; l > 0; l--) if (provinceFromName(text(n, words.slice(k, k + l)))) return l;
  return 0;
}

function placeAt(n: Normalized, words: Word[], k: number): Place | null {
  for (const [parts, level] of levelWords) {
    if (!parts.every((p, i) => words[k + i]?.folded === p)) continue;
    const from = k + parts.length;
    // "xã hội" is society, not a commune: "Sở Lao động - Thương binh và Xã hội".
    if (level === 'xa' && words[from]?.folded === 'hoi') return null;
    const capitals = properName(words, from);
    const asProvince = level === 'tinh' ? provinceLength(n, words, from, capitals) : 0;
    const nameLength = asProvince || capitals;
    const name = nameLength ? text(n, words.slice(from, from + nameLength)) : null;
    const province = asProvince && name ? provinceFromName(name) : null;
    const length = parts.length + nameLength;
    if ((parts[0] === 'thanh' || parts[0]!.startsWith('tp')) && name !== null) {
      // "thành phố Hà Nội" is a province; "thành phố Lạng Sơn" is the city inside tỉnh Lạng Sơn, and
      // any other "thành phố X" a city inside a province the text does not name.
      if (province && findProvince(province)?.kind === 'thành phố') return { level: 'tinh', name, province, length };
      return { level: 'huyen', name, province, length };
    }
    return { level, name, province, length };
  }
  return null;
}

const text = (n: Normalized, words: Word[]) => (words.length ? n.text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s+/g, ' ') : '');

interface Head {
  /** Words the head covers. */
  length: number;
  level: IssuerLevel | null;
  code: string | null;
  /** The head may be followed by a place ("Ủy ban nhân dân tỉnh Kiên Giang"). */
  place: 'level-word' | 'name' | 'none';
  /** Further name words may follow ("Sở Nội vụ", "Ủy ban Quốc gia VSTBPN Việt Nam"). */
  named?: 'and-allowed' | 'no-and';
}

function matchWords(words: Word[], k: number, phrase: string): number {
  const parts = phrase.split(' ');
  return parts.every((p, i) => words[k + i]?.folded === p) ? parts.length : 0;
}

function readHead(words: Word[]): Head | null {
  const at = (phrase: string, k = 0) => matchWords(words, k, phrase);
  let m: number;
  if ((m = at('thu tuong chinh phu') || at('thu tuong'))) return { length: m, level: 'trung-uong', code: 'TTg', place: 'none' };
  if ((m = at('chinh phu'))) return { length: m, level: 'trung-uong', code: 'CP', place: 'none' };
  for (const phrase of ['ban bi thu trung uong dang', 'ban bi thu trung uong', 'ban bi thu', 'bo chinh tri', 'ban chap hanh trung uong dang', 'ban chap hanh trung uong', 'trung uong dang']) {
    if ((m = at(phrase))) {
      // "Bộ Chính trị khóa X".
      if (words[m]?.folded === 'khoa' && words[m + 1]) m += 2;
      return { length: m, level: 'trung-uong', code: 'TW', place: 'none' };
    }
  }
  if ((m = at('uy ban thuong vu quoc hoi') || at('quoc hoi'))) return { length: m, level: 'trung-uong', code: 'QH', place: 'none' };
  if ((m = at('van phong chinh phu'))) return { length: m, level: 'trung-uong', code: 'VPCP', place: 'none' };
  if ((m = at('uy ban quoc gia'))) return { length: m, level: 'trung-uong', code: 'UBQG', place: 'none', named: 'no-and' };
  if (at('bo') && words.length > 1) return { length: 1, level: 'trung-uong', code: null, place: 'none', named: 'and-allowed' };
  // Party committees of a province or district, optionally their standing committee.
  let prefix = at('ban thuong vu') || at('thuong truc') || at('thuong vu');
  for (const [phrase, level] of [['tinh uy', 'tinh'], ['thanh uy', 'tinh'], ['huyen uy', 'huyen'], ['quan uy', 'huyen'], ['thi uy', 'huyen'], ['dang uy', null]] as const) {
    if ((m = at(phrase, prefix))) return { length: prefix + m, level, code: null, place: 'name' };
  }
  if ((m = at('ban chap hanh dang bo'))) return { length: m, level: null, code: null, place: 'level-word' };
  prefix = at('van phong') || at('thuong truc') || at('chu tich');
  for (const phrase of ['uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'hdnd']) {
    if ((m = at(phrase, prefix))) return { length: prefix + m, level: null, code: null, place: 'level-word' };
  }
  // "Giám đốc Sở Nội vụ", "Trưởng phòng Lao động…": the head of the body speaks for it.
  prefix = at('giam doc');
  if (at('so', prefix) && words.length > prefix + 1) return { length: prefix + 1, level: 'tinh', code: null, place: 'level-word', named: 'and-allowed' };
  prefix = at('truong phong') ? 1 : 0;
  if (at('phong', prefix) && words.length > prefix + 1) return { length: prefix + 1, level: 'huyen', code: null, place: 'level-word', named: 'and-allowed' };
  if ((m = at('ban vi su tien bo cua phu nu') || at('ban vstbcpn') || at('ban vstbpn') || at('ban chi dao'))) {
    return { length: m, level: null, code: null, place: 'level-word' };
  }
  return null;
}

/**
 * Reads the issuer clause whose first word is at `pos` (just after "của"). Returns null when the
 * words there do not name a body.
 */
export function readIssuer(n: Normalized, pos: number): { clause: IssuerClause; end: number } | null {
  const words = wordsFrom(n, pos);
  const head = readHead(words);
  if (!head) return null;
  let k = head.length;
  let level = head.level;
  let code = head.code;
  let province: string | null = null;
  let district: string | null = null;
  let placeName: string | null = null;
  let placeProvince: string | null = null;

  if (head.named) {
    // Name words of a ministry, a Sở, a committee: up to a stop, or a level word that starts the place.
    const end = untilStop(words, k, head.named === 'and-allowed');
    let j = k;
    while (j < end && !(head.place === 'level-word' && placeAt(n, words, j))) j++;
    if (j === k) return null;
    if (head.code === null && level === 'trung-uong') {
      if (words[k]!.folded === 'chinh' && words[k + 1]?.folded === 'tri') return null;
      const ministry = ministryCode(words.slice(k, j));
      if (ministry) {
        code = ministry.code;
        j = k + ministry.length;
      } else {
        // An unknown ministry ends at "và": "Bộ X và Bộ Y" names two bodies.
        const firstAnd = words.slice(k, j).findIndex((w) => w.folded === 'va');
        if (firstAnd > 0) j = k + firstAnd;
      }
    }
    k = j;
  }
  if (head.place === 'level-word') {
    const place = placeAt(n, words, k);
    if (place) {
      level = place.level;
      placeName = place.name;
      placeProvince = place.province;
      k += place.length;
    }
  } else if (head.place === 'name') {
    const capitals = properName(words, k);
    const length = provinceLength(n, words, k, capitals) || capitals;
    if (length) {
      placeName = text(n, words.slice(k, k + length));
      k += length;
    }
  }
  // A named province that is not one of the 63 (a typo, an OCR error) keeps province null but its
  // name in `place`, so it is reported rather than read as the citing document's province.
  if (placeName && level === 'tinh') province = provinceFromName(placeName);
  else if (placeName && (level === 'huyen' || level === 'xa')) {
    district = placeName;
    province = placeProvince;
  }
  const used = words.slice(0, k);
  const clause: IssuerClause = { name: text(n, used), level, province, district, place: placeName, code, preceding: false };
  return { clause, end: used[used.length - 1]!.end };
}
