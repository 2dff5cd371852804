import { httpHandler } from '../../shared/http/http-handler';
import { insightsQuery } from './schemas';
import { serveInsights } from './serve';

/** GET /training/insights[?refresh=1][&locale=]: Conseils from the memory tier, the table, or a new analysis. */
export const handler = httpHandler({ access: 'user', query: insightsQuery }, ({ caller, query, context }) => serveInsights(caller, query, context));
