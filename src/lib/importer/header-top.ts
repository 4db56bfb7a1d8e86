import type { DocumentTypeSlug } from '../identity/document-types.ts';
import { cellsOf, withoutMotto, type Cell } from './header-cells.ts';
import { isDateStart, readDateLine, type DateReading } from './date-line.ts';
import { startsBody } from './issuer.ts';
import { readNumberLine, type NumberReading } from './number-line.ts';
import { isBlank, type SourceLine } from './source-lines.ts';
import { readTypeLine } from './type-line.ts';

/**
 * Reads the top of a document (vietnamese-documents.md §1): issuing body lines, motto, "Số:", place
 * and date, type name and abstract or the "V/v" line, "Kính gửi". Stops at the first line that is
 * none of these: there the body begins. Cells are read by content, so the order in which a
 * flattened two-column layout lists them does not matter.
 */
export interface TopReading {
  /** Upper-case lines of the issuing body (and its parent), top to bottom. */
  issuerCells: Cell[];
  number: (NumberReading & { line: number }) | null;
  date: (DateReading & { line: number }) | null;
  type: { type: DocumentTypeSlug; line: number } | null;
  /** Lines of the abstract under the type name. */
  abstract: Cell[];
  /** Lines of the "V/v" abstract of a công văn, "V/v" removed. */
  subject: Cell[];
  /** Addressees after "Kính gửi", one per item. */
  addressees: Array<{ text: string; line: number }>;
  /** Source line of "Kính gửi", or null. */
  addresseesLine: number | null;
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" stood where the motto stands. */
  party: boolean;
  /** Index into the lines of the first body line. */
  bodyStart: number;
}

const subjectPattern = /^(?:V\/v|V\/V|v\/v|Về\s+việc)\s*:?\s*/u;
// Only "V/v" itself ends an abstract: "Về việc …" is how the abstract of a quyết định begins.
const subjectMark = /^(?:V\/v|V\/V|v\/v)\b/u;
const addresseesPattern = /^Kính\s*gửi\s*:?\s*/iu;
const itemPattern = /^[-+•–]\s*/u;
// Words that leave a wrapped line unfinished, so the next line continues it even with a capital.
const openEnd = /(?:^|\s)(?:của|và|về|số|ngày|tại|trên|cho|các|với|trong|theo|đến|năm|việc|thực hiện|triển khai|-)$/iu;

function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}

/** True when a cell is one of the header's own elements (it ends any abstract being read). */
function isHeaderElement(text: string): boolean {
  return (
    withoutMotto(text).motto ||
    readNumberLine(text) !== null ||
    readDateLine(text) !== null ||
    // "Hà Tĩnh, ngày 2 tháng" (the date goes on below), but not an abstract wrapped after "ngày".
    (/,\s*ngày\b/u.test(text) && isDateStart(text)) ||
    subjectMark.test(text) ||
    addresseesPattern.test(text) ||
    readTypeLine(text) !== null
  );
}

// An abstract wrapped before a capitalised word ("… Quyết định thành lập" / "Ban Vì sự tiến bộ …"):
// the line before ends without punctuation, and the next line does not open the body.
const bodyOpening = /^(?:Căn cứ|Theo|Xét|Thực hiện|Để|Nhằm|Trên cơ sở|Sau khi|Ngày|Kính gửi)(?=[\s:,]|$)/u;
function wrappedAbstract(previous: string, next: string): boolean {
  return !/[.;:!?]$/u.test(previous.trim()) && /^\p{Lu}/u.test(next) && !bodyOpening.test(next);
}

