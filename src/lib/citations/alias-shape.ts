import { foldForMatch } from '../text/vietnamese.ts';
import { typeWordPattern } from './type-words.ts';

/**
 * A document's `aliases` are names the citation engine links wherever they occur in any text of the
 * archive, so each must be a name of that document, never a word of running text: `aliases: ["và"]`
 * once turned 230 occurrences of "và" into citation links. A name is accepted when it is
 * - a type word with a number: "Nghị định 56", "Chỉ thị số 21", "Đề án 939";
 * - a type word followed by a name (a capitalised word, or two words): "Luật Bình đẳng giới",
 *   "Chương trình hành động quốc gia …";
 * - or a proper name of at least two words, two of them capitalised: "Chiến lược Quốc gia", "Đề án
 *   Hỗ trợ Phụ nữ" (sentence-case phrases such as "Bình đẳng giới" are running text).
 * Anything else (one word, a lower-case phrase, a bare number or type word) is refused.
 */
export function aliasProblem(alias: string): string | null {
  const text = alias.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const folded = foldForMatch(text);
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (typeWithNumber.test(folded)) return null;
  const afterTypeWord = typeWordFirst.exec(folded);
  // After the type word: a capitalised word ("Luật Bình đẳng giới") or two words; "Kế hoạch của" is text.
  const rest = afterTypeWord ? words.slice(words.length - afterTypeWord[1]!.trim().split(' ').filter(Boolean).length) : [];
  if (afterTypeWord && rest.some((w) => /\p{L}/u.test(w)) && (rest.length >= 2 || rest.some((w) => /^\p{Lu}/u.test(w)))) return null;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length >= 2 && /^\p{Lu}/u.test(text) && capitalised >= 2) return null;
  const why = words.length < 2 ? 'a single word' : afterTypeWord ? 'a type word without a number or a name' : 'a phrase of running text';
  return `"${alias}" is ${why}, not a name of a document: the citation engine would link it everywhere it occurs. Write a type word with a number ("Nghị định 56"), or the document's name ("Luật Bình đẳng giới"); remove it otherwise`;
}

const typeWithNumber = new RegExp(String.raw`^(?:${typeWordPattern})(?:\s+so)?\s*:?\s*\d{1,6}\b`, 'u');
const typeWordFirst = new RegExp(String.raw`^(?:${typeWordPattern})(?![a-z0-9])(.*)$`, 'u');
