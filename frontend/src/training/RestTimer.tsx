import { useI18n } from '../i18n/i18n';
import { useNow } from '../ui/useNow';

export interface Rest {
  endsAt: number;
  totalSec: number;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Counts the prescribed rest down after a set; the end is announced once to screen readers. */
export function RestTimer({ rest, onChange }: { rest: Rest; onChange: (rest: Rest | null) => void }) {
  const { t } = useI18n();
  const now = useNow(250);
  const left = Math.max(0, Math.ceil((rest.endsAt - now) / 1000));
  const over = left === 0;
  return (
    <section className={over ? 'rest rest-over' : 'rest'} aria-label={t('rest.title')}>
      <div role="timer" aria-live="off" className="rest-clock">
        {over ? t('rest.over') : clock(left)}
      </div>
      <progress max={rest.totalSec} value={rest.totalSec - left} aria-label={t('rest.progress')} />
      <p className="visually-hidden" role="status">
        {over ? t('rest.over') : ''}
      </p>
      <div className="actions">
        {!over && (
          <button type="button" onClick={() => onChange({ endsAt: rest.endsAt + 30_000, totalSec: rest.totalSec + 30 })}>
            {t('rest.add30')}
          </button>
        )}
        <button type="button" onClick={() => onChange(null)}>
          {over ? t('rest.dismiss') : t('rest.skip')}
        </button>
      </div>
    </section>
  );
}
