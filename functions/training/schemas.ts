import * as z from '../../shared/zod';
import { coachSchema, disciplineSchema, equipmentSchema } from '../../shared/domain/catalog/schema';
import { setTypeSchema } from '../../shared/domain/coaches/prescription';
import { sessionSnapshotSchema, snapshotStateSchema } from '../../shared/domain/training/snapshot';
import { personalRecordSchema } from '../../shared/domain/training/personal-record';
import { loggedSetSchema, sessionStatusSchema, trainingSessionSchema } from '../../shared/domain/training/session';
import { sessionListItemSchema } from '../../shared/domain/training/session-summary';
import { sessionIllustrationsSchema } from '../illustrations/schemas';

export const sessionIdParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

const customSetSchema = z.strictObject({
  reps: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(1000))), null),
  loadKg: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(600))), null),
  durationSec: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(14_400))), null),
  distanceM: z._default(z.nullable(z.number().check(z.minimum(1), z.maximum(100_000))), null),
  targetRpe: z._default(z.nullable(z.number().check(z.minimum(1), z.maximum(10))), null),
  restSec: z._default(z.int().check(z.minimum(0), z.maximum(900)), 90),
});

/** POST /training/sessions with the athlete's own prescription. */
export const customSessionBody = z.strictObject({
  coach: coachSchema,
  discipline: disciplineSchema,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(160)),
  exercises: z
    .array(
      z.strictObject({
        exerciseId: z.string().check(z.minLength(1), z.maxLength(60)),
        sets: z.array(customSetSchema).check(z.minLength(1), z.maxLength(30)),
        notes: z._default(z.nullable(z.string().check(z.maxLength(600))), null),
      }),
    )
    .check(z.minLength(1), z.maxLength(40)),
  locationId: z._default(z.nullable(z.string().check(z.maxLength(64))), null),
});
export type CustomSessionBody = z.infer<typeof customSessionBody>;

/** POST /training/sessions without `exercises`: a coach writes the session. */
export const generateSessionBody = z.strictObject({
  coach: coachSchema,
  discipline: z.optional(z.nullable(disciplineSchema)).check(z.describe('null or absent: the coach picks within its disciplines')),
  locationId: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(64)))).check(z.describe("One of your locations: its equipment is available")),
  equipment: z
    .optional(z.array(equipmentSchema).check(z.maxLength(40)))
    .check(z.describe("Equipment available besides the location's; no location and no equipment = bodyweight only")),
  durationMin: z.int().check(z.minimum(10), z.maximum(180), z.describe('Time available, minutes')),
  energy: z.int().check(z.minimum(1), z.maximum(5), z.describe('1 = exhausted … 5 = fresh')),
  goals: z.optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))).check(z.maxLength(20))),
  avoid: z
    .optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))).check(z.maxLength(40)))
    .check(z.describe('Exercises, muscles ("knees"), patterns or equipment to skip')),
  mode: z._default(z.enum(['fast', 'full']), 'fast').check(z.describe('full: the enrichment content is generated inline')),
  priority: z._default(z.int().check(z.minimum(1), z.maximum(10)), 5).check(z.describe('Enrichment queue priority (fast mode)')),
});
export type GenerateSessionBody = z.infer<typeof generateSessionBody>;

/**
 * Either body: with `exercises` → the athlete's own session; without → coach generation.
 * Published as the union of both, but checked against the one `exercises` picks, so errors name
 * the fields of the intended body (a plain union would answer a bare `invalid_union`).
 */
const eitherSessionBody = z.union([customSessionBody, generateSessionBody]);
export const createSessionBody = z.pipe(
  z.transform((input: unknown, ctx): z.input<typeof eitherSessionBody> => {
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'object', input, message: 'must be a JSON object' });
      return z.NEVER;
    }
    const parsed = ('exercises' in input ? customSessionBody : generateSessionBody).safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: undefined } as never);
    return z.NEVER;
  }),
  eitherSessionBody,
);

