/**
 * The sentence and heading bank: running text of the seed documents, cut into sentences. The caller
 * passes the seed bodies in (no file system here). Sentences that cite a document or name a seed's
 * place are left out, so a synthetic document never carries a citation it cannot resolve or a
 * place it does not belong to; the generator adds its own citations and place names.
 */
export interface SentenceBank {
  sentences: string[];
  /** Section headings of the seeds, numbering removed. */
  headings: string[];
  /** Sentences that read well as list items (shorter ones). */
  items: string[];
}

// Citation-like material: number-symbols ("56/2012/NĐ-CP", "21-CT/TW", "08/KH-"), dates "16/7/2012".
const citationLike = /\d+\s*[/-]\s*(?:\d{4}\s*\/\s*)?\p{Lu}|\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}|số\s+\d/u;
// Short forms ("Nghị định 56", "Chỉ thị 21") point back to a full reference the sentence lost.
const shortForm = /(?:Nghị định|Nghị quyết|Chỉ thị|Quyết định|Thông tư|Thông báo|Kế hoạch|Hướng dẫn|Công văn|Chương trình|Luật)\s+\d/iu;
// Places of the seeds: a synthetic document of another province must not name them.
const seedPlaces = /Kiên Giang|Lạng Sơn|Kon Tum|Bắc Giang|Tân Yên|Thanh Hóa|Thanh Hoá|Thanh\. Hòa/u;

function clean(text: string): string {
  return text
    .replace(/[*_`|<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Builds the bank from seed Markdown bodies (frontmatter already removed). */
export function buildSentenceBank(bodies: readonly string[]): SentenceBank {
  const sentences = new Set<string>();
  const headings = new Set<string>();
  for (const body of bodies) {
    for (const block of body.normalize('NFC').split(/\n\s*\n/)) {
      for (const rawLine of block.split('\n')) {
        const line = rawLine.trim();
        if (line === '') continue;
        if (line.startsWith('#')) {
          const heading = clean(line.replace(/^#+\s*/, '').replace(/^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*/u, '')).replace(/[:.]$/, '');
          if (heading.length >= 12 && heading.length <= 160 && !citationLike.test(heading) && !shortForm.test(heading) && !seedPlaces.test(heading) && heading !== heading.toUpperCase()) {
            headings.add(heading);
          }
          continue;
        }
        const text = clean(line.replace(/^(?:[-+•:]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s+/u, ''));
        for (const part of text.split(/(?<=[.!?;])\s+(?=\p{Lu})/u)) {
          let sentence = part.trim().replace(/[;,:]$/, '.');
          if (!/[.!?…]$/.test(sentence)) sentence += '.';
          if (sentence.length < 40 || sentence.length > 600) continue;
          if (citationLike.test(sentence) || shortForm.test(sentence) || seedPlaces.test(sentence)) continue;
          // Closing formulas ("…thực hiện./.") belong at the end of a document only.
          if (sentence.endsWith('./.')) continue;
          if (!/^\p{Lu}/u.test(sentence)) continue;
          sentences.add(sentence);
        }
      }
    }
  }
  const list = [...sentences];
  if (list.length < 20) throw new Error(`the seed texts gave only ${list.length} usable sentences; need at least 20`);
  return { sentences: list, headings: [...headings], items: list.filter((s) => s.length <= 260) };
}
