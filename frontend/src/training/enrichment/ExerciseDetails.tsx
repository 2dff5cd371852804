import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ExerciseEnrichment } from './useEnrichment';

/** "Coaching details" of one exercise: a disclosure button opening cues, mistakes, progressions and technique. */
export function ExerciseDetails({ detail, name }: { detail: ExerciseEnrichment; name: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="exercise-details">
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
        <span aria-hidden="true" className="disclosure-mark">
          {open ? '▾' : '▸'}
        </span>{' '}
        {t('plan.details.toggle')}
        <span className="visually-hidden"> {t('plan.details.for', { name })}</span>
      </button>
      <div id={panelId} className="details-panel" hidden={!open}>
        <div className="details-grid">
          <section>
            <h5>{t('plan.details.cues')}</h5>
            <ul>
              {detail.coachingCues.map((cue, i) => (
                <li key={i}>{cue}</li>
              ))}
            </ul>
          </section>
          {detail.commonMistakes.length > 0 && (
            <section>
              <h5>{t('plan.details.mistakes')}</h5>
              <ul>
                {detail.commonMistakes.map((mistake, i) => (
                  <li key={i}>{mistake}</li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h5>{t('plan.details.progressions')}</h5>
            <dl className="details-dl">
              <dt>{t('plan.details.easier')}</dt>
              <dd>{detail.progressions.easier}</dd>
              <dt>{t('plan.details.harder')}</dt>
              <dd>{detail.progressions.harder}</dd>
              <dt>{t('plan.details.variation')}</dt>
              <dd>{detail.progressions.variation}</dd>
            </dl>
          </section>
          <section>
            <h5>{t('plan.details.technique')}</h5>
            <dl className="details-dl">
              <dt>{t('plan.details.setup')}</dt>
              <dd>{detail.technicalBreakdown.setup}</dd>
              <dt>{t('plan.details.execution')}</dt>
              <dd>{detail.technicalBreakdown.execution}</dd>
              <dt>{t('plan.details.breathing')}</dt>
              <dd>{detail.technicalBreakdown.breathing}</dd>
            </dl>
          </section>
        </div>
      </div>
    </div>
  );
}
