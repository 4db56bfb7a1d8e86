import { pinpointAnchor, pinpointLabel, type Pinpoint } from '../structure/anchors.ts';
import type { Normalized } from './normalize.ts';

/**
 * A place inside the cited document, written before the reference, smallest unit first
 * (vietnamese-documents.md §7): "khoản 2 Điều 12 Luật Bình đẳng giới", "Điều 5 Nghị định số
 * 56/2012/NĐ-CP", "điểm a khoản 3 Công văn số 1911/BNV-TCPCP", "Điều 135 của Bộ luật Tố tụng dân sự
 * số 92/2015/QH13". A list ("các khoản 1, 2 và 14 Điều 114") points at the article.
 */
export interface CitedPinpoint extends Pinpoint {
  /** "khoản 2 Điều 12". */
  label: string;
  /** Anchor of the smallest unit named: "dieu-12-khoan-2" (whether or not the cited text has it). */
  anchor: string;
}

// Matched in the folded text, which has one code unit per code unit of the text: the letter of a
// điểm is read back from the text, where đ is still đ.
const unitsBefore = /(?<![a-z0-9])(?:diem\s+([a-z])\s+)?(?:khoan\s+(\d{1,3})\s+)?(?:(dieu\s+(\d{1,4}[a-z]?))|(?<=khoan\s+\d{1,3}\s+))\s*(?:,\s*)?(?:cua\s+)?$/u;
// Between the units and a reference without a type word: the name of a code or law ("của Bộ luật
// Tố tụng dân sự số"), no digits, no clause boundary.
const lawNameGap = /(?:cua\s+)?(?:bo\s+)?luat(?:\s+[a-z,]+){0,10}?\s+(?:so\s*:?\s*)?$/u;

/** The pinpoint written just before a reference starting at `start`, and where it starts. */
export function pinpointBefore(n: Normalized, start: number, hasTypeWord: boolean): { start: number; pinpoint: CitedPinpoint } | null {
  const from = Math.max(0, start - 140);
  let window = n.folded.slice(from, start);
  if (!hasTypeWord) {
    const gap = lawNameGap.exec(window);
    if (!gap) return null;
    window = window.slice(0, gap.index);
  }
  const m = unitsBefore.exec(window);
  if (!m || (m[2] === undefined && m[4] === undefined)) return null;
  const point = m[1] === undefined ? null : n.text[from + m.index + m[0].indexOf(m[1], 4)]!.toLowerCase();
  const pinpoint: Pinpoint = { article: m[4] ?? null, clause: m[2] ?? null, point };
  // "điểm a khoản 3 Công văn …": a text without articles; a lone "điểm a" names nothing findable.
  if (pinpoint.article === null && pinpoint.clause === null) return null;
  return { start: from + m.index, pinpoint: { ...pinpoint, label: pinpointLabel(pinpoint), anchor: pinpointAnchor(pinpoint)! } };
}
