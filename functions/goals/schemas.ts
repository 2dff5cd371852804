import * as z from 'zod';
import { goalSchema, goalStatusSchema } from '../../shared/domain/training/goal';

export const goalIdParams = z.object({ id: z.string().min(1).max(64) });
export const goalListQuery = z.strictObject({
  status: goalStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2048).optional(),
});
export const goalListResponse = z.object({ items: z.array(goalSchema), nextCursor: z.string().optional() });
