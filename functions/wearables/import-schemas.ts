import * as z from '../../shared/zod';
import { ID_PATTERN } from '../../shared/db/ids';
import { MAX_WORKOUT_FILE_BYTES, workoutFileFormatSchema } from '../../shared/domain/wearables/import-job';

export { importCreatedAnswer, importJobAnswer } from '../../shared/domain/wearables/import-job';

export const importCreateBody = z.strictObject({
  /** Shown back in the app; its extension gives the format when `format` is not sent. */
  fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  sizeBytes: z.int().check(z.minimum(1), z.maximum(MAX_WORKOUT_FILE_BYTES)),
  format: z.optional(workoutFileFormatSchema),
});

export const importIdParams = z.object({ id: z.string().check(z.regex(ID_PATTERN, 'must be an import id')) });
