import { describe, expect, it } from 'vitest';
import { implementersOf } from '../../../src/lib/implementation/implementers.ts';
import { buildTracker, type Tracker } from '../../../src/lib/implementation/tracker.ts';
import { buildTrackers } from '../../../src/lib/implementation/trackers.ts';
import { doc, graph } from './fixtures.ts';

const decree = doc('2012/56-2012-nd-cp', { type: 'nghi-dinh', numberSymbol: '56/2012/NĐ-CP', year: 2012, issued: '2012-07-16', level: 'trung-uong', issuerName: 'Chính phủ' });

function trackerOf(target: typeof decree, g: ReturnType<typeof graph>): Tracker {
  return buildTracker(target, implementersOf(target.id, g.edgesTo, g.documentOf));
}

const row = (t: Tracker, slug: string) => t.groups.flatMap((g) => g.rows).find((r) => r.slug === slug);
const groupOf = (t: Tracker, slug: string) => t.groups.find((g) => g.rows.some((r) => r.slug === slug))?.slug;
const ids = (t: Tracker, slug: string) => row(t, slug)?.entries.map((e) => e.document.id);

describe('grouping into provinces by era', () => {
  const kienGiang = doc('2017/kien-giang-08', { type: 'ke-hoach', numberSymbol: '08/KH-UBND', issued: '2017-01-13', province: 'kien-giang' });
  const anGiang = doc('2018/an-giang-12', { issued: '2018-03-01', province: 'an-giang' });
  const newAnGiang = doc('2025/an-giang-5', { issued: '2025-08-04', province: 'an-giang' });
  const hue = doc('2016/hue-3', { issued: '2016-05-05', province: 'thua-thien-hue' });
  const g = graph(
    [decree, kienGiang, anGiang, newAnGiang, hue],
    [kienGiang, anGiang, newAnGiang, hue].map((d) => ({ from: d.id, to: decree.id, relation: 'thuc-hien' as const })),
  );
  const t = trackerOf(decree, g);

  it('a document issued before 1/7/2025 gets the 63-province table, each former province under the one it joined', () => {
    expect(t.era).toBe('truoc-2025');
    expect(t.summary.provinces).toBe(63);
    expect(t.groups).toHaveLength(34);
    expect(groupOf(t, 'kien-giang')).toBe('an-giang');
    expect(groupOf(t, 'thua-thien-hue')).toBe('hue');
    expect(ids(t, 'kien-giang')).toEqual(['2017/kien-giang-08']);
    // The old An Giang keeps its own row beside Kiên Giang.
    expect(t.groups.find((x) => x.slug === 'an-giang')?.rows.map((r) => `${r.slug}:${r.era}`)).toEqual([
      'an-giang:truoc-2025',
      'kien-giang:truoc-2025',
      'an-giang:tu-2025',
    ]);
  });

  it('a document of the new An Giang (since 1/7/2025) goes to a row of its own in the group, not counted among the 63', () => {
    const since = t.groups.find((x) => x.slug === 'an-giang')!.rows.find((r) => r.era === 'tu-2025')!;
    expect(since.entries.map((e) => e.document.id)).toEqual(['2025/an-giang-5']);
    expect(t.summary.responded).toBe(3); // an-giang (old), kien-giang, thua-thien-hue
  });

  it('every province appears, with or without documents', () => {
    expect(t.groups.flatMap((x) => x.rows).filter((r) => r.era === 'truoc-2025')).toHaveLength(63);
    expect(row(t, 'cao-bang')?.entries).toEqual([]);
    expect(row(t, 'cao-bang')?.firstDays).toBeNull();
  });

  it('a document issued since 1/7/2025 gets the 34-province table; a late pre-merger slug lands under its province of today', () => {
    const law = doc('2025/luat-moi', { type: 'luat', issued: '2025-07-10', level: 'trung-uong' });
    const plan = doc('2025/an-giang-9', { issued: '2025-09-01', province: 'an-giang' });
    const oldSlug = doc('2025/kien-giang-9', { issued: '2025-09-02', province: 'kien-giang' });
    const g2 = graph([law, plan, oldSlug], [plan, oldSlug].map((d) => ({ from: d.id, to: law.id, relation: 'thuc-hien' as const })));
    const t2 = trackerOf(law, g2);
    expect(t2.era).toBe('tu-2025');
    expect(t2.summary.provinces).toBe(34);
    expect(t2.groups.every((x) => x.rows.length === 1 && x.rows[0]!.slug === x.slug)).toBe(true);
    expect(ids(t2, 'an-giang')).toEqual(['2025/an-giang-9', '2025/kien-giang-9']);
    expect(t2.summary.responded).toBe(1);
    expect(row(t2, 'kien-giang')).toBeUndefined();
  });

  it('a local document without a province is listed apart, never guessed into a row', () => {
    const lost = doc('2019/khong-ro', { issued: '2019-01-01', province: null });
    const t3 = trackerOf(decree, graph([decree, lost], [{ from: lost.id, to: decree.id, relation: 'huong-dan' }]));
    expect(t3.unplaced.map((e) => e.document.id)).toEqual(['2019/khong-ro']);
    expect(t3.summary.responded).toBe(0);
    expect(t3.summary.documents).toBe(1);
  });
});

