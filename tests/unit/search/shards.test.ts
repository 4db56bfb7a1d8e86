import { describe, expect, it } from 'vitest';
import { planShards, shardOf, shardPath, shardsFor, unknownYearCount, yearCountsOf, yearSpan, type SearchShard } from '../../../src/lib/search/shards.ts';
import { emptyFilters } from '../../../src/lib/search/url-state.ts';

const counts = (entries: Array<[number, number]>) => new Map(entries);
const names = (shards: SearchShard[]) => shards.map((s) => s.name);

describe('planShards: consecutive years, newest first, about `target` documents each', () => {
  it.each([
    ['no documents', [], 1200, []],
    ['a small archive is one shard (the 31-document archive of today)', [[2004, 1], [2012, 3], [2015, 2], [2018, 10], [2019, 15]], 1200, ['nam-2004-2019']],
    ['years fill a shard up to the target', [[2023, 500], [2024, 600], [2025, 100]], 1200, ['nam-2023-2025']],
    ['the year that would overflow starts the next shard', [[2023, 500], [2024, 600], [2025, 101]], 1200, ['nam-2024-2025', 'nam-2023']],
    ['a year larger than the target is a shard of its own, never split', [[2023, 100], [2024, 5000], [2025, 100]], 1200, ['nam-2025', 'nam-2024', 'nam-2023']],
    ['years without documents are skipped', [[2010, 0], [2011, 3]], 1200, ['nam-2011']],
    ['gaps between years stay inside a shard', [[2005, 2], [2019, 3]], 10, ['nam-2005-2019']],
  ] as Array<[string, Array<[number, number]>, number, string[]]>)('%s', (_name, entries, target, expected) => {
    expect(names(planShards(counts(entries), target))).toEqual(expected);
  });

  it('records the years and the document count of each shard', () => {
    expect(planShards(counts([[2023, 500], [2024, 600], [2025, 101]]), 1200)).toEqual([
      { name: 'nam-2024-2025', fromYear: 2024, toYear: 2025, documents: 701 },
      { name: 'nam-2023', fromYear: 2023, toYear: 2023, documents: 500 },
    ]);
  });

  it('covers every document exactly once', () => {
    const years = counts(Array.from({ length: 21 }, (_, i) => [2005 + i, Math.round(150 * 1.1 ** i)] as [number, number]));
    const shards = planShards(years);
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.reduce((n, s) => n + s.documents, 0)).toBe([...years.values()].reduce((a, b) => a + b, 0));
    expect(shards.every((s, i) => i === 0 || s.toYear < shards[i - 1]!.fromYear)).toBe(true);
  });
});

describe('yearCountsOf and shardPath', () => {
  it('counts archive ids by their year segment', () => {
    expect([...yearCountsOf(['2019/a', '2019/b', '2004/c']).entries()]).toEqual([[2019, 2], [2004, 1]]);
  });
  it('counts documents of an unknown year apart and puts them in the oldest shard, its years unchanged (issue 12)', () => {
    const ids = ['2019/a', '2004/c', 'chua-ro-nam/d', 'chua-ro-nam/e'];
    expect([...yearCountsOf(ids).entries()]).toEqual([[2019, 1], [2004, 1]]);
    expect(unknownYearCount(ids)).toBe(2);
    const shards = planShards(counts([[2004, 1], [2019, 1]]), 1, unknownYearCount(ids));
    expect(shards).toEqual([
      { name: 'nam-2019', fromYear: 2019, toYear: 2019, documents: 1 },
      { name: 'nam-2004', fromYear: 2004, toYear: 2004, documents: 3 },
    ]);
    expect(ids.map((id) => shardOf(shards, id).map((s) => s.name))).toEqual([['nam-2019'], ['nam-2004'], ['nam-2004'], ['nam-2004']]);
    expect(planShards(counts([]), 600, 2)).toEqual([{ name: 'nam-chua-ro-nam', fromYear: 0, toYear: 0, documents: 2 }]);
  });
  it('puts each bundle in its own folder under /pagefind/', () => {
    expect(shardPath({ name: 'nam-2024-2025', fromYear: 2024, toYear: 2025, documents: 1 })).toBe('/pagefind/nam-2024-2025/');
  });
});

describe('shardsFor: which shards a search loads first', () => {
  const shards = planShards(counts([[2021, 900], [2022, 1000], [2023, 1100], [2024, 1150], [2025, 600]]));
  const state = (sort: 'lien-quan' | 'moi-nhat' | 'cu-nhat', years: string[] = []) => ({ sort, filters: { ...emptyFilters(), nam: years } });

  it('plans shards of whole years', () => {
    expect(names(shards)).toEqual(['nam-2025', 'nam-2024', 'nam-2023', 'nam-2022', 'nam-2021']);
  });

  it.each([
    ['relevance starts with the newest years', state('lien-quan'), ['nam-2025'], ['nam-2024', 'nam-2023', 'nam-2022', 'nam-2021']],
    ['newest first too', state('moi-nhat'), ['nam-2025'], ['nam-2024', 'nam-2023', 'nam-2022', 'nam-2021']],
    ['oldest first starts with the oldest years', state('cu-nhat'), ['nam-2021'], ['nam-2022', 'nam-2023', 'nam-2024', 'nam-2025']],
    ['a year filter loads exactly the shards of those years, and nothing is left', state('lien-quan', ['2022', '2024']), ['nam-2024', 'nam-2022'], []],
    ['a year no shard holds falls back to the newest shard', state('lien-quan', ['1990']), ['nam-2025'], []],
  ])('%s', (_name, s, first, rest) => {
    const plan = shardsFor(shards, s);
    expect([names(plan.first), names(plan.rest)]).toEqual([first, rest]);
  });

  it('takes several small shards at once while they fit the target', () => {
    const small = planShards(counts([[2019, 700], [2020, 700], [2021, 400]]), 1200);
    expect(names(small)).toEqual(['nam-2020-2021', 'nam-2019']);
    expect(names(shardsFor(small, state('lien-quan'), 2000).first)).toEqual(['nam-2020-2021', 'nam-2019']);
  });

  it('the small archive of today is searched whole at once', () => {
    const one = planShards(counts([[2018, 10], [2019, 15]]));
    expect(shardsFor(one, state('lien-quan'))).toEqual({ first: one, rest: [] });
  });
});

describe('yearSpan', () => {
  it.each([
    [[], ''],
    [[{ name: 'nam-2019', fromYear: 2019, toYear: 2019, documents: 1 }], '2019'],
    [[{ name: 'nam-2024-2025', fromYear: 2024, toYear: 2025, documents: 1 }, { name: 'nam-2021-2023', fromYear: 2021, toYear: 2023, documents: 1 }], '2021–2025'],
  ] as Array<[SearchShard[], string]>)('%j → %s', (shards, expected) => {
    expect(yearSpan(shards)).toBe(expected);
  });
});
