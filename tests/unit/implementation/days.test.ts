import { describe, expect, it } from 'vitest';
import { daysBetween, median } from '../../../src/lib/implementation/days.ts';
import { formatDays } from '../../../src/lib/implementation/labels.ts';

describe('daysBetween counts calendar days between dates of issue', () => {
  it.each([
    // The examples: Chỉ thị 21-CT/TW (20/01/2018) → 61-KH/TU and 96/KH-UBND of Lạng Sơn.
    ['2018-01-20', '2018-04-13', 83],
    ['2018-01-20', '2018-05-29', 129],
    // Nghị định 56/2012/NĐ-CP (16/7/2012) → Kiên Giang's 08/KH-UBND and 68/UBND-VHXH.
    ['2012-07-16', '2017-01-13', 1642],
    ['2012-07-16', '2019-01-16', 2375],
    // Leap days count; the same day is 0; a month boundary is one day.
    ['2016-02-28', '2016-03-01', 2],
    ['2015-02-28', '2015-03-01', 1],
    ['2019-01-16', '2019-01-16', 0],
    ['2019-01-31', '2019-02-01', 1],
    // Europe's and Vietnam's clocks do not matter: a daylight-saving night is a whole day.
    ['2019-03-30', '2019-04-01', 2],
    // A document dated before the one it implements (a typo, or a draft cited) gives a negative count.
    ['2018-05-29', '2018-05-20', -9],
  ])('%s → %s: %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2018', '2018-04-13'],
    ['2018-01', '2018-04-13'],
    ['2018-01-20', '2018-04'],
    [null, '2018-04-13'],
    ['2018-01-20', null],
  ])('gives null, not a guess, when a date is partial or unknown (%s → %s)', (from, to) => {
    expect(daysBetween(from, to)).toBeNull();
  });
});

describe('median', () => {
  it('is the middle value, the mean of the middle two, or null for none', () => {
    expect(median([129, 83, 400])).toBe(129);
    expect(median([83, 129])).toBe(106);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });
});

describe('formatDays', () => {
  it('writes days the Vietnamese way', () => {
    expect(formatDays(83)).toBe('83 ngày');
    expect(formatDays(2375)).toBe('2.375 ngày');
    expect(formatDays(106.5)).toBe('106,5 ngày');
    expect(formatDays(-9)).toBe('9 ngày trước');
    expect(formatDays(null)).toBeNull();
  });
});
