import type { IssuerLevel } from '../citations/types.ts';

/** "cấp tỉnh", as the tracker names the level of an issuing body. */
export const levelLabels: Readonly<Record<IssuerLevel, string>> = {
  'trung-uong': 'trung ương',
  tinh: 'cấp tỉnh',
  huyen: 'cấp huyện',
  xa: 'cấp xã',
};

/** "83 ngày", "2.375 ngày", "5 ngày trước" (a document dated before the one it implements); null → null. */
export function formatDays(days: number | null): string | null {
  if (days === null) return null;
  const n = Math.abs(days).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return days < 0 ? `${n} ngày trước` : `${n} ngày`;
}

/**
 * A short label for a province's square on the map: its initials ("HCM", "LS"), longer where two
 * provinces share them ("QNa", "QNi", "QNg" for Quảng Nam, Quảng Ninh, Quảng Ngãi).
 */
export function tileLabels(names: readonly string[]): Map<string, string> {
  const words = (name: string) => name.split(/[\s-]+/).filter(Boolean);
  const tries: Array<(w: string[]) => string> = [
    (w) => w.map((x) => x[0]!.toUpperCase()).join(''),
    (w) => w.slice(0, -1).map((x) => x[0]!.toUpperCase()).join('') + w.at(-1)!.slice(0, 2),
    (w) => w[0]!.slice(0, 2) + w.slice(1).map((x) => x[0]!.toUpperCase()).join(''),
    (w) => w.map((x) => x.slice(0, 2)).join(''),
  ];
  const labels = new Map<string, string>();
  for (const name of names) {
    const w = words(name);
    let chosen = tries.at(-1)!(w);
    for (const t of tries) {
      const label = t(w);
      if (names.every((other) => other === name || t(words(other)) !== label)) {
        chosen = label;
        break;
      }
    }
    labels.set(name, chosen);
  }
  return labels;
}
