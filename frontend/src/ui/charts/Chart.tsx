import { lazy, Suspense, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { barTotals, type ChartSeries } from './chart-data';
import './charts.css';

export type { ChartSeries } from './chart-data';

/** uPlot and its CSS load with the first chart drawn, not with the screen (the text alternative shows meanwhile). */
const ChartCanvas = lazy(() => import('./ChartCanvas'));

export interface ChartProps {
  /** Heading of the figure (also the caption of its table). */
  title: string;
  /** One sentence saying what the chart shows, with its key numbers. */
  summary: string;
  /** Short labels of the categories on the x axis (days, weeks, sessions). */
  categories: string[];
  /** Longer labels for the table and the readout; defaults to `categories`. */
  categoryNames?: string[];
  /** Header of the table's first column ("Day", "Week of"…). */
  categoryHeader: string;
  series: ChartSeries[];
  /** Bar series stacked (a total column is added to the table). */
  stacked?: boolean;
  /** A value as shown in the table, the readout and on its axis (unit included in the table). */
  format(value: number, series: ChartSeries): string;
  /** Axis ticks (short, no unit); default `format` of the first series on that axis. */
  axisFormat?: { left?(value: number): string; right?(value: number): string };
  height?: number;
  headingLevel?: 2 | 3;
}

/**
 * A chart as a figure: heading, summary sentence, legend, the canvas (uPlot, drawn lazily, hidden
 * from screen readers) and its text alternative, a table listing the same numbers.
 */
export function Chart({ title, summary, categories, categoryNames = categories, categoryHeader, series, stacked = false, format, axisFormat, height = 220, headingLevel = 3 }: ChartProps) {
  const { t } = useI18n();
  const id = useId();
  const [hovered, setHovered] = useState<number | null>(null);
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const totals = stacked ? barTotals(series) : [];
  const totalSeries: ChartSeries = { key: 'total', label: t('chart.total'), values: totals, color: '#14213d', kind: 'bar' };
  const firstOn = (axis: 'left' | 'right') => series.find((s) => (s.axis ?? 'left') === axis);
  const left = axisFormat?.left ?? ((value: number) => (firstOn('left') ? format(value, firstOn('left')!) : String(value)));
  const right = axisFormat?.right ?? ((value: number) => (firstOn('right') ? format(value, firstOn('right')!) : String(value)));
  const cell = (value: number | null | undefined, s: ChartSeries) => (typeof value === 'number' ? format(value, s) : '–');
  const readout =
    hovered !== null && hovered < categories.length
      ? t('chart.readout', {
          category: categoryNames[hovered] ?? '',
          values: [...series, ...(stacked ? [totalSeries] : [])].map((s) => `${s.label} ${cell(s.values[hovered], s)}`).join(' · '),
        })
      : t('chart.readout.hint');

  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <Heading id={`${id}-title`} className="chart-title">
        {title}
      </Heading>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className={s.kind === 'bar' ? 'chart-swatch' : 'chart-swatch chart-swatch-line'} style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <div className="chart-plot" aria-hidden="true">
        <Suspense fallback={<p className="chart-drawing muted" style={{ minHeight: height }}>{t('chart.drawing')}</p>}>
          <ChartCanvas categories={categories} series={series} stacked={stacked} height={height} formatLeft={left} formatRight={right} onHover={setHovered} />
        </Suspense>
        <p className="chart-readout muted small">{readout}</p>
      </div>
      <details className="chart-numbers">
        <summary>{t('chart.numbers')}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryHeader}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
                {stacked && <th scope="col">{t('chart.total')}</th>}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, i) => (
                <tr key={`${category}-${i}`}>
                  <th scope="row">{categoryNames[i] ?? category}</th>
                  {series.map((s) => (
                    <td key={s.key}>{cell(s.values[i], s)}</td>
                  ))}
                  {stacked && <td>{cell(totals[i], totalSeries)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
