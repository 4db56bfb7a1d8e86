/**
 * Validity (tình trạng hiệu lực) of a document, derived from what the archive knows: the date it
 * takes effect, and the documents of the archive that replace (thay thế; "… hết hiệu lực kể từ ngày
 * Luật này có hiệu lực"), repeal (bãi bỏ) or amend (sửa đổi, bổ sung) it. A person's check in the
 * frontmatter (`validity`) overrides the derivation. The archive never says "còn hiệu lực" of its own
 * accord: it cannot know of a replacing text it does not hold, so without such a check and without
 * an ending relation the status is "chưa rõ".
 */
export const validityStatuses = ['con-hieu-luc', 'het-hieu-luc', 'het-hieu-luc-mot-phan', 'chua-co-hieu-luc', 'chua-ro'] as const;
export type ValidityStatus = (typeof validityStatuses)[number];

/** What a reader sees, and the search filter's values. */
export const validityLabels: Readonly<Record<ValidityStatus, string>> = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
  'het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
  'chua-co-hieu-luc': 'Chưa có hiệu lực',
  'chua-ro': 'Chưa rõ',
};

/** A document of the archive acting on this one. */
export interface ValidityActor {
  id: string;
  /** "Luật số 13/2022/QH15", "Quyết định (không số)". */
  label: string;
  url: string;
  relation: 'thay-the' | 'bai-bo' | 'sua-doi-bo-sung';
  /** Its effective date (ISO, as precise as known), when the archive knows it. */
  effective: string | null;
  /** "Điều 5" when it acts on one unit only. */
  pinpoint: string | null;
}

export interface ValidityInput {
  /** Effective date: the frontmatter's, else read from the text (effective-date.ts). */
  effective: string | null;
  /** The frontmatter override, or null. */
  override: { status: ValidityStatus; from: string | null; note: string | null } | null;
  /** Incoming relations from documents of the archive. */
  actors: readonly ValidityActor[];
  /** Today, ISO ("2026-12-04"): a date in the future has not happened. */
  today: string;
}

export interface Validity {
  status: ValidityStatus;
  /** "Hết hiệu lực" (validityLabels). */
  statusLabel: string;
  /** The sentence a page shows: "Hết hiệu lực từ 01/7/2023 — thay thế bởi Luật số 13/2022/QH15". */
  summary: string;
  effective: string | null;
  /** From when it no longer applies (het-hieu-luc), when known. */
  endedOn: string | null;
  /** Documents that ended it in whole. */
  endedBy: ValidityActor[];
  /** Documents that repealed parts of it. */
  partlyRepealedBy: ValidityActor[];
  amendedBy: ValidityActor[];
  /** derived from the archive, or checked by a person (frontmatter). */
  source: 'derived' | 'frontmatter';
  note: string | null;
}

/** "2023-07-01" → "01/7/2023", as legal texts and databases write it; partial dates as far as known. */
export function formatValidityDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${d}/${Number(m)}/${y}`;
  if (m) return `${Number(m)}/${y}`;
  return y!;
}

const relationWords: Readonly<Record<ValidityActor['relation'], string>> = {
  'thay-the': 'thay thế bởi',
  'bai-bo': 'bãi bỏ bởi',
  'sua-doi-bo-sung': 'sửa đổi, bổ sung bởi',
};

/** An ISO date, as precise as known, has passed by `today` when its whole period has begun. */
const reached = (date: string, today: string) => date <= today.slice(0, date.length);

export function deriveValidity(input: ValidityInput): Validity {
  const { actors, today } = input;
  const endedBy = actors.filter((a) => (a.relation === 'thay-the' || a.relation === 'bai-bo') && a.pinpoint === null);
  const partlyRepealedBy = actors.filter((a) => a.relation === 'bai-bo' && a.pinpoint !== null);
  const amendedBy = actors.filter((a) => a.relation === 'sua-doi-bo-sung');
  const base = { effective: input.effective, endedBy, partlyRepealedBy, amendedBy };
  const by = (list: ValidityActor[]) => list.map((a) => `${relationWords[a.relation]} ${a.label}`).join('; ');

  if (input.override) {
    const { status, from, note } = input.override;
    const when = from ? ` từ ${formatValidityDate(from)}` : '';
    const summary = `${validityLabels[status]}${status === 'chua-ro' ? '' : when}${endedBy.length && status === 'het-hieu-luc' ? ` — ${by(endedBy)}` : ''}`;
    return { ...base, status, statusLabel: validityLabels[status], summary, endedOn: status === 'het-hieu-luc' ? from : null, source: 'frontmatter', note };
  }
  if (endedBy.length) {
    // The earliest known end; unknown when no ending document's effective date is known.
    const dates = endedBy.map((a) => a.effective).filter((d): d is string => d !== null).sort();
    const endedOn = dates[0] ?? null;
    if (endedOn === null || reached(endedOn, today)) {
      const when = endedOn ? ` từ ${formatValidityDate(endedOn)}` : ' (chưa rõ từ ngày nào)';
      return { ...base, status: 'het-hieu-luc', statusLabel: validityLabels['het-hieu-luc'], summary: `Hết hiệu lực${when} — ${by(endedBy)}`, endedOn, source: 'derived', note: null };
    }
    return { ...base, status: 'chua-ro', statusLabel: validityLabels['chua-ro'], summary: `Sẽ hết hiệu lực từ ${formatValidityDate(endedOn)} — ${by(endedBy)}`, endedOn: null, source: 'derived', note: null };
  }
  if (input.effective && !reached(input.effective, today)) {
    return { ...base, status: 'chua-co-hieu-luc', statusLabel: validityLabels['chua-co-hieu-luc'], summary: `Chưa có hiệu lực: có hiệu lực từ ${formatValidityDate(input.effective)}`, endedOn: null, source: 'derived', note: null };
  }
  if (partlyRepealedBy.length) {
    const parts = partlyRepealedBy.map((a) => `${a.pinpoint} bị bãi bỏ bởi ${a.label}`).join('; ');
    return { ...base, status: 'het-hieu-luc-mot-phan', statusLabel: validityLabels['het-hieu-luc-mot-phan'], summary: `Hết hiệu lực một phần: ${parts}`, endedOn: null, source: 'derived', note: null };
  }
  const known = input.effective ? `Có hiệu lực từ ${formatValidityDate(input.effective)}; ` : '';
  return {
    ...base,
    status: 'chua-ro',
    statusLabel: validityLabels['chua-ro'],
    summary: `${known}tình trạng hiệu lực hiện nay: chưa rõ (kho chưa ghi nhận văn bản thay thế hay bãi bỏ văn bản này)`,
    endedOn: null,
    source: 'derived',
    note: null,
  };
}

/** A piece of the summary: plain text, or a document's label with its page (a site path). */
export interface SummarySegment {
  text: string;
  url?: string;
}

/** The summary cut so that each acting document's label can be a link to its page. */
export function summarySegments(v: Validity): SummarySegment[] {
  let segments: SummarySegment[] = [{ text: v.summary }];
  for (const actor of [...v.endedBy, ...v.partlyRepealedBy]) {
    segments = segments.flatMap((s) => {
      if (s.url !== undefined || !s.text.includes(actor.label)) return [s];
      const parts = s.text.split(actor.label);
      return parts.flatMap((text, i) => (i === 0 ? [{ text }] : [{ text: actor.label, url: actor.url }, { text }])).filter((p) => p.text !== '');
    });
  }
  return segments;
}