/** Which provider wrote a generated session, and why (answer of POST /training/sessions). */
export const generationReportSchema = z.object({
  provider: z.enum(['offline', 'openai']),
  model: z.nullable(z.string()),
  offlineReason: z.nullable(z.enum(['no_api_key', 'over_budget', 'budget_unavailable', 'no_time', 'timeout', 'rate_limited', 'api_error', 'invalid_output'])),
  budgetExceeded: z.boolean().check(z.describe('True when the monthly AI budget forced the offline coach')),
  aiBudget: z.nullable(z.object({ usedUsd: z.number(), budgetUsd: z.number(), remainingUsd: z.number() })),
  tokenUsage: z.nullable(z.object({ inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number() })),
  openAiAttempts: z.int().check(z.minimum(0)),
});

export const patchSessionBody = z
  .partial(
    z.strictObject({
      title: z.string().check(z.trim(), z.minLength(1), z.maxLength(160)),
      notes: z.nullable(z.string().check(z.maxLength(2000))),
      rpeAvg: z.number().check(z.minimum(1), z.maximum(10)),
      durationActualMin: z.number().check(z.minimum(1), z.maximum(1440)),
    }),
  )
  .check(z.refine((body) => Object.keys(body).length > 0, { error: 'send at least one field to change', params: { code: 'empty_update' } }));

export const logSetBody = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64), z.describe('Client-chosen id; retrying with the same id does not duplicate the set')),
  exerciseIndex: z.int().check(z.minimum(0), z.maximum(59)),
  setIndex: z.int().check(z.minimum(0), z.maximum(200)),
  reps: z._default(z.nullable(z.int().check(z.minimum(0), z.maximum(1000))), null),
  loadKg: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(600))), null),
  durationSec: z._default(z.nullable(z.int().check(z.minimum(0), z.maximum(86_400))), null),
  distanceM: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(500_000))), null),
  rpe: z._default(z.nullable(z.number().check(z.minimum(1), z.maximum(10))), null),
  rir: z._default(z.nullable(z.int().check(z.minimum(0), z.maximum(10))), null),
  completedAt: z.optional(z.iso.datetime()),
  type: z.optional(setTypeSchema).check(z.describe('warmup: a ramp set done before the planned ones, at a set index of its own')),
});

export const completeSessionBody = z.strictObject({
  rpeAvg: z.optional(z.number().check(z.minimum(1), z.maximum(10))),
  durationActualMin: z.optional(z.number().check(z.minimum(1), z.maximum(1440))),
  notes: z.optional(z.string().check(z.maxLength(2000))),
});

export const historyQuery = z.strictObject({
  period: z._default(z.enum(['week', 'month', 'quarter', 'year']), 'month'),
  type: z.optional(coachSchema).check(z.describe('Coach')),
  discipline: z.optional(disciplineSchema),
  status: z.optional(sessionStatusSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});

/** GET /training/sessions/{id} adds each prescribed exercise's illustration (URL or pending). */
export const sessionResponse = z.extend(trainingSessionSchema, { illustrations: z.optional(sessionIllustrationsSchema) });
/** 201 of POST /training/sessions: the session, plus `generation` for coach-generated ones. */
export const createSessionResponse = z.extend(trainingSessionSchema, { generation: z.optional(generationReportSchema) });
/** GET /training/sessions: light list items (the full session is GET /training/sessions/{id}). */
export const sessionListResponse = z.object({ items: z.array(sessionListItemSchema), nextCursor: z.optional(z.string()) });
/** POST …/sets: the set as stored and the session it is in. */
export const logSetResponse = z.object({ set: loggedSetSchema, session: sessionResponse });
export const recordListResponse = z.object({ items: z.array(personalRecordSchema) });

export const snapshotBody = z.strictObject({
  ...snapshotStateSchema.shape,
  /** The version the client last saw; omit to create the first snapshot. */
  expectedVersion: z.optional(z.int().check(z.minimum(1))),
});
export const snapshotResponse = sessionSnapshotSchema;
