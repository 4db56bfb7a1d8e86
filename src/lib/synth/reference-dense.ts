/**
 * Texts made of nothing but references, for measuring the citation engine where it is weakest: one
 * endless sentence (only commas, so every alias is checked against every reference before it) of
 * full references each followed by its alias "(sau đây gọi tắt là Nghị định N)", short forms that
 * must find their antecedent, and names the archive knows ("Luật Bình đẳng giới"). Deterministic.
 */
export interface ReferenceDenseText {
  text: string;
  /** How many full references, aliases and short forms the text holds (each group's count). */
  groups: number;
}

/** One group: a full reference, its alias, a short form back to it, a named law with its number. */
export function referenceGroup(k: number): string {
  return `Nghị định số ${k}/2012/NĐ-CP (sau đây gọi tắt là Nghị định ${k}), Nghị định ${k}, Luật Bình đẳng giới số 73/2006/QH11, `;
}

/** At least `bytes` bytes (UTF-8) of reference groups. */
export function referenceDenseText(bytes: number): ReferenceDenseText {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const part = referenceGroup(parts.length + 1);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return { text: parts.join(''), groups: parts.length };
}
