import type { Today } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Bar } from '../../ui/Bar';

type Readiness = Today['readiness'];

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** Readiness 0–100 as a gauge with its plain-words label, and the three parts it is weighed from. */
export function ReadinessCard({ readiness }: { readiness: Readiness }) {
  const { t, locale, formatNumber } = useI18n();
  const { recovery, energy, consistency } = readiness;
  const label = readiness.labelText[locale];
  const parts = [
    {
      key: 'recovery',
      name: t('readiness.recovery'),
      part: recovery,
      detail: recovery.hoursSinceLastSession === null ? t('readiness.recovery.none') : t('readiness.recovery.hours', { h: formatNumber(recovery.hoursSinceLastSession) }),
    },
    { key: 'energy', name: t('readiness.energy'), part: energy, detail: energy.source === 'wearable' ? t('readiness.energy.wearable') : t('readiness.energy.neutral') },
    {
      key: 'consistency',
      name: t('readiness.consistency'),
      part: consistency,
      detail: t('readiness.consistency.detail', { streak: consistency.streakDays, perWeek: formatNumber(consistency.sessionsPerWeek) }),
    },
  ];
  return (
    <section className="card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('readiness.title')}</h2>
      <div className="gauge-row">
        <div className="gauge" role="meter" aria-label={t('readiness.title')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={readiness.score} aria-valuetext={`${readiness.score} / 100, ${label}`}>
          <svg viewBox="0 0 120 120" aria-hidden="true">
            <circle className="gauge-track" cx="60" cy="60" r={RADIUS} />
            <circle
              className={`gauge-value tone-${readiness.label}`}
              cx="60"
              cy="60"
              r={RADIUS}
              strokeDasharray={`${(readiness.score / 100) * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
              transform="rotate(-90 60 60)"
            />
          </svg>
          <span className="gauge-score" aria-hidden="true">
            {readiness.score}
          </span>
        </div>
        <p className={`readiness-label tone-text-${readiness.label}`}>{label}</p>
      </div>
      <ul className="parts">
        {parts.map(({ key, name, part, detail }) => (
          <li key={key}>
            <div className="part-head">
              <span>
                {name} <small className="muted">{t('readiness.weight', { percent: Math.round(part.weight * 100) })}</small>
              </span>
              <strong>{part.score}</strong>
            </div>
            <Bar label={name} value={part.score} valueText={`${part.score} / 100`} />
            <small className="muted">{detail}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
