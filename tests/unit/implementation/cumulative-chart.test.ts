import { describe, expect, it } from 'vitest';
import { layoutCumulativeChart } from '../../../src/lib/implementation/cumulative-chart.ts';
import { noneClass, responseClass, undatedClass } from '../../../src/lib/implementation/response-scale.ts';

describe('layoutCumulativeChart', () => {
  it('steps up by one province at each first response, on an axis that covers the slowest', () => {
    const chart = layoutCumulativeChart([83, 129, 400], 63);
    const steps = [...chart.path.matchAll(/H([\d.]+) V([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(steps).toHaveLength(3);
    // Rightwards in time, upwards in count.
    expect(steps.map((s) => s[0])).toEqual([...steps.map((s) => s[0])].sort((a, b) => a - b));
    expect(steps[0]![1]).toBeGreaterThan(steps[2]![1]);
    // The count axis goes to a round 5 (of 63): the third step is at 3/5 of its height.
    expect(steps[2]![1]).toBeCloseTo(chart.bottom - ((chart.bottom - chart.top) * 3) / 5, 1);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '2', '4']);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['0', '100', '200', '300', '400']);
    expect(chart.xTicks.at(-1)!.x).toBe(chart.right);
    expect(layoutCumulativeChart([1642, 2375], 63).xTicks.map((t) => t.label)).toEqual(['0', '1.000', '2.000', '3.000']);
  });

  it('draws a flat line at zero when no province has a dated response', () => {
    const chart = layoutCumulativeChart([], 63);
    expect(chart.path).toBe(`M${chart.left},${chart.bottom} H${chart.right}`);
  });
});

describe('responseClass', () => {
  it('colours by days to the first response, grey for none', () => {
    expect(responseClass(83, true).label).toBe('31–90 ngày');
    expect(responseClass(30, true).label).toBe('trong 30 ngày');
    expect(responseClass(2375, true).label).toBe('sau hơn 1 năm');
    expect(responseClass(null, true)).toBe(undatedClass);
    expect(responseClass(null, false)).toBe(noneClass);
  });
});
