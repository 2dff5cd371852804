import { useQuery } from '@tanstack/react-query';
import { useApp, useUser } from '../app/context';
import type { paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * "METHOD /path" as the API's OpenAPI document lists it, e.g. "POST /training/sessions/{id}/start";
 * only routes of the contract the SPA is built against (schema.d.ts, `npm run gen:api`) type-check,
 * so a misspelt route cannot hide a screen for good.
 */
export type Route = {
  [P in keyof paths]: { [M in Method]: paths[P][M] extends undefined ? never : `${Uppercase<M>} ${P}` }[Method];
}[keyof paths];

/**
 * What the deployed API offers, read once from its public /openapi.json: screens whose routes are
 * not there yet are simply not shown, so the SPA works against any version of the API.
 */
export function useCapabilities(): { ready: boolean; failed: boolean; can: (...routes: Route[]) => boolean } {
  const { config } = useApp();
  // Only signed-in screens use it, and signing in drops the query cache: a signed-out page
  // (sign-in, sign-up) would download the ~200 KB document for nothing.
  const signedIn = useUser() !== null;
  const query = useQuery({
    queryKey: ['openapi'],
    staleTime: Infinity,
    enabled: signedIn,
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
