import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { axisRange, drawnSeries, labelStep, type ChartSeries } from './chart-data';

export interface ChartCanvasProps {
  categories: string[];
  series: ChartSeries[];
  stacked: boolean;
  height: number;
  formatLeft(value: number): string;
  formatRight?(value: number): string;
  /** The category under the pointer (or finger), null when it leaves the chart. */
  onHover(index: number | null): void;
}

const AXIS_INK = '#4a5670';
const GRID = '#e5e7eb';
const bars = uPlot.paths.bars!({ size: [0.72, 56], align: 0 });

/**
 * The one place uPlot is used: categories on x (0…n−1), bars and lines on a left and an optional
 * right axis, as wide as its container (ResizeObserver). Loaded lazily with the first chart shown;
 * the figure around it (Chart.tsx) carries the title, legend and text alternative.
 */
export default function ChartCanvas({ categories, series, stacked, height, formatLeft, formatRight, onHover }: ChartCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const hover = useRef(onHover);
  useEffect(() => {
    hover.current = onHover;
  }, [onHover]);
  const signature = JSON.stringify({ categories, series, stacked, height });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const drawn = drawnSeries(series, stacked);
    const hasRight = series.some((s) => s.axis === 'right');
    const xs = categories.map((_, i) => i);
    const rightFormat = formatRight ?? formatLeft;
    const options: uPlot.Options = {
      width: Math.max(200, Math.floor(element.clientWidth)),
      height,
      legend: { show: false },
      cursor: { y: false, points: { show: false }, drag: { x: false, y: false, setScale: false } },
      scales: {
        x: { time: false, range: [-0.5, Math.max(0.5, categories.length - 0.5)] },
        y: { range: axisRange(series, 'left', stacked) },
        ...(hasRight ? { r: { range: axisRange(series, 'right', false) } } : {}),
      },
      axes: [
        {
          stroke: AXIS_INK,
          grid: { show: false },
          ticks: { show: false },
          splits: (u) => {
            const step = labelStep(categories.length, u.bbox.width / uPlot.pxRatio);
            return xs.filter((i) => i % step === 0);
          },
          values: (_u, splits) => splits.map((i) => categories[i] ?? ''),
        },
        { stroke: AXIS_INK, grid: { stroke: GRID, width: 1 }, ticks: { show: false }, size: 52, values: (_u, splits) => splits.map((v) => formatLeft(v)) },
        ...(hasRight ? [{ scale: 'r', side: 1, stroke: AXIS_INK, grid: { show: false }, ticks: { show: false }, size: 44, values: (_u: uPlot, splits: number[]) => splits.map((v) => rightFormat(v)) }] : []),
      ],
      series: [
        {},
        ...drawn.map((s): uPlot.Series => ({
          label: s.label,
          scale: s.axis === 'right' ? 'r' : 'y',
          stroke: s.color,
          width: s.kind === 'bar' ? 0 : 2.5,
          ...(s.kind === 'bar' ? { fill: s.color, paths: bars, points: { show: false } } : { points: { show: true, size: 8, fill: s.color, stroke: s.color } }),
          spanGaps: false,
        })),
      ],
      hooks: { setCursor: [(u) => hover.current(u.cursor.idx ?? null)] },
    };
    const plot = new uPlot(options, [xs, ...drawn.map((s) => s.values)] as uPlot.AlignedData, element);
    const observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== plot.width) plot.setSize({ width, height });
    });
    observer.observe(element);
    const leave = () => hover.current(null);
    element.addEventListener('mouseleave', leave);
    return () => {
      element.removeEventListener('mouseleave', leave);
      observer.disconnect();
      plot.destroy();
    };
    // The signature stands for every input that changes the drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);

  return <div ref={container} className="chart-canvas" style={{ minHeight: height }} />;
}
