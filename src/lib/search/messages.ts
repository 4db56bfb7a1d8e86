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

/** "Không tìm thấy từ: “xyz”. Kết quả dưới đây không có từ này." */
export function unmatchedMessage(words: string[], hasResults: boolean): string {
  const list = words.map(quoted).join(', ');
  const head = `Không tìm thấy ${words.length > 1 ? 'các từ' : 'từ'}: ${list} trong văn bản nào.`;
  return hasResults ? `${head} Kết quả dưới đây là cho các từ còn lại.` : head;
}
