import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../api/keys';
import { unwrap } from '../api/typed-client';
import { useApp } from '../app/context';

const devicesKey = ['wearables', 'devices'] as const;
const providersKey = ['wearables', 'providers'] as const;

/** GET /wearables/providers: which providers this deployment can connect. */
export function useProviders() {
  const { http } = useApp();
  return useQuery({ queryKey: providersKey, queryFn: () => unwrap(http.GET('/wearables/providers')), staleTime: 10 * 60_000 });
}

/** GET /wearables/devices, refetched on focus (a connection finishes in the provider's tab or after a redirect). */
export function useDevices() {
  const { http } = useApp();
  return useQuery({ queryKey: devicesKey, queryFn: () => unwrap(http.GET('/wearables/devices')), refetchOnWindowFocus: 'always' });
}

/** POST /wearables/{provider}/connect, then the browser goes to the provider's consent page and comes back to `returnTo`. */
export function useConnect() {
  const { http } = useApp();
  return useMutation({
    mutationFn: async (provider: 'polar' | 'withings' | 'oura') => {
      const returnTo = `${window.location.origin}/devices`;
      const { authorizeUrl } = await unwrap(http.POST('/wearables/{provider}/connect', { params: { path: { provider } }, body: { returnTo } }));
      window.location.assign(authorizeUrl);
    },
  });
}

/** POST /wearables/devices/{id}/sync: imports now; Forge and sessions may change. */
export function useSync() {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: 'polar' | 'withings' | 'oura') => unwrap(http.POST('/wearables/devices/{id}/sync', { params: { path: { id } } })),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: devicesKey });
      void client.invalidateQueries({ queryKey: keys.forge.all });
      void client.invalidateQueries({ queryKey: keys.sessions });
    },
  });
}

/** DELETE /wearables/devices/{id}: the device, its tokens and everything imported from it. */
export function useDisconnect() {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: 'polar' | 'withings' | 'oura') => unwrap(http.DELETE('/wearables/devices/{id}', { params: { path: { id } } })),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: devicesKey });
      void client.invalidateQueries({ queryKey: keys.forge.all });
      void client.invalidateQueries({ queryKey: keys.sessions });
    },
  });
}