describe('counting indirect implementation', () => {
  const provincePlan = doc('2013/bac-giang-kh-1', { type: 'ke-hoach', issued: '2013-01-10', province: 'bac-giang' });
  const districtPlan = doc('2013/bac-giang-tan-yen-kh-2', { type: 'ke-hoach', issued: '2013-03-01', province: 'bac-giang', district: 'Tân Yên', level: 'huyen' });
  const communeReport = doc('2013/bac-giang-tan-yen-xa-3', { issued: '2013-06-01', province: 'bac-giang', district: 'Tân Yên', level: 'xa' });
  const tooFar = doc('2014/bac-giang-tan-yen-xa-4', { issued: '2014-01-01', province: 'bac-giang', district: 'Tân Yên', level: 'xa' });
  const otherProvince = doc('2013/lang-son-kh-7', { issued: '2013-04-01', province: 'lang-son' });
  const citesOnly = doc('2013/thanh-hoa-cv-8', { issued: '2013-04-01', province: 'thanh-hoa' });
  const ministry = doc('2013/bnv-hd', { issued: '2013-02-01', level: 'trung-uong' });
  const afterMinistry = doc('2013/ca-mau-cv-9', { issued: '2013-05-01', province: 'ca-mau' });
  const g = graph([decree, provincePlan, districtPlan, communeReport, tooFar, otherProvince, citesOnly, ministry, afterMinistry], [
    { from: provincePlan.id, to: decree.id, relation: 'thuc-hien' },
    { from: districtPlan.id, to: provincePlan.id, relation: 'thuc-hien' },
    { from: communeReport.id, to: districtPlan.id, relation: 'huong-dan' },
    { from: tooFar.id, to: communeReport.id, relation: 'thuc-hien' },
    // Another province implementing Bắc Giang's plan does not count for either.
    { from: otherProvince.id, to: provincePlan.id, relation: 'thuc-hien' },
    // "Căn cứ" names a legal basis; it is not an implementation.
    { from: citesOnly.id, to: decree.id, relation: 'can-cu' },
    { from: ministry.id, to: decree.id, relation: 'huong-dan' },
    // Carrying out a ministry's guidance is followed on the ministry document's own tracker.
    { from: afterMinistry.id, to: ministry.id, relation: 'thuc-hien' },
  ]);
  const t = trackerOf(decree, g);

  it("a district's plan implementing its province's plan counts for the province, marked indirect, via the province plan", () => {
    const entries = row(t, 'bac-giang')!.entries;
    expect(entries.map((e) => [e.document.id, e.direct, e.via?.id ?? null])).toEqual([
      ['2013/bac-giang-kh-1', true, null],
      ['2013/bac-giang-tan-yen-kh-2', false, '2013/bac-giang-kh-1'],
      ['2013/bac-giang-tan-yen-xa-3', false, '2013/bac-giang-kh-1'],
    ]);
    expect(t.summary.indirect).toBe(2);
    expect(t.summary.byLevel).toEqual({ tinh: 1, huyen: 1, xa: 1 });
  });

  it('stops three documents from the decree (tỉnh → huyện → xã), and never crosses into another province', () => {
    expect(ids(t, 'bac-giang')).not.toContain('2014/bac-giang-tan-yen-xa-4');
    expect(row(t, 'lang-son')!.entries).toEqual([]);
  });

  it('"căn cứ" alone is not implementation; central implementers are listed apart and not followed', () => {
    expect(row(t, 'thanh-hoa')!.entries).toEqual([]);
    expect(t.central.map((e) => e.document.id)).toEqual(['2013/bnv-hd']);
    expect(row(t, 'ca-mau')!.entries).toEqual([]);
    expect(t.summary.responded).toBe(1);
  });

  it('a document that implements both directly and through its province counts as direct', () => {
    const both = doc('2013/bac-giang-tan-yen-kh-5', { issued: '2013-02-01', province: 'bac-giang', district: 'Tân Yên', level: 'huyen' });
    const g2 = graph([decree, provincePlan, both], [
      { from: provincePlan.id, to: decree.id, relation: 'thuc-hien' },
      { from: both.id, to: provincePlan.id, relation: 'thuc-hien' },
      { from: both.id, to: decree.id, relation: 'thuc-hien' },
    ]);
    const entry = row(trackerOf(decree, g2), 'bac-giang')!.entries.find((e) => e.document.id === both.id)!;
    expect(entry.direct).toBe(true);
    expect(entry.via).toBeNull();
  });
});