/** Does `next` continue the wrapped line `previous` (an abstract or subject line)? */
function continuesLine(previous: Cell, next: Cell): boolean {
  return previous.hardBreak || /^[\p{Ll}\d(]/u.test(next.text) || openEnd.test(previous.text);
}

type Collecting =
  | { kind: 'abstract'; upper: boolean | null; blankSince: boolean }
  | { kind: 'subject'; blankSince: boolean }
  | { kind: 'addressees'; blankSince: boolean };

/**
 * A place name wrapped before its date, often inside italics: "*Thành phố Đà" + "Nẵng, ngày 05
 * tháng 3 năm 2024*". The first line alone is nothing the header knows, so it is joined with the
 * next line when the two together begin a place-and-date line. Only a short line of capitalised
 * words without digits can be such a fragment, so a body sentence is never taken for a place.
 */
function wrappedPlace(lines: readonly SourceLine[], index: number, cells: readonly Cell[]): { cell: Cell; next: number } | null {
  if (cells.length !== 1) return null;
  const fragment = cells[0]!;
  // An upper-case line is the issuing body's ("TỈNH KON TUM" above "Kon Tum, ngày …"), not a place.
  if (isHeaderElement(fragment.text) || isDateStart(fragment.text) || isUpperCase(fragment.text) || !placeFragment.test(fragment.text)) return null;
  let next = index + 1;
  while (next < lines.length && isBlank(lines[next]!)) next++;
  const following = next < lines.length ? cellsOf(lines[next]!) : [];
  if (following.length !== 1) return null;
  const text = `${fragment.text} ${following[0]!.text}`;
  const date = readDateLine(text);
  const start = isDateStart(text);
  if (!date && !start) return null;
  if (date && (!date.place || !date.place.startsWith(fragment.text))) return null;
  return { cell: { ...fragment, text, hardBreak: following[0]!.hardBreak }, next: next + 1 };
}

// One to five capitalised words of a place name ("Thành phố Đà", "TP. Hồ Chí", "Thị xã Sơn", "Hà"),
// no digits: "Về việc hưởng ứng" (an abstract wrapped before a date) is not one.
const placeFragment = /^\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}[\p{L}.]*|phố|xã|trấn)){0,4}$/u;

/** Lines beyond which a header is no longer looked for when none has started. */
const HEADER_WINDOW = 12;

