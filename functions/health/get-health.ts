import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';

export const handler = httpHandler({ access: 'public' }, async () => json(200, { status: 'ok' }));
