import * as z from 'zod';

export const locationIdParams = z.object({ id: z.string().min(1).max(64) });
export const locationListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50), cursor: z.string().max(2048).optional() });
