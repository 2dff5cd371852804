import * as z from '../../shared/zod';
import { locationSchema } from '../../shared/domain/training/location';

export const locationIdParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
export const locationListQuery = z.strictObject({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});
export const locationListResponse = z.object({ items: z.array(locationSchema), nextCursor: z.optional(z.string()) });
