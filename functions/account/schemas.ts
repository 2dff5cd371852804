import * as z from 'zod';

export const exportQuery = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });
