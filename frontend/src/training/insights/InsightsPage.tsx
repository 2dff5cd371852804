import { Link } from '../../app/router';
import { useI18n, type TextKey } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { usePageTitle } from '../../ui/usePageTitle';
import { AnalysisMeta } from './AnalysisMeta';
import { LoadFacts } from './LoadFacts';
import { useInsights, useRefreshInsights, type InsightsResponse } from './useInsights';
import './insights.css';

/** Training › Conseils: the analysis of the last 90 days, from the API's two-tier cache. */
export function InsightsPage() {
  const { t } = useI18n();
  const insights = useInsights();
  const refresh = useRefreshInsights();
  usePageTitle(t('insights.title'));
  return (
    <section aria-labelledby="insights-title" className="insights">
      <h1 id="insights-title">{t('insights.title')}</h1>
      <p className="muted">{t('insights.intro')}</p>
      {insights.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {insights.isError && <ErrorAlert error={insights.error} />}
      {insights.data && (
        <>
          <InsightsView data={insights.data} />
          <AnalysisMeta data={insights.data} refresh={refresh} />
        </>
      )}
    </section>
  );
}

function InsightsView({ data }: { data: InsightsResponse }) {
  const { t, formatNumber } = useI18n();
  const c = data.content;
  const trend = c.progressionTrends;
  const trendText = (value: { trend: 'up' | 'down' | 'stable'; percentage: number }) =>
    value.trend === 'stable' ? t('insights.trend.stable', { percent: formatNumber(value.percentage) }) : t(`insights.trend.${value.trend}`, { percent: formatNumber(Math.abs(value.percentage)) });
  if (data.sessionsAnalyzed === 0) {
    return (
      <section className="card" aria-labelledby="insights-empty">
        <h2 id="insights-empty">{t('insights.empty.title')}</h2>
        <p data-testid="insights-summary">{c.summary}</p>
        <ol className="insights-recs">
          {c.recommendations.map((r) => (
            <li key={r.id}>
              <strong>{r.title}</strong> {r.description}
            </li>
          ))}
        </ol>
        <p>
          <Link to="/training/prepare" className="button primary">{t('insights.empty.action')}</Link>
        </p>
      </section>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="insights-summary-title">
        <h2 id="insights-summary-title">{t('insights.summary')}</h2>
        <p data-testid="insights-summary">{c.summary}</p>
      </section>

      <section className="card" aria-labelledby="insights-trends-title">
        <h2 id="insights-trends-title">{t('insights.trends')}</h2>
        <dl className="insights-trends">
          <div className={`insights-trend insights-trend-${trend.volume.trend}`}>
            <dt>{t('insights.trend.volume')}</dt>
            <dd>
              <strong>{trendText(trend.volume)}</strong>
              <span>{trend.volume.comment}</span>
            </dd>
          </div>
          <div className={`insights-trend insights-trend-${trend.intensity.trend}`}>
            <dt>{t('insights.trend.intensity')}</dt>
            <dd>
              <strong>
                {trend.intensity.avgRpe === null ? t('insights.trend.rpe.none') : `${t('insights.trend.rpe', { rpe: formatNumber(trend.intensity.avgRpe) })} · ${t(`insights.trend.rpe.${trend.intensity.trend}`)}`}
              </strong>
              <span>{trend.intensity.comment}</span>
            </dd>
          </div>
          <div className="insights-trend">
            <dt>{t('insights.trend.consistency')}</dt>
            <dd>
              <strong>{t('insights.trend.weeks', { percent: formatNumber(trend.consistency.percentage) })}</strong>
              <span>{trend.consistency.comment}</span>
            </dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="insights-recs-title">
        <h2 id="insights-recs-title">{t('insights.recommendations')}</h2>
        <ol className="insights-recs">
          {c.recommendations.map((r) => (
            <li key={r.id} className={`insights-rec insights-priority-${r.priority}`}>
              <h3>{r.title}</h3>
              <p className="insights-tags">
                <span className={`insights-tag insights-tag-${r.priority}`}>{t(`insights.priority.${r.priority}` as TextKey)}</span>
                {r.actionable && <span className="insights-tag">{t('insights.actionable')}</span>}
              </p>
              <p>{r.description}</p>
            </li>
          ))}
        </ol>
      </section>

      <div className="card-grid">
        <section className="card" aria-labelledby="insights-imbalances-title">
          <h2 id="insights-imbalances-title">{t('insights.imbalances')}</h2>
          {c.imbalances.length === 0 ? (
            <p className="muted">{t('insights.imbalances.none')}</p>
          ) : (
            <ul className="insights-list">
              {c.imbalances.map((i) => (
                <li key={i.type}>
                  <h3>
                    {i.type} <span className={`insights-tag insights-tag-${i.severity}`}>{t(`insights.severity.${i.severity}` as TextKey)}</span>
                  </h3>
                  <p>{i.description}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="insights-weak-title">
          <h2 id="insights-weak-title">{t('insights.weakPoints')}</h2>
          {c.weakPoints.length === 0 ? (
            <p className="muted">{t('insights.weakPoints.none')}</p>
          ) : (
            <ul className="insights-list">
              {c.weakPoints.map((w) => (
                <li key={w.exercise}>
                  <h3>{w.exercise}</h3>
                  <p>{w.issue}</p>
                  <p>
                    <strong>{w.recommendation}</strong>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="insights-next-title">
        <h2 id="insights-next-title">{t('insights.nextWeek')}</h2>
        <dl className="insights-facts">
          <div>
            <dt>{t('insights.nextWeek.sessions')}</dt>
            <dd>{formatNumber(c.nextWeekFocus.suggestedSessions)}</dd>
          </div>
          <div>
            <dt>{t('insights.nextWeek.restDays')}</dt>
            <dd>{formatNumber(c.nextWeekFocus.restDaysRecommended)}</dd>
          </div>
          <div>
            <dt>{t('insights.nextWeek.intensity')}</dt>
            <dd>{c.nextWeekFocus.intensityDistribution}</dd>
          </div>
          <div>
            <dt>{t('insights.nextWeek.focus')}</dt>
            <dd>{c.nextWeekFocus.focusAreas.join(' · ')}</dd>
          </div>
        </dl>
      </section>

      {data.facts && <LoadFacts facts={data.facts} />}
    </>
  );
}
