import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './get-health.route';

export const handler = httpHandler(route, async () => json(200, { status: 'ok' }));
