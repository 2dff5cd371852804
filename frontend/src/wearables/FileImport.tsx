import { useId, useState, type ChangeEvent } from 'react';
import { Link } from '../app/router';
import { useI18n, type TextKey } from '../i18n/i18n';
import { Alert, ErrorAlert } from '../ui/Alert';
import type { ImportJob } from './types';
import { UploadError } from './upload';
import './wearables.css';
import { hasImportExtension, IMPORT_EXTENSIONS, useImportJob, useStartImport } from './useImports';

const MAX_BYTES = 20 * 1024 * 1024;

/** Upload a FIT/TCX/GPX file: checked here (type, size), sent with progress, then followed until the worker has read it. */
export function FileImport() {
  const { t } = useI18n();
  const inputId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const start = useStartImport();
  const job = useImportJob(start.data?.id ?? null);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    start.reset();
    if (!hasImportExtension(file.name)) return setRefusal(t('wearables.import.wrongType', { name: file.name }));
    if (file.size > MAX_BYTES) return setRefusal(t('wearables.import.tooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }));
    setRefusal(null);
    start.mutate(file);
  };
  const busy = start.isPending || (job.data !== undefined && (job.data.status === 'awaiting_upload' || job.data.status === 'processing'));

  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('wearables.import.title')}</h2>
      <p className="muted">{t('wearables.import.explain')}</p>
      <div className="actions file-pick">
        <label htmlFor={inputId} className={`button primary${busy ? ' disabled' : ''}`}>
          {t('wearables.import.choose')}
        </label>
        <input id={inputId} className="visually-hidden" type="file" accept={IMPORT_EXTENSIONS.join(',')} onChange={onChange} disabled={busy} />
      </div>
      {refusal && <Alert kind="error">{refusal}</Alert>}
      {start.isPending && fileName && (
        <div role="status" className="import-progress">
          <p>{t('wearables.import.uploading', { name: fileName })}</p>
          <progress max={1} value={start.progress ?? 0} aria-label={t('wearables.import.progress')} />
        </div>
      )}
      {start.error instanceof UploadError && <Alert kind="error">{t('wearables.import.uploadFailed')}</Alert>}
      {start.error && !(start.error instanceof UploadError) && <ErrorAlert error={start.error} />}
      {job.error && <ErrorAlert error={job.error} />}
      {job.data && fileName && <ImportOutcome job={job.data} />}
    </section>
  );
}

function ImportOutcome({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  if (job.status === 'awaiting_upload' || job.status === 'processing') return <p role="status">{t('wearables.import.processing', { name: job.fileName })}</p>;
  if (job.status === 'failed') {
    const reason = job.error ? t(`wearables.import.error.${job.error.code}` as TextKey) : t('wearables.import.error.import_error');
    return <Alert kind="error">{t('wearables.import.failed', { name: job.fileName, reason })}</Alert>;
  }
  const result = job.result!;
  const facts = { title: result.workout.title, minutes: Math.round(result.workout.durationMin) };
  if (result.outcome === 'ignored') return <Alert kind="info">{t('wearables.import.ignored', facts)}</Alert>;
  return (
    <Alert kind="success">
      {result.outcome === 'linked' && result.sessionId ? (
        <>
          {t('wearables.import.linked', facts)} <Link to={`/training/sessions/${encodeURIComponent(result.sessionId)}`}>{t('wearables.import.openSession')}</Link>
        </>
      ) : (
        <>
          {t('wearables.import.activity', facts)} <Link to="/forge/history">{t('wearables.import.openForge')}</Link>
        </>
      )}
    </Alert>
  );
}
