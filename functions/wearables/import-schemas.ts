import * as z from 'zod';
import { ID_PATTERN } from '../../shared/db/ids';
import { MAX_WORKOUT_FILE_BYTES, workoutFileFormatSchema } from '../../shared/domain/wearables/import-job';

export { importCreatedAnswer, importJobAnswer } from '../../shared/domain/wearables/import-job';

export const importCreateBody = z.strictObject({
  /** Shown back in the app; its extension gives the format when `format` is not sent. */
  fileName: z.string().trim().min(1).max(200),
  sizeBytes: z.int().min(1).max(MAX_WORKOUT_FILE_BYTES),
  format: workoutFileFormatSchema.optional(),
});

export const importIdParams = z.object({ id: z.string().regex(ID_PATTERN, 'must be an import id') });
