import { httpHandler } from '../../shared/http/http-handler';
import { progressionQuery } from './schemas';
import { serveProgression } from './serve';

/** GET /training/progression?period=week|month|quarter[&refresh=1][&locale=]: two paragraphs and three recommendations. */
export const handler = httpHandler({ access: 'user', query: progressionQuery }, ({ caller, query, context }) => serveProgression(caller, query, context));
