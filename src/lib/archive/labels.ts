import type { DocumentData } from '../content/document-schema.ts';

/** Vietnamese labels for schema values shown to readers. */
export const issuerLevelLabels: Record<DocumentData['issuer']['level'], string> = {
  'trung-uong': 'Trung ương',
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};

export const qualityLabels: Record<DocumentData['quality']['level'], string> = {
  clean: 'Văn bản sạch',
  'conversion-residue': 'Đã loại bỏ dấu vết chuyển đổi định dạng',
  'ocr-errors': 'Văn bản nhận dạng quang học (OCR), còn lỗi nhận dạng',
};

/** Signer block as printed: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thanh Bình"] in reading case. */
export function signerLines(signer: DocumentData['signer']): string[] {
  if (!signer) return [];
  const lines: string[] = [];
  if (signer.authority) lines.push(`${signer.authority.prefix} ${signer.authority.of}`);
  if (signer.title) lines.push(signer.title);
  if (signer.name) lines.push(signer.name);
  return lines;
}
