import { httpHandler } from '../../shared/http/http-handler';
import { serveInsights } from './serve';
import { route } from './get-insights.route';

/** GET /training/insights[?refresh=1][&locale=]: Conseils from the memory tier, the table, or a new analysis. */
export const handler = httpHandler(route, ({ caller, query, context }) => serveInsights(caller, query, context));
