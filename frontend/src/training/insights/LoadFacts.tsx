import { useI18n } from '../../i18n/i18n';
import type { InsightsResponse } from './useInsights';

type Facts = NonNullable<InsightsResponse['facts']>;

/** ACWR, fitness / fatigue / form and monotony the analysis was written from. */
export function LoadFacts({ facts }: { facts: Facts }) {
  const { t, locale, formatNumber } = useI18n();
  const load = facts.load;
  const n = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return (
    <section className="card" aria-labelledby="insights-load-title">
      <h2 id="insights-load-title">{t('insights.load')}</h2>
      <dl className="insights-facts">
        <div>
          <dt>{t('insights.load.acwr')}</dt>
          <dd>{load.acwr === null ? t('insights.load.acwr.none') : `${n(load.acwr)} · ${t(`insights.load.acwr.${load.acwrFlag}`)}`}</dd>
        </div>
        <div>
          <dt>{t('insights.load.fitness')}</dt>
          <dd>{formatNumber(load.ctl)}</dd>
        </div>
        <div>
          <dt>{t('insights.load.fatigue')}</dt>
          <dd>{formatNumber(load.atl)}</dd>
        </div>
        <div>
          <dt>{t('insights.load.form')}</dt>
          <dd>{formatNumber(load.tsb)}</dd>
        </div>
        <div>
          <dt>{t('insights.load.monotony')}</dt>
          <dd>{load.monotony === null ? t('insights.load.monotony.none') : n(load.monotony)}</dd>
        </div>
      </dl>
      <p className="muted small">{t('insights.load.explain')}</p>
    </section>
  );
}
