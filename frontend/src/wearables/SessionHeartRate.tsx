import { useQuery } from '@tanstack/react-query';
import { unwrapOrNull } from '../api/typed-client';
import { useApp } from '../app/context';
import { Link } from '../app/router';
import { useI18n, type TextKey } from '../i18n/i18n';
import { ErrorAlert } from '../ui/Alert';
import { Chart } from '../ui/charts/Chart';
import { perMinute, ZONES, zoneMinutes } from './hr-chart';
import { providerName } from './labels';
import './wearables.css';

const HR_COLOR = '#b91c1c';
const ZONE_COLOR = '#c2410c';

/** GET /training/sessions/{id}/wearable; null when no workout is linked (204). */
function useSessionWearable(sessionId: string) {
  const { http } = useApp();
  return useQuery({
    queryKey: ['training', 'sessions', 'wearable', sessionId],
    queryFn: () => unwrapOrNull(http.GET('/training/sessions/{id}/wearable', { params: { path: { id: sessionId } } })),
  });
}

/**
 * A completed session's heart rate from its linked wearable workout: min/avg/max, the HR over
 * time, time in zones Z1–Z5 with how they were computed, the effort score and the quality badge.
 */
export function SessionHeartRate({ sessionId }: { sessionId: string }) {
  const { t, formatNumber, locale } = useI18n();
  const wearable = useSessionWearable(sessionId);
  if (wearable.isPending) return null;
  if (wearable.isError) return <ErrorAlert error={wearable.error} />;
  const hr = wearable.data;
  if (!hr) {
    return (
      <section className="card" aria-labelledby="hr-title">
        <h2 id="hr-title">{t('wearables.hr.title')}</h2>
        <p className="muted">
          {t('wearables.hr.none')} <Link to="/devices">{t('wearables.nav')}</Link>
        </p>
      </section>
    );
  }
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const bpm = (value: number | null) => (value === null ? '–' : formatNumber(Math.round(value)));
  const minutes = hr.series ? perMinute(hr.series) : null;
  const zones = hr.zoneSeconds ? zoneMinutes(hr.zoneSeconds) : null;
  const quality = hr.quality;
  const durationMin = Math.round((Date.parse(hr.endAt) - Date.parse(hr.startAt)) / 60_000);

  return (
    <section className="card hr-panel" aria-labelledby="hr-title">
      <div className="page-head">
        <h2 id="hr-title">{t('wearables.hr.title')}</h2>
        <span className={`badge hr-quality hr-quality-${quality.level}`}>{t('wearables.hr.quality', { level: t(`wearables.hr.quality.${quality.level}` as TextKey) })}</span>
      </div>
      <p className="muted small">
        {t('wearables.hr.source', { provider: providerName(t, hr.provider), start: time(hr.startAt), end: time(hr.endAt) })}{' '}
        {t('wearables.hr.quality.detail', { completeness: Math.round(quality.completeness * 100), anomalies: Math.round(quality.anomalyRate * 100) })}
      </p>
      <p className="hr-stats">{t('wearables.hr.stats', { min: bpm(hr.minBpm), avg: bpm(hr.avgBpm), max: bpm(hr.maxBpm) })}</p>
      {hr.effortScore !== null && (
        <p>
          <strong>{t('wearables.hr.effort', { score: Math.round(hr.effortScore) })}</strong> <span className="muted small">{t('wearables.hr.effort.explain')}</span>
        </p>
      )}
      {minutes && (
        <Chart
          title={t('wearables.hr.chart')}
          summary={t('wearables.hr.chart.summary', { min: bpm(hr.minBpm), max: bpm(hr.maxBpm), avg: bpm(hr.avgBpm), minutes: durationMin })}
          categories={minutes.minutes.map(String)}
          categoryHeader={t('wearables.hr.minute')}
          series={[{ key: 'bpm', label: t('wearables.hr.bpm'), values: minutes.bpm, color: HR_COLOR, kind: 'line' }]}
          format={(value) => `${formatNumber(value)} bpm`}
          axisFormat={{ left: (value) => formatNumber(value) }}
        />
      )}
      {zones && hr.maxHr ? (
        <>
          <Chart
            title={t('wearables.hr.zones')}
            summary={t('wearables.hr.zones.summary', { zone: `Z${zones.top + 1}`, minutes: formatNumber(zones.minutes[zones.top]!), total: formatNumber(zones.total) })}
            categories={ZONES.map((zone) => zone.toUpperCase())}
            categoryNames={(hr.zones ?? []).map((zone) => `${zone.zone.toUpperCase()} (${zone.minBpm}–${zone.maxBpm} bpm)`)}
            categoryHeader={t('wearables.hr.zone')}
            series={[{ key: 'minutes', label: t('wearables.hr.minutes'), values: zones.minutes, color: ZONE_COLOR, kind: 'bar' }]}
            format={(value) => `${formatNumber(value)} min`}
            axisFormat={{ left: (value) => formatNumber(value) }}
            height={180}
          />
          <p className="muted small">
            {hr.zoneBasis === 'hrr' && hr.restingHr != null
              ? t('wearables.hr.basis.hrr', { rest: Math.round(hr.restingHr), bpm: hr.maxHr.bpm, method: t(`wearables.hr.method.${hr.maxHr.method}` as TextKey) })
              : t('wearables.hr.basis.max_hr', { bpm: hr.maxHr.bpm, method: t(`wearables.hr.method.${hr.maxHr.method}` as TextKey) })}
          </p>
        </>
      ) : (
        <p className="muted small">{t('wearables.hr.noZones')}</p>
      )}
    </section>
  );
}
