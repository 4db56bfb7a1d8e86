/**
 * Geometry of the documents-per-year bar chart, computed at build time so the home page ships a
 * plain SVG and no chart library or script.
 */
export interface Bar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Baseline y of the bars. */
  baseline: number;
  bars: Bar[];
}

export function layoutYearChart(counts: ReadonlyArray<{ year: number; count: number }>, width = 640, height = 240): ChartLayout {
  const top = 24; // room for the count above the tallest bar
  const bottom = 28; // room for the year labels
  const baseline = height - bottom;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const slot = counts.length ? width / counts.length : width;
  const barWidth = Math.max(4, Math.min(48, slot * 0.7));
  const bars = counts.map((c, i) => {
    const barHeight = Math.round(((baseline - top) * c.count) / max);
    return {
      year: c.year,
      count: c.count,
      x: Math.round(i * slot + (slot - barWidth) / 2),
      y: baseline - barHeight,
      width: Math.round(barWidth),
      height: barHeight,
    };
  });
  return { width, height, baseline, bars };
}
