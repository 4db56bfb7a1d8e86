import { stringify } from 'yaml';
import { parseDocumentFile, type CorpusDocument } from '../../../src/lib/content/corpus.ts';

/** A valid document (seed 000's metadata); tests change one thing at a time. */
export function frontmatter(change: (doc: Record<string, any>) => void = () => {}): Record<string, any> {
  const doc: Record<string, any> = {
    type: 'cong-van',
    numberSymbol: '68/UBND-VHXH',
    year: 2019,
    title: 'Tiếp tục triển khai thực hiện Nghị định số 56/2012/NĐ-CP',
    issuer: { name: 'Ủy ban nhân dân tỉnh Kiên Giang', parent: null, level: 'tinh' },
    province: 'kien-giang',
    district: null,
    place: 'Kiên Giang',
    issued: '2019-01-16',
    signer: { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: 'Đỗ Thanh Bình' },
    addressees: ['Các sở, ban, ngành, đoàn thể cấp tỉnh'],
    recipients: ['Như trên', 'Lưu: VT, tthuy'],
    fullText: true,
    aliases: [],
    source: { file: '000_fba281767e79f56d.txt', url: null },
    quality: { level: 'clean', notes: null },
    review: [],
    handCompleted: [],
  };
  change(doc);
  return doc;
}

/** A document as the corpus loader gives it to the checks; throws if it fails the schema. */
export function corpusDocument(data: Record<string, any>, body = 'Căn cứ Nghị định số 56/2012/NĐ-CP,\n', id = '2019/kien-giang-68-ubnd-vhxh'): CorpusDocument {
  const file = `content/van-ban/${id}.md`;
  const parsed = parseDocumentFile(file, `---\n${stringify(data)}---\n${body}`, id);
  if (!parsed.document) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.document;
}

/** "Today" for the date checks. */
export const today = new Date('2025-06-01T00:00:00Z');
