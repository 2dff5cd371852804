import { useCapabilities } from '../api/capabilities';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../ui/usePageTitle';
import { ConnectedDevices } from './ConnectedDevices';
import { FileImport } from './FileImport';

/** Devices: connected wearables (connect, last sync, errors, disconnect) and workout-file uploads. */
export function DevicesPage() {
  const { t } = useI18n();
  const { can } = useCapabilities();
  usePageTitle(t('wearables.title'));
  return (
    <article aria-labelledby="devices-title">
      <h1 id="devices-title">{t('wearables.title')}</h1>
      <p className="muted">{t('wearables.intro')}</p>
      {can('GET /wearables/providers', 'GET /wearables/devices', 'POST /wearables/{provider}/connect') && <ConnectedDevices />}
      <FileImport />
    </article>
  );
}
