import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../ui/usePageTitle';
import { FileImport } from './FileImport';

/** Devices: connected wearables (connect, last sync, errors, disconnect) and workout-file uploads. */
export function DevicesPage() {
  const { t } = useI18n();
  usePageTitle(t('wearables.title'));
  return (
    <article aria-labelledby="devices-title">
      <h1 id="devices-title">{t('wearables.title')}</h1>
      <p className="muted">{t('wearables.intro')}</p>
      <FileImport />
    </article>
  );
}
