import * as z from '../../shared/zod';
import { goalSchema, goalStatusSchema } from '../../shared/domain/training/goal';

export const goalIdParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
export const goalListQuery = z.strictObject({
  status: z.optional(goalStatusSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});
export const goalListResponse = z.object({ items: z.array(goalSchema), nextCursor: z.optional(z.string()) });
