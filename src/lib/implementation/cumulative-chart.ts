/**
 * Layout of the cumulative chart: how many provinces had responded N days after the national
 * document. A step line in SVG user units; the page draws it.
 */
export interface CumulativeChart {
  width: number;
  height: number;
  /** Plot area. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** SVG path of the step line. */
  path: string;
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; label: string }>;
}

const width = 420;
const height = 240;
const margin = { left: 36, right: 20, top: 12, bottom: 40 };

/** `days`: each responding province's first-response days, ascending; `total`: provinces in the table. */
export function layoutCumulativeChart(days: readonly number[], total: number): CumulativeChart {
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom;
  const lastDay = Math.max(30, ...days);
  // Ticks at round steps, the axis ending on the first tick past the slowest response.
  const xStep = niceCeil(lastDay / 4);
  const span = Math.ceil(lastDay / xStep) * xStep;
  const yMax = Math.max(1, Math.min(total, niceCeil(days.length)));
  const x = (d: number) => left + ((right - left) * Math.max(0, d)) / span;
  const y = (n: number) => bottom - ((bottom - top) * n) / yMax;
  let path = `M${x(0)},${y(0)}`;
  days.forEach((d, i) => {
    path += ` H${round(x(d))} V${round(y(i + 1))}`;
  });
  path += ` H${right}`;
  const yStep = Math.max(1, niceCeil(yMax / 4));
  const yTicks: CumulativeChart['yTicks'] = [];
  for (let n = 0; n <= yMax; n += yStep) yTicks.push({ y: round(y(n)), label: String(n) });
  const xTicks: CumulativeChart['xTicks'] = [];
  for (let d = 0; d <= span; d += xStep) xTicks.push({ x: round(x(d)), label: d.toLocaleString('vi-VN') });
  return { width, height, left, top, right, bottom, path, xTicks, yTicks };
}

// 1, 2, 5 × 10^k at or above n.
function niceCeil(n: number): number {
  if (n <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= n)!;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
