import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useNow } from '../../ui/useNow';
import { clock } from './format';
import type { Rest } from './live-position';

export type { Rest };

/**
 * Counts the rest down after a set (it starts by itself); −15 s / +15 s / skip. The end is
 * announced once to screen readers; the clock itself is not read out every second.
 */
export function RestTimer({ rest, next, onChange }: { rest: Rest; next: string | null; onChange: (rest: Rest | null) => void }) {
  const { t } = useI18n();
  const now = useNow(250);
  // The timer floats at the bottom of the screen: keep room for it under the page.
  useEffect(() => {
    document.body.classList.add('rest-running');
    return () => document.body.classList.remove('rest-running');
  }, []);
  const left = Math.max(0, Math.ceil((rest.endsAt - now) / 1000));
  const over = left === 0;
  const shift = (seconds: number) => {
    const endsAt = Math.max(now, rest.endsAt + seconds * 1000);
    onChange({ endsAt, totalSec: Math.max(1, rest.totalSec + seconds) });
  };
  return (
    <section className={over ? 'rest rest-over' : 'rest'} aria-label={t('live.rest.title')} data-testid="rest-timer">
      <div className="rest-main">
        <span className="rest-label">{t('live.rest.title')}</span>
        <span role="timer" aria-live="off" aria-label={t('live.rest.left')} className="rest-clock">
          {over ? t('live.rest.over') : clock(left)}
        </span>
        {next && <span className="rest-next">{t('live.rest.next', { what: next })}</span>}
      </div>
      <progress max={rest.totalSec} value={Math.max(0, rest.totalSec - left)} aria-label={t('live.rest.progress')} />
      <p className="visually-hidden" role="status">
        {over ? t('live.rest.over') : ''}
      </p>
      <div className="rest-actions">
        {!over && (
          <>
            <button type="button" onClick={() => shift(-15)}>
              {t('live.rest.minus')}
              <span className="visually-hidden"> {t('live.rest.minusLabel')}</span>
            </button>
            <button type="button" onClick={() => shift(15)}>
              {t('live.rest.plus')}
              <span className="visually-hidden"> {t('live.rest.plusLabel')}</span>
            </button>
          </>
        )}
        <button type="button" onClick={() => onChange(null)}>
          {over ? t('live.rest.dismiss') : t('live.rest.skip')}
        </button>
      </div>
    </section>
  );
}
