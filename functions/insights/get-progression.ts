import { httpHandler } from '../../shared/http/http-handler';
import { serveProgression } from './serve';
import { route } from './get-progression.route';

/** GET /training/progression?period=week|month|quarter[&refresh=1][&locale=]: two paragraphs and three recommendations. */
export const handler = httpHandler(route, ({ caller, query, context }) => serveProgression(caller, query, context));
