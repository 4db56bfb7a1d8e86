import type { Normalized } from './normalize.ts';
import { typeWords } from './type-words.ts';
import type { AliasDefinition, Candidate } from './types.ts';

/**
 * An alias that names what a decision approves or issues rather than the decision itself:
 * "Quyết định số 1790/QĐ-TTg … phê duyệt Chương trình "Truyền thông về bình đẳng giới …" (sau đây gọi
 * tắt là Chương trình 1790)". The alias has the number of the decision but the type of the thing
 * approved, so it binds to the decision when the text between them says that the decision approves
 * or issues a thing of the alias's type. Later "Chương trình 1790" then resolves to 1790/QĐ-TTg,
 * the document that holds the programme (it has no number of its own).
 */

// "phê duyệt", "ban hành", "ban hành kèm theo", then the type word, within the clause.
const verbs = String.raw`(?:phe\s+duyet|ban\s+hanh(?:\s+kem\s+theo)?)`;

/** True when `candidate` is followed, before `alias`, by "phê duyệt/ban hành <a type word of the alias's type>". */
export function aliasNamesApprovedThing(n: Normalized, candidate: Candidate, alias: AliasDefinition): boolean {
  if (alias.type === null || candidate.end > alias.start) return false;
  const words = typeWords.filter(([, type]) => type === alias.type).map(([word]) => word.replace(/ /g, String.raw`\s+`));
  if (!words.length) return false;
  const between = n.folded.slice(candidate.end, alias.start);
  return new RegExp(String.raw`(?:^|[^a-z])${verbs}\s+(?:${words.join('|')})(?![a-z])`, 'u').test(between);
}