describe('first response and summary', () => {
  const a = doc('2013/lang-son-late', { issued: '2014-07-16', province: 'lang-son' });
  const b = doc('2012/lang-son-early', { issued: '2012-08-15', province: 'lang-son' });
  const c = doc('2013/kien-giang-x', { issued: '2013-07-16', province: 'kien-giang' });
  const d = doc('2013/cao-bang-y', { issued: '2013', province: 'cao-bang' });
  const g = graph([decree, a, b, c, d], [a, b, c, d].map((x) => ({ from: x.id, to: decree.id, relation: 'thuc-hien' as const })));
  const t = trackerOf(decree, g);

  it('lists the first response of each province first and counts its days', () => {
    expect(ids(t, 'lang-son')).toEqual(['2012/lang-son-early', '2013/lang-son-late']);
    expect(row(t, 'lang-son')!.firstDays).toBe(30);
    expect(row(t, 'kien-giang')!.firstDays).toBe(365);
  });

  it('a province whose documents have partial dates responded, with no days', () => {
    expect(row(t, 'cao-bang')!.firstDays).toBeNull();
    expect(t.summary).toMatchObject({ responded: 3, provinces: 63, fastest: 30, median: 197.5, slowest: 365, documents: 4, undated: 1 });
    expect(t.responseDays).toEqual([30, 365]);
  });
});

describe('buildTrackers', () => {
  it('makes a tracker for each central document that archive documents implement, and none for local ones', () => {
    const plan = doc('2017/kien-giang-08', { issued: '2017-01-13', province: 'kien-giang' });
    const reply = doc('2019/kien-giang-68', { issued: '2019-01-16', province: 'kien-giang' });
    const unused = doc('2010/luat', { level: 'trung-uong' });
    const g = graph([decree, plan, reply, unused], [
      { from: plan.id, to: decree.id, relation: 'thuc-hien' },
      { from: reply.id, to: plan.id, relation: 'thuc-hien' },
    ]);
    expect(buildTrackers(g.documents, g.edgesTo).map((t) => t.target.id)).toEqual(['2012/56-2012-nd-cp']);
  });
});

describe('a document dated before the one it implements', () => {
  it('stays listed but is not a first response: its date is wrong, or it means another document', () => {
    const early = doc('2005/ha-noi-1', { issued: '2005-03-01', province: 'ha-noi' });
    const later = doc('2013/ha-noi-2', { issued: '2012-08-15', province: 'ha-noi' });
    const t = trackerOf(decree, graph([decree, early, later], [early, later].map((x) => ({ from: x.id, to: decree.id, relation: 'thuc-hien' as const }))));
    expect(ids(t, 'ha-noi')).toEqual(['2005/ha-noi-1', '2013/ha-noi-2']);
    expect(row(t, 'ha-noi')!.entries[0]!.daysAfterIssued).toBe(-2694);
    expect(row(t, 'ha-noi')!.firstDays).toBe(30);
    expect(t.summary).toMatchObject({ fastest: 30, early: 1 });
  });
});
