import { useEffect, useState } from 'react';
import { navigate, useLocation } from '../app/router';
import { useI18n, type TextKey } from '../i18n/i18n';
import { Alert, ErrorAlert } from '../ui/Alert';
import { providerName } from './labels';
import { useConnect, useDevices, useDisconnect, useProviders, useSync } from './useDevices';
import './wearables.css';

type ProviderId = 'polar' | 'withings' | 'oura';

/**
 * Each provider: connect it (the provider's consent page, then back here), or see its status,
 * last sync and last problem, sync it now, disconnect it (after a confirmation).
 */
export function ConnectedDevices() {
  const i18n = useI18n();
  const { t } = i18n;
  const providers = useProviders();
  const devices = useDevices();
  const connect = useConnect();
  const sync = useSync();
  const disconnect = useDisconnect();
  const name = (id: string) => providerName(t, id);
  const { search } = useLocation();
  // Back from the provider: the callback says connected=<id>, or provider=<id>&error=<reason>.
  const [notice, setNotice] = useState<{ kind: 'success' | 'error' | 'info'; text: string } | null>(() => {
    const connected = search.get('connected');
    const failed = search.get('error');
    if (connected) return { kind: 'success', text: t('wearables.devices.callback.connected', { provider: name(connected) }) };
    if (failed) return { kind: 'error', text: t('wearables.devices.callback.failed', { provider: name(search.get('provider') ?? ''), error: failed }) };
    return null;
  });
  const fromCallback = search.has('connected') || search.has('error');
  useEffect(() => {
    if (fromCallback) navigate('/devices', { replace: true });
  }, [fromCallback]);

  const when = (iso: string) => new Date(iso).toLocaleString(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const runSync = (id: ProviderId) =>
    sync.mutate(id, {
      onSuccess: (answer) => {
        const provider = name(id);
        if (answer.outcome === 'synced') setNotice({ kind: 'success', text: t('wearables.devices.synced', { provider, ...answer.workouts, days: answer.days }) });
        else if (answer.outcome === 'rate_limited') setNotice({ kind: 'info', text: t('wearables.devices.rateLimited', { provider, seconds: answer.retryAfterSeconds ?? 60 }) });
        else if (answer.outcome === 'reauth_required') setNotice({ kind: 'error', text: t('wearables.devices.reauth') });
        else setNotice({ kind: 'error', text: t('wearables.devices.syncFailed', { provider, error: answer.error ?? '' }) });
      },
    });
  const runDisconnect = (id: ProviderId) => {
    if (!window.confirm(t('wearables.devices.disconnect.confirm', { provider: name(id) }))) return;
    disconnect.mutate(id, { onSuccess: () => setNotice({ kind: 'info', text: t('wearables.devices.disconnected', { provider: name(id) }) }) });
  };

  if (providers.isPending || devices.isPending) return <p aria-busy="true">{t('common.loading')}</p>;
  if (providers.isError || devices.isError) return <ErrorAlert error={providers.error ?? devices.error} />;
  const byProvider = new Map(devices.data.items.map((device) => [device.provider, device]));

  return (
    <section className="card" aria-labelledby="devices-connected-title">
      <h2 id="devices-connected-title">{t('wearables.devices.title')}</h2>
      {notice && <Alert kind={notice.kind}>{notice.text}</Alert>}
      <ErrorAlert error={connect.error ?? sync.error ?? disconnect.error} />
      <ul className="plain-list device-list">
        {providers.data.items.map((provider) => {
          const device = byProvider.get(provider.id);
          const features = provider.features.map((feature) => t(`wearables.feature.${feature}` as TextKey)).join(', ');
          return (
            <li key={provider.id} className="device" aria-labelledby={`device-${provider.id}`}>
              <div className="page-head">
                <h3 id={`device-${provider.id}`}>{name(provider.id)}</h3>
                {device && (
                  <span className={`badge ${device.status === 'connected' ? 'badge-completed' : 'badge-active'}`}>
                    {device.status === 'connected' ? t('wearables.devices.connected') : t('wearables.devices.reauth')}
                  </span>
                )}
              </div>
              <p className="muted small">{t('wearables.devices.features', { features })}</p>
              {device ? (
                <>
                  <p className="small">
                    {t('wearables.devices.since', { date: when(device.connectedAt) })}{' '}
                    {device.lastSyncAt ? t('wearables.devices.lastSync', { date: when(device.lastSyncAt) }) : t('wearables.devices.neverSynced')}
                  </p>
                  {device.lastError && <p className="small tone-text-recover">{t('wearables.devices.lastError', { error: device.lastError })}</p>}
                  <div className="actions">
                    {device.status === 'reauth_required' ? (
                      <button type="button" className="primary" onClick={() => connect.mutate(provider.id)} disabled={connect.isPending}>
                        {t('wearables.devices.connect', { provider: name(provider.id) })}
                      </button>
                    ) : (
                      <button type="button" onClick={() => runSync(provider.id)} disabled={sync.isPending}>
                        {sync.isPending && sync.variables === provider.id ? t('wearables.devices.syncing') : t('wearables.devices.sync')}
                      </button>
                    )}
                    <button type="button" className="danger" onClick={() => runDisconnect(provider.id)} disabled={disconnect.isPending}>
                      {t('wearables.devices.disconnect')}
                    </button>
                  </div>
                </>
              ) : provider.available ? (
                <div className="actions">
                  <button type="button" className="primary" onClick={() => connect.mutate(provider.id)} disabled={connect.isPending}>
                    {t('wearables.devices.connect', { provider: name(provider.id) })}
                  </button>
                </div>
              ) : (
                <p className="small muted">{t('wearables.devices.unavailable', { provider: name(provider.id) })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
