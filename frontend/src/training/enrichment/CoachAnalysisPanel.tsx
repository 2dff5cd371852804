import { useI18n } from '../../i18n/i18n';
import type { PlanKey } from '../plan/format';
import type { CoachAnalysis } from './useEnrichment';

/** Each coach's two analysis texts, in the order they are written. */
function sections(analysis: CoachAnalysis): [PlanKey, string][] {
  switch (analysis.coach) {
    case 'force':
      return [
        ['plan.analysis.volumeAnalysis', analysis.volumeAnalysis],
        ['plan.analysis.intensityDistribution', analysis.intensityDistribution],
      ];
    case 'endurance':
      return [
        ['plan.analysis.zoneDistribution', analysis.zoneDistribution],
        ['plan.analysis.tssBreakdown', analysis.tssBreakdown],
      ];
    case 'functional':
      return [
        ['plan.analysis.modalBalance', analysis.modalBalance],
        ['plan.analysis.scalingGuidance', analysis.scalingGuidance],
      ];
    case 'calisthenics':
      return [
        ['plan.analysis.skillProgressionPath', analysis.skillProgressionPath],
        ['plan.analysis.pushPullRatio', analysis.pushPullRatio],
      ];
    case 'competitions':
      return [
        ['plan.analysis.stationTiming', analysis.stationTiming],
        ['plan.analysis.transitionStrategy', analysis.transitionStrategy],
      ];
  }
}

/** The coach's analysis of the whole session (from the enrichment). */
export function CoachAnalysisPanel({ analysis }: { analysis: CoachAnalysis }) {
  const { t } = useI18n();
  return (
    <section className="card coach-analysis" aria-labelledby="coach-analysis-title">
      <h2 id="coach-analysis-title">{t('plan.analysis.title')}</h2>
      {sections(analysis).map(([key, text]) => (
        <section key={key}>
          <h3>{t(key)}</h3>
          <p className="prose">{text}</p>
        </section>
      ))}
    </section>
  );
}
