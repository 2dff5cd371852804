import { useId, useMemo, useState, type ChangeEvent, type DragEvent, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { useProfile } from '../../profile/useProfile';
import { Alert, ErrorAlert } from '../../ui/Alert';
import { SelectField } from '../../ui/Field';
import { usePageTitle } from '../../ui/usePageTitle';
import { useExerciseCatalog } from '../useExerciseCatalog';
import { ImportReportView } from './ImportReportView';
import { useImportSessions, type ImportReport } from './useImportSessions';

/** The API's limit on the CSV (5 MB). */
const MAX_BYTES = 5_000_000;
type Unit = 'kg' | 'lb';

/** Training › Import: a Strong or Hevy CSV export becomes completed sessions; names the catalog does not know can be matched, then imported again. */
export function ImportPage() {
  const { t } = useI18n();
  usePageTitle(t('imports.title'));
  const profile = useProfile();
  const [chosenUnit, setChosenUnit] = useState<Unit | null>(null);
  const unit: Unit = chosenUnit ?? (profile.data?.units === 'imperial' ? 'lb' : 'kg');
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const importer = useImportSessions();
  const inputId = useId();

  const send = (csv: string, mapping?: Record<string, string>) => importer.mutate({ csv, unit, ...(mapping ? { mapping } : {}) });

  const take = async (picked: File | undefined) => {
    if (!picked) return;
    importer.reset();
    setFile(null);
    if (!/\.(csv|txt)$/i.test(picked.name)) return setRefusal(t('imports.wrongType', { name: picked.name }));
    if (picked.size > MAX_BYTES) return setRefusal(t('imports.tooLarge', { name: picked.name, size: (picked.size / 1_000_000).toFixed(1) }));
    setRefusal(null);
    const csv = await picked.text();
    setFile({ name: picked.name, csv });
    send(csv);
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    void take(picked);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="import-title">
      <div className="page-head">
        <h1 id="import-title">{t('imports.title')}</h1>
        <div className="actions">
          <Link to="/training/history">{t('history.title')}</Link>
        </div>
      </div>
      <p>{t('imports.intro')}</p>
      <p className="muted">{t('imports.how')}</p>
      <div className="card">
        <SelectField
          label={t('imports.unit')}
          hint={t('imports.unit.hint')}
          value={unit}
          onChange={(event) => setChosenUnit(event.target.value as Unit)}
          options={[
            { value: 'kg', label: t('imports.unit.kg') },
            { value: 'lb', label: t('imports.unit.lb') },
          ]}
        />
        <div
          role="group"
          aria-label={t('imports.dropZone')}
          className="actions"
          style={{ border: `2px dashed ${dragging ? 'currentColor' : 'rgba(127,127,127,.5)'}`, borderRadius: 8, padding: '1rem', alignItems: 'center' }}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={inputId} className={`button primary${importer.isPending ? ' disabled' : ''}`}>
            {t('imports.choose')}
          </label>
          <input id={inputId} className="visually-hidden" type="file" accept=".csv,text/csv" onChange={onChange} disabled={importer.isPending} />
          <span className="muted">{t('imports.drop')}</span>
        </div>
        {file && !importer.isPending && <p className="muted">{t('imports.file', { name: file.name })}</p>}
      </div>
      {refusal && <Alert kind="error">{refusal}</Alert>}
      {importer.isPending && file && <p role="status">{t('imports.reading', { name: file.name })}</p>}
      {importer.error && <ImportError error={importer.error} />}
      {importer.data && file && <Report report={importer.data} onMapped={(mapping) => send(file.csv, mapping)} busy={importer.isPending} />}
    </section>
  );
}

/** A file the API could not read says which line; anything else is an ordinary API error. */
function ImportError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const fileError = error instanceof ApiError ? error.errors.find((item) => item.path === 'body.csv') : undefined;
  const line = fileError?.params?.line;
  if (!fileError || typeof line !== 'number') return <ErrorAlert error={error} />;
  return (
    <Alert kind="error">
      <p>{t('imports.fileError', { line })}</p>
      <p lang="en">{t('imports.fileError.detail', { detail: fileError.message.replace(/^line \d+: /, '') })}</p>
    </Alert>
  );
}

function Report({ report, onMapped, busy }: { report: ImportReport; onMapped: (mapping: Record<string, string>) => void; busy: boolean }) {
  return (
    <>
      <ImportReportView report={report} />
      {report.unmapped.length > 0 && <MappingForm unmapped={report.unmapped} onSubmit={onMapped} busy={busy} />}
    </>
  );
}

function MappingForm({ unmapped, onSubmit, busy }: { unmapped: ImportReport['unmapped']; onSubmit: (mapping: Record<string, string>) => void; busy: boolean }) {
  const { t, locale } = useI18n();
  const catalog = useExerciseCatalog();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [empty, setEmpty] = useState(false);
  const options = useMemo(
    () =>
      [...(catalog.data?.values() ?? [])]
        .map((exercise) => ({ value: exercise.id, label: exercise.name[locale] }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [catalog.data, locale],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, id]) => id));
    setEmpty(Object.keys(chosen).length === 0);
    if (Object.keys(chosen).length > 0) onSubmit(chosen);
  };
  return (
    <form className="card" aria-labelledby="unmapped-title" onSubmit={submit}>
      <h2 id="unmapped-title">{t('imports.unmapped.title')}</h2>
      <p className="muted">{t('imports.unmapped.explain')}</p>
      {unmapped.map(({ name, count }) => (
        <SelectField
          key={name}
          label={t('imports.unmapped.sets', { name, count })}
          value={mapping[name] ?? ''}
          onChange={(event) => setMapping({ ...mapping, [name]: event.target.value })}
          options={[{ value: '', label: t('imports.unmapped.pick') }, ...options]}
        />
      ))}
      {empty && <Alert kind="error">{t('imports.unmapped.pickOne')}</Alert>}
      {catalog.error && <ErrorAlert error={catalog.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('imports.unmapped.again')}
        </button>
      </div>
    </form>
  );
}
