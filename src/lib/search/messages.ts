/** Vietnamese messages of the search page, kept here so that tests can check them. */

/** The query in quotation marks; a query with its own quotes keeps them, as typographic ones. */
export function quoted(text: string): string {
  if (text.includes('"')) return text.replace(/"([^"]*)"?/g, '“$1”');
  return /[“”]/.test(text) ? text : `“${text}”`;
}

/** "Tìm thấy 3 văn bản cho “bình đẳng giới”." */
export function foundMessage(count: number, query: string): string {
  return query ? `Tìm thấy ${count} văn bản cho ${quoted(query)}.` : `Tìm thấy ${count} văn bản.`;
}

/** Nothing found, said plainly. */
export function noneMessage(query: string): string {
  return query ? `Không tìm thấy văn bản nào cho ${quoted(query)}.` : 'Không có văn bản nào khớp với bộ lọc đã chọn.';
}

/**
 * "Không tìm thấy từ: “xyz” trong văn bản nào." `partial`: only some years of the archive were
 * searched (search-coverage.ts), so the word may still be in the others: say "in the documents searched".
 */
export function unmatchedMessage(words: string[], hasResults: boolean, partial = false): string {
  const list = words.map(quoted).join(', ');
  const head = `Không tìm thấy ${words.length > 1 ? 'các từ' : 'từ'}: ${list} ${partial ? 'trong các văn bản đã tìm' : 'trong văn bản nào'}.`;
  return hasResults ? `${head} Kết quả dưới đây là cho các từ còn lại.` : head;
}
