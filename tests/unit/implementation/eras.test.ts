import { describe, expect, it } from 'vitest';
import { eraOf, provinceNowOf, provincesOfEra } from '../../../src/lib/implementation/eras.ts';

describe('eraOf', () => {
  it.each([
    ['2025-06-30', 'truoc-2025'],
    ['2025-07-01', 'tu-2025'],
    ['2025-07', 'tu-2025'],
    ['2025-06', 'truoc-2025'],
    // A bare 2025 could be either side: it is not known to be after the merger.
    ['2025', 'truoc-2025'],
    ['2026', 'tu-2025'],
    ['2018-01-20', 'truoc-2025'],
    [null, 'truoc-2025'],
  ] as const)('%s is %s', (issued, era) => {
    expect(eraOf(issued)).toBe(era);
  });
});

describe('provinceNowOf', () => {
  it.each([
    // Before the merger a slug names one of the 63: it maps to the province it joined.
    ['kien-giang', '2019-01-16', 'an-giang'],
    ['lang-son', '2018-05-29', 'lang-son'],
    ['thua-thien-hue', '2019-01-01', 'hue'],
    ['bac-giang', '2019-02-19', 'bac-ninh'],
    // "lam-dong" of 2019 is the old Lâm Đồng, of August 2025 the new one: both are Lâm Đồng today.
    ['lam-dong', '2019-03-01', 'lam-dong'],
    ['lam-dong', '2025-08-01', 'lam-dong'],
    // Since the merger a slug names one of the 34: itself.
    ['hue', '2025-09-01', 'hue'],
    ['an-giang', '2025-07-15', 'an-giang'],
  ])('%s of %s → %s', (slug, issued, now) => {
    expect(provinceNowOf(slug, issued)).toBe(now);
  });

  it('is undefined for a slug of neither era', () => {
    expect(provinceNowOf('atlantis', '2019-01-01')).toBeUndefined();
  });
});

describe('provincesOfEra', () => {
  it('has 63 provinces before 1 July 2025 and 34 since, each under a province of today', () => {
    const before = provincesOfEra('truoc-2025');
    const since = provincesOfEra('tu-2025');
    expect(before).toHaveLength(63);
    expect(since).toHaveLength(34);
    const today = new Set(since.map((p) => p.slug));
    expect(before.every((p) => today.has(p.now))).toBe(true);
    expect(before.find((p) => p.slug === 'kien-giang')?.now).toBe('an-giang');
  });
});
