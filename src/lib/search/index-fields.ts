import { compactFolded, foldText, words } from './normalize.ts';
import { documentNumberKeys } from './number-keys.ts';

/**
 * Index-side text for one document page, written into hidden, searchable Pagefind meta fields.
 *
 * - `folded`: the words that contain đ/Đ, without diacritics ("đẳng" → "dang", "Nghị định" →
 *   "dinh"), because Pagefind folds every other diacritic but not đ, so "binh dang gioi" would miss
 *   "bình đẳng giới". Also the compact folded forms of the number-symbols the text cites, however
 *   they are spaced ("21- CT/TW" → "21cttw", "56/2012/NĐ-CP" → "562012ndcp"), so a number typed in
 *   any form finds the documents that cite it.
 * - `keys`: the document's own number keys ("zsh96khubnd", "ztskehoach96"), see number-keys.ts.
 */
export interface SearchIndexFields {
  folded: string;
  keys: string;
}

export interface IndexedDocument {
  title: string;
  numberSymbol: string | null;
  typeSlug: string;
  issuerName: string;
  /** The document text as stored (Markdown), or '' when only citations are known. */
  body: string;
  /** Other searchable names: aliases ("Luật Bình đẳng giới"), the signer. */
  extra?: string[];
}

// A number-symbol in running text, however spaced: "21- CT/TW", "56/2012/NĐ-CP", "Số: 96/KH-UBND".
// Codes start with a capital so that "2015- 2020" and dates are not taken.
const citedNumber = /(?<![\p{L}\p{N}])\d{1,5}\s*[/-]\s*(?:\d{4}\s*\/\s*)?[A-ZĐ][\p{L}0-9&]*(?:\s*[/-]\s*[A-ZĐ][\p{L}0-9&]*){1,3}/gu;

/** Compact folded forms of every number-symbol cited in a text. */
export function citedNumberForms(text: string): string[] {
  const forms = new Set<string>();
  for (const m of text.normalize('NFC').matchAll(citedNumber)) forms.add(compactFolded(m[0]));
  return [...forms];
}

/** Folded copies of the words that contain đ or Đ, each once, in order of first appearance. */
export function foldedDWords(text: string): string[] {
  const out = new Set<string>();
  for (const word of words(text)) {
    if (/[đĐ]/.test(word)) out.add(foldText(word));
  }
  return [...out];
}

export function searchIndexFields(doc: IndexedDocument): SearchIndexFields {
  const text = [doc.title, doc.numberSymbol ?? '', doc.issuerName, ...(doc.extra ?? []), doc.body].join('\n');
  const own = doc.numberSymbol ? [compactFolded(doc.numberSymbol)] : [];
  const folded = new Set([...foldedDWords(text), ...own, ...citedNumberForms(text)]);
  return {
    folded: [...folded].join(' '),
    keys: documentNumberKeys(doc.numberSymbol, doc.typeSlug).join(' '),
  };
}
