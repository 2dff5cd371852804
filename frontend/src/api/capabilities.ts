import { useQuery } from '@tanstack/react-query';
import { useApp } from '../app/context';

/** "METHOD /path" as the API's OpenAPI document lists it, e.g. "POST /training/sessions/{id}/start". */
export type Route = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

/**
 * What the deployed API offers, read once from its public /openapi.json: screens whose routes are
 * not there yet are simply not shown, so the SPA works against any version of the API.
 */
export function useCapabilities(): { ready: boolean; failed: boolean; can: (...routes: Route[]) => boolean } {
  const { config } = useApp();
  const query = useQuery({
    queryKey: ['openapi'],
    staleTime: Infinity,
    queryFn: async () => {
      const response = await fetch(`${config.apiUrl}/openapi.json`);
      if (!response.ok) throw new Error(`openapi.json answered ${response.status}`);
      const document = (await response.json()) as { paths?: Record<string, Record<string, unknown>> };
      const routes = new Set<string>();
      for (const [path, operations] of Object.entries(document.paths ?? {})) {
        for (const method of Object.keys(operations)) routes.add(`${method.toUpperCase()} ${path}`);
      }
      return routes;
    },
  });
  const routes = query.data;
  return { ready: query.isSuccess, failed: query.isError, can: (...wanted) => !!routes && wanted.every((route) => routes.has(route)) };
}
