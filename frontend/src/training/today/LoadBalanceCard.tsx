import type { Today } from '../../api/types';
import { useI18n } from '../../i18n/i18n';

type Acwr = Today['acwr'];

/** The ratio axis shown: 0 to 2, with the zones of the flags (< 0.8 low, ≤ 1.3 optimal, ≤ 1.5 high). */
const AXIS_MAX = 2;
const zones = [
  { flag: 'low', to: 0.8 },
  { flag: 'optimal', to: 1.3 },
  { flag: 'high', to: 1.5 },
  { flag: 'very_high', to: AXIS_MAX },
] as const;

/** Acute:chronic workload ratio: this week's load against the usual one, with its message. */
export function LoadBalanceCard({ acwr }: { acwr: Acwr }) {
  const { t, m, locale, formatNumber } = useI18n();
  const marker = acwr.ratio === null ? null : (Math.min(acwr.ratio, AXIS_MAX) / AXIS_MAX) * 100;
  return (
    <section className="card" aria-labelledby="acwr-title">
      <h2 id="acwr-title">{t('acwr.title')}</h2>
      <div className="acwr-head">
        <span className="acwr-ratio">{acwr.ratio === null ? '–' : formatNumber(acwr.ratio)}</span>
        <span className={`badge flag-${acwr.flag}`}>{m.acwrFlag[acwr.flag]}</span>
      </div>
      {marker !== null && (
        <div className="acwr-scale" aria-hidden="true">
          {zones.map((zone, i) => (
            <span key={zone.flag} className={`flag-${zone.flag}`} style={{ flexGrow: zone.to - (i ? zones[i - 1]!.to : 0) }} />
          ))}
          <i style={{ left: `${marker}%` }} />
        </div>
      )}
      <p>{acwr.message[locale]}</p>
      <p className="muted small">
        {t('acwr.loads', { acute: formatNumber(acwr.acuteLoad), chronic: formatNumber(acwr.chronicWeeklyLoad) })}
        <br />
        {t('acwr.explain')}
      </p>
    </section>
  );
}