export function readTop(lines: readonly SourceLine[]): TopReading {
  const top: TopReading = {
    issuerCells: [],
    number: null,
    date: null,
    type: null,
    abstract: [],
    subject: [],
    addressees: [],
    addresseesLine: null,
    party: false,
    bodyStart: 0,
  };
  let anchors = 0;
  let collecting: Collecting | null = null;
  let pendingDate: Cell | null = null;
  let nonBlank = 0;
  // The previous cell ended inside the motto ("… CHỦ NGHĨA VIỆT"): its tail may start this one.
  let mottoOpen = false;

  // Reads one cell; false when the cell is not part of the header (the body starts on its line).
  const take = (cell: Cell): boolean => {
    let text = cell.text;
    let line = cell.line;
    if (pendingDate) {
      text = `${pendingDate.text} ${text}`;
      line = pendingDate.line;
      pendingDate = null;
    }
    const motto = withoutMotto(text, mottoOpen);
    mottoOpen = motto.unfinished;
    if (motto.motto) {
      anchors++;
      top.party ||= motto.party;
      text = motto.text;
      if (text === '') return true;
    }

    if (collecting) {
      const current: Collecting = collecting;
      // "V/v hưởng ứng" + "ngày 8 tháng 3 năm 2024": a date with no place right under an abstract
      // line ends the abstract, it is not the place-and-date line.
      const abstractDate = current.kind !== 'addressees' && !current.blankSince && /^ngày\s*\d/iu.test(text) && readDateLine(text)?.place === null;
      if (abstractDate) {
        (current.kind === 'abstract' ? top.abstract : top.subject).push({ ...cell, text, line });
        return true;
      }
      if (isHeaderElement(text)) {
        collecting = null;
      } else if (current.kind === 'addressees') {
        const last = top.addressees[top.addressees.length - 1];
        if (itemPattern.test(text)) {
          top.addressees.push({ text, line });
          current.blankSince = false;
          return true;
        }
        if (last && !current.blankSince && (/^\p{Ll}/u.test(text) || !/[;.]$/u.test(last.text))) {
          last.text = `${last.text} ${text}`;
          return true;
        }
        collecting = null;
        return false;
      } else {
        const list = current.kind === 'abstract' ? top.abstract : top.subject;
        const previous = list[list.length - 1];
        let continues: boolean;
        if (!previous) continues = true;
        else if (current.blankSince) continues = false;
        else if (current.kind === 'abstract' && current.upper) continues = isUpperCase(text);
        else continues = !isUpperCase(text) && (continuesLine(previous, { ...cell, text }) || (current.kind === 'abstract' && wrappedAbstract(previous.text, text)));
        if (continues) {
          if (current.kind === 'abstract' && current.upper === null) current.upper = isUpperCase(text);
          list.push({ ...cell, text, line });
          return true;
        }
        collecting = null;
        if (current.blankSince || !isUpperCase(text)) return false;
      }
    }

    const number = top.number ? null : readNumberLine(text);
    if (number) {
      top.number = { ...number, line };
      anchors++;
      text = text.slice(number.end).trim();
      if (text === '') return true;
    }
    if (isDateStart(text)) {
      pendingDate = { ...cell, text, line };
      return true;
    }
    const date = top.date ? null : readDateLine(text);
    if (date) {
      top.date = { ...date, line };
      anchors++;
      return true;
    }
    if (subjectMark.test(text) || (subjectPattern.test(text) && !top.type)) {
      anchors++;
      const rest = text.replace(subjectPattern, '');
      if (rest) top.subject.push({ ...cell, text: rest, line });
      collecting = { kind: 'subject', blankSince: false };
      return true;
    }
    if (addresseesPattern.test(text)) {
      anchors++;
      top.addresseesLine = line;
      const rest = text.replace(addresseesPattern, '');
      if (rest) top.addressees.push({ text: rest, line });
      collecting = { kind: 'addressees', blankSince: false };
      return true;
    }
    const type = top.type ? null : readTypeLine(text);
    if (type) {
      top.type = { type: type.type, line };
      anchors++;
      collecting = { kind: 'abstract', upper: null, blankSince: false };
      if (type.rest) {
        top.abstract.push({ ...cell, text: type.rest, line });
        collecting.upper = true;
      }
      return true;
    }
    // Upper-case lines before the number, type or subject name the issuing body; the first of them
    // must begin a body's name, or an upper-case heading of a text without header would pass for one.
    if (isUpperCase(text) && !top.type && top.subject.length === 0 && !top.date && (top.issuerCells.length > 0 || startsBody(text))) {
      top.issuerCells.push({ ...cell, text, line });
      return true;
    }
    return false;
  };

  let i = 0;
  for (; i < lines.length; i++) {
    const source = lines[i]!;
    if (isBlank(source)) {
      // `collecting` is set inside `take`, which the compiler does not follow; hence the cast.
      const open = collecting as Collecting | null;
      if (open) open.blankSince = true;
      continue;
    }
    nonBlank++;
    if (anchors === 0 && top.issuerCells.length === 0 && nonBlank > HEADER_WINDOW) break;
    const cells = cellsOf(source);
    if (cells.length === 0) continue;
    const wrapped = top.date || pendingDate ? null : wrappedPlace(lines, i, cells);
    if (wrapped) {
      take(wrapped.cell);
      i = wrapped.next - 1;
      continue;
    }
    // A row of the header whose first cell was read goes on past a cell that is no header element:
    // OCR reads a seal or a signature over the header as a cell of stray letters ("HIỂU ụn TY").
    const [first, ...others] = cells;
    if (!take(first!)) break;
    const fragments = (c: Cell) => c.text.split(/\s+/u).every((w) => [...w].length <= 4);
    let ended = false;
    for (const cell of others) if (!take(cell) && !fragments(cell)) ended = true;
    if (ended) break;
  }
  // A header that never got past its first lines (no anchor at all) is not a header.
  if (anchors === 0 && top.issuerCells.length === 0) i = lines.findIndex((l) => !isBlank(l));
  top.bodyStart = Math.max(0, i);
  return top;
}
