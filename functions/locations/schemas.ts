import * as z from 'zod';
import { locationSchema } from '../../shared/domain/training/location';

export const locationIdParams = z.object({ id: z.string().min(1).max(64) });
export const locationListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50), cursor: z.string().max(2048).optional() });
export const locationListResponse = z.object({ items: z.array(locationSchema), nextCursor: z.string().optional() });
