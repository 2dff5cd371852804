/**
 * Pure helpers of the chart wrapper (no uPlot here, so the text alternatives and the unit tests do
 * not load the chart library).
 */

/** One data series of a chart: bars (stacked when the chart says so) or a line, on the left or right axis. */
export interface ChartSeries {
  key: string;
  label: string;
  /** One value per category; null when there is nothing to show there (a gap in a line, no bar). */
  values: Array<number | null>;
  /** A colour with at least 3:1 contrast against white (WCAG 1.4.11, non-text contrast). */
  color: string;
  kind: 'bar' | 'line';
  /** Right axis (e.g. a ratio over a load); left by default. */
  axis?: 'left' | 'right';
}

/**
 * What uPlot draws for stacked bars: each bar series as the running total of the bar series up to
 * it, drawn tallest first so the shorter totals paint over it (bars are opaque). Line series are
 * left as they are. Returns the series in drawing order.
 */
export function drawnSeries(series: readonly ChartSeries[], stacked: boolean): ChartSeries[] {
  if (!stacked) return [...series];
  const bars = series.filter((s) => s.kind === 'bar');
  const lines = series.filter((s) => s.kind !== 'bar');
  const running: ChartSeries[] = [];
  let totals: Array<number | null> = [];
  for (const bar of bars) {
    totals = bar.values.map((value, i) => {
      const before = totals[i] ?? null;
      if (value === null && before === null) return null;
      return (before ?? 0) + (value ?? 0);
    });
    running.push({ ...bar, values: totals });
  }
  return [...running.reverse(), ...lines];
}

/** The total of the bar series per category (null where every bar is empty). */
export function barTotals(series: readonly ChartSeries[]): Array<number | null> {
  const bars = series.filter((s) => s.kind === 'bar');
  const length = Math.max(0, ...series.map((s) => s.values.length));
  return Array.from({ length }, (_, i) => {
    const present = bars.map((s) => s.values[i]).filter((v): v is number => typeof v === 'number');
    return present.length ? present.reduce((a, b) => a + b, 0) : null;
  });
}

/** Highest value an axis must show (stacked bars count their totals), never below `floor`. */
export function axisMax(series: readonly ChartSeries[], axis: 'left' | 'right', stacked: boolean, floor = 1): number {
  const onAxis = series.filter((s) => (s.axis ?? 'left') === axis);
  const bars = onAxis.filter((s) => s.kind === 'bar');
  const candidates = [
    ...(stacked ? barTotals(bars) : bars.flatMap((s) => s.values)),
    ...onAxis.filter((s) => s.kind !== 'bar').flatMap((s) => s.values),
  ].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return Math.max(floor, ...candidates);
}

/** Show one category label in `step` so labels of about `labelPx` pixels fit in `widthPx`. */
export function labelStep(count: number, widthPx: number, labelPx = 56): number {
  if (count <= 0 || widthPx <= 0) return 1;
  const fit = Math.max(1, Math.floor(widthPx / labelPx));
  return Math.max(1, Math.ceil(count / fit));
}

/**
 * The range of an axis: from 0 when it shows bars (a bar's height is its value), else around the
 * values (a 1RM line from 110 to 125 kg should not be flattened against 0).
 */
export function axisRange(series: readonly ChartSeries[], axis: 'left' | 'right', stacked: boolean): [number, number] {
  const onAxis = series.filter((s) => (s.axis ?? 'left') === axis);
  const top = axisMax(series, axis, stacked);
  if (onAxis.some((s) => s.kind === 'bar')) return [0, top * 1.1];
  const values = onAxis.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return [0, top * 1.15];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max((high - low) * 0.15, Math.abs(high) * 0.05, 0.1);
  return [Math.max(0, low - pad), high + pad];
}
