import { Link } from '../../app/router';
import { useI18n, type TextKey } from '../../i18n/i18n';
import { Alert } from '../../ui/Alert';
import type { ImportReport } from './useImportSessions';

/** What an import did: counts, the workouts it left out and why (already imported ones only counted). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, locale } = useI18n();
  const already = report.skipped.filter((skip) => skip.reason === 'already_imported').length;
  const others = report.skipped.filter((skip) => skip.reason !== 'already_imported');
  const date = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('imports.report.title')}</h2>
      <Alert kind={report.imported > 0 ? 'success' : 'info'}>
        <p>{t('imports.report.summary', { format: t(`imports.format.${report.format}`), workouts: report.workouts, imported: report.imported })}</p>
        {report.imported === 0 && <p>{t('imports.report.nothing')}</p>}
        {already > 0 && <p>{t('imports.report.already', { count: already })}</p>}
        {report.imported > 0 && <Link to="/training/history?period=year">{t('imports.report.openHistory')}</Link>}
      </Alert>
      {others.length > 0 && (
        <>
          <h3>{t('imports.report.skipped')}</h3>
          <ul>
            {others.map(({ workout, reason, detail }) => (
              <li key={`${workout.line}:${reason}`}>
                {t('imports.report.skippedItem', {
                  title: workout.title,
                  date: date(workout.startedAt),
                  line: workout.line,
                  reason: t(`imports.reason.${reason}` as TextKey, { detail }),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
