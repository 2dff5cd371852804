import * as z from '../../shared/zod';
import { disciplineSchema } from '../../shared/domain/catalog/schema';
import { illustrationJobStatusSchema } from '../../shared/domain/illustrations/illustration';

export const illustrationQuery = z.object({
  /** A catalog id or an exercise name (English or French, any case, plurals…). */
  exercise: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  /** The style to draw it in; default: the exercise's own discipline. */
  discipline: z.optional(disciplineSchema),
});

const jobSchema = z.object({ status: illustrationJobStatusSchema, attempts: z.int(), error: z.nullable(z.string()), queuedAt: z.iso.datetime() });

/** What the app shows for one exercise: the image once ready; pending (placeholder, poll again) or failed otherwise. */
export const illustrationAnswerSchema = z.object({
  status: z.enum(['ready', 'pending', 'failed']),
  exerciseId: z.string(),
  discipline: disciplineSchema,
  /** The 512 px WebP (ready only). */
  url: z.optional(z.string()),
  /** Every stored size, by width in px (ready only). */
  urls: z.optional(z.record(z.string(), z.string())),
  generator: z.optional(z.enum(['openai', 'offline'])),
  /** The generation job while it is not ready. */
  job: z.optional(jobSchema),
  match: z.optional(z.object({ confidence: z.number(), via: z.string() })),
});
export type IllustrationAnswer = z.infer<typeof illustrationAnswerSchema>;

/** The queue message of one generation job. */
export const illustrationMessageSchema = z.object({ exerciseId: z.string().check(z.minLength(1), z.maxLength(120)), discipline: disciplineSchema });

/** Per prescribed exercise (by catalog id) on session reads: its illustration's URLs, or pending (the app polls GET /illustrations). */
export const sessionIllustrationsSchema = z.record(
  z.string(),
  z.union([z.object({ status: z.literal('ready'), url: z.string(), urls: z.record(z.string(), z.string()) }), z.object({ status: z.literal('pending') })]),
);
export type SessionIllustrations = z.infer<typeof sessionIllustrationsSchema>;
