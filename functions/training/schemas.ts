import * as z from 'zod';
import { coachSchema, disciplineSchema, equipmentSchema } from '../../shared/domain/catalog/schema';
import { setTypeSchema } from '../../shared/domain/coaches/prescription';
import { sessionSnapshotSchema, snapshotStateSchema } from '../../shared/domain/training/snapshot';
import { personalRecordSchema } from '../../shared/domain/training/personal-record';
import { loggedSetSchema, sessionStatusSchema, trainingSessionSchema } from '../../shared/domain/training/session';
import { sessionListItemSchema } from '../../shared/domain/training/session-summary';
import { sessionIllustrationsSchema } from '../illustrations/schemas';

export const sessionIdParams = z.object({ id: z.string().min(1).max(64) });

const customSetSchema = z.strictObject({
  reps: z.int().min(1).max(1000).nullable().default(null),
  loadKg: z.number().min(0).max(600).nullable().default(null),
  durationSec: z.int().min(1).max(14_400).nullable().default(null),
  distanceM: z.number().min(1).max(100_000).nullable().default(null),
  targetRpe: z.number().min(1).max(10).nullable().default(null),
  restSec: z.int().min(0).max(900).default(90),
});

/** POST /training/sessions with the athlete's own prescription. */
export const customSessionBody = z.strictObject({
  coach: coachSchema,
  discipline: disciplineSchema,
  title: z.string().trim().min(1).max(160),
  exercises: z
    .array(z.strictObject({ exerciseId: z.string().min(1).max(60), sets: z.array(customSetSchema).min(1).max(30), notes: z.string().max(600).nullable().default(null) }))
    .min(1)
    .max(40),
  locationId: z.string().max(64).nullable().default(null),
});
export type CustomSessionBody = z.infer<typeof customSessionBody>;

/** POST /training/sessions without `exercises`: a coach writes the session. */
export const generateSessionBody = z.strictObject({
  coach: coachSchema,
  discipline: disciplineSchema.nullable().optional().describe('null or absent: the coach picks within its disciplines'),
  locationId: z.string().min(1).max(64).nullable().optional().describe("One of your locations: its equipment is available"),
  equipment: z
    .array(equipmentSchema)
    .max(40)
    .optional()
    .describe('Equipment available besides the location\'s; no location and no equipment = bodyweight only'),
  durationMin: z.int().min(10).max(180).describe('Time available, minutes'),
  energy: z.int().min(1).max(5).describe('1 = exhausted … 5 = fresh'),
  goals: z.array(z.string().trim().min(1).max(120)).max(20).optional(),
  avoid: z.array(z.string().trim().min(1).max(80)).max(40).optional().describe('Exercises, muscles ("knees"), patterns or equipment to skip'),
  mode: z.enum(['fast', 'full']).default('fast').describe('full: the enrichment content is generated inline'),
  priority: z.int().min(1).max(10).default(5).describe('Enrichment queue priority (fast mode)'),
});
export type GenerateSessionBody = z.infer<typeof generateSessionBody>;

/**
 * Either body: with `exercises` → the athlete's own session; without → coach generation.
 * Published as the union of both, but checked against the one `exercises` picks, so errors name
 * the fields of the intended body (a plain union would answer a bare `invalid_union`).
 */
const eitherSessionBody = z.union([customSessionBody, generateSessionBody]);
export const createSessionBody = z
  .transform((input: unknown, ctx): z.input<typeof eitherSessionBody> => {
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'object', input, message: 'must be a JSON object' });
      return z.NEVER;
    }
    const parsed = ('exercises' in input ? customSessionBody : generateSessionBody).safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: undefined } as never);
    return z.NEVER;
  })
  .pipe(eitherSessionBody);

/** Which provider wrote a generated session, and why (answer of POST /training/sessions). */
export const generationReportSchema = z.object({
  provider: z.enum(['offline', 'openai']),
  model: z.string().nullable(),
  offlineReason: z.enum(['no_api_key', 'over_budget', 'budget_unavailable', 'no_time', 'timeout', 'rate_limited', 'api_error', 'invalid_output']).nullable(),
  budgetExceeded: z.boolean().describe('True when the monthly AI budget forced the offline coach'),
  aiBudget: z.object({ usedUsd: z.number(), budgetUsd: z.number(), remainingUsd: z.number() }).nullable(),
  tokenUsage: z.object({ inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number() }).nullable(),
  openAiAttempts: z.int().min(0),
});

export const patchSessionBody = z
  .strictObject({
    title: z.string().trim().min(1).max(160),
    notes: z.string().max(2000).nullable(),
    rpeAvg: z.number().min(1).max(10),
    durationActualMin: z.number().min(1).max(1440),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'send at least one field to change', params: { code: 'empty_update' } });

export const logSetBody = z.strictObject({
  id: z.string().min(1).max(64).describe('Client-chosen id; retrying with the same id does not duplicate the set'),
  exerciseIndex: z.int().min(0).max(59),
  setIndex: z.int().min(0).max(200),
  reps: z.int().min(0).max(1000).nullable().default(null),
  loadKg: z.number().min(0).max(600).nullable().default(null),
  durationSec: z.int().min(0).max(86_400).nullable().default(null),
  distanceM: z.number().min(0).max(500_000).nullable().default(null),
  rpe: z.number().min(1).max(10).nullable().default(null),
  rir: z.int().min(0).max(10).nullable().default(null),
  completedAt: z.iso.datetime().optional(),
  type: setTypeSchema.optional().describe('warmup: a ramp set done before the planned ones, at a set index of its own'),
});

export const completeSessionBody = z.strictObject({
  rpeAvg: z.number().min(1).max(10).optional(),
  durationActualMin: z.number().min(1).max(1440).optional(),
  notes: z.string().max(2000).optional(),
});

export const historyQuery = z.strictObject({
  period: z.enum(['week', 'month', 'quarter', 'year']).default('month'),
  type: coachSchema.optional().describe('Coach'),
  discipline: disciplineSchema.optional(),
  status: sessionStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
});

/** GET /training/sessions/{id} adds each prescribed exercise's illustration (URL or pending). */
export const sessionResponse = trainingSessionSchema.extend({ illustrations: sessionIllustrationsSchema.optional() });
/** 201 of POST /training/sessions: the session, plus `generation` for coach-generated ones. */
export const createSessionResponse = trainingSessionSchema.extend({ generation: generationReportSchema.optional() });
/** GET /training/sessions: light list items (the full session is GET /training/sessions/{id}). */
export const sessionListResponse = z.object({ items: z.array(sessionListItemSchema), nextCursor: z.string().optional() });
/** POST …/sets: the set as stored and the session it is in. */
export const logSetResponse = z.object({ set: loggedSetSchema, session: sessionResponse });
export const recordListResponse = z.object({ items: z.array(personalRecordSchema) });

export const snapshotBody = snapshotStateSchema
  .extend({
    /** The version the client last saw; omit to create the first snapshot. */
    expectedVersion: z.int().min(1).optional(),
  })
  .strict();
export const snapshotResponse = sessionSnapshotSchema;
