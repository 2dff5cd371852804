import * as z from '../../zod';
import { clamp, round } from '../science/math';
import { isLocalDay } from '../science/days';

/** A goal is `active` until the athlete marks it achieved or archives it (both can be reopened). */
export const goalStatusSchema = z.enum(['active', 'achieved', 'archived']);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

export const goalKindSchema = z.enum(['strength', 'endurance', 'skill', 'consistency', 'body', 'other']);
export type GoalKind = z.infer<typeof goalKindSchema>;

export const goalUnitSchema = z.enum(['kg', 'reps', 'km', 'm', 'min', 'sec', 'sec_per_km', 'sessions', 'kcal', 'percent', 'count']);
export type GoalUnit = z.infer<typeof goalUnitSchema>;

/** Catalog ids are kebab-case; routes check the id exists with the catalog's `getExercise`. */
const exerciseIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a catalog exercise id'), z.maxLength(80));
const localDaySchema = z.string().check(z.refine(isLocalDay, { error: 'must be a calendar day YYYY-MM-DD', params: { code: 'invalid_day' } }));
const measure = z.number().check(z.minimum(-1_000_000), z.maximum(1_000_000));

/** The fields an athlete sets on a goal. */
export const goalFieldsSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(120, 'must be at most 120 characters')),
  kind: goalKindSchema,
  targetValue: measure,
  currentValue: measure,
  unit: goalUnitSchema,
  /** `decrease` for goals where lower wins (body weight, a 5 km time, a pace). */
  direction: z.enum(['increase', 'decrease']),
  exerciseId: z.nullable(exerciseIdSchema),
  /** Local day of the athlete's deadline. */
  deadline: z.nullable(localDaySchema),
  notes: z.nullable(z.string().check(z.maxLength(1000))),
});
export type GoalFields = z.infer<typeof goalFieldsSchema>;

export const goalSchema = z.extend(goalFieldsSchema, {
  id: z.string(),
  userId: z.string(),
  status: goalStatusSchema,
  achievedAt: z.nullable(z.iso.datetime()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.int().check(z.minimum(1)),
});
export type Goal = z.infer<typeof goalSchema>;

/** `POST /training/goals` body: the optional fields default to an increasing goal from 0. */
export const goalCreateSchema = z.strictObject({
  ...goalFieldsSchema.shape,
  currentValue: z._default(measure, 0),
  direction: z._default(z.enum(['increase', 'decrease']), 'increase'),
  exerciseId: z._default(z.nullable(exerciseIdSchema), null),
  deadline: z._default(z.nullable(localDaySchema), null),
  notes: z._default(z.nullable(z.string().check(z.maxLength(1000))), null),
});
export type GoalCreate = z.input<typeof goalCreateSchema>;

/** `PATCH /training/goals/{id}` body: any subset of the fields and the status, nothing else. */
export const goalUpdateSchema = z
  .strictObject({ ...z.partial(goalFieldsSchema).shape, status: z.optional(goalStatusSchema) })
  .check(z.refine((value) => Object.keys(value).length > 0, { error: 'send at least one field to change', params: { code: 'empty_update' } }));
export type GoalUpdate = z.infer<typeof goalUpdateSchema>;

export function newGoal(input: { id: string; userId: string; fields: z.output<typeof goalCreateSchema>; now: Date }): Goal {
  const at = input.now.toISOString();
  return { ...input.fields, id: input.id, userId: input.userId, status: 'active', achievedAt: null, createdAt: at, updatedAt: at, version: 1 };
}

/** The next state of a goal after an update: version + 1; achievedAt follows the status. */
export function applyGoalUpdate(goal: Goal, update: GoalUpdate, now: Date): Goal {
  const status = update.status ?? goal.status;
  const achievedAt = status === 'achieved' ? (goal.status === 'achieved' ? goal.achievedAt : now.toISOString()) : null;
  return { ...goal, ...update, status, achievedAt, updatedAt: now.toISOString(), version: goal.version + 1 };
}

/** Progress 0–1 toward the target: current / target when more wins, target / current when less wins; 1 once reached. */
export function goalProgress(goal: Pick<Goal, 'targetValue' | 'currentValue' | 'direction'>): number {
  if (goal.direction === 'increase') {
    if (goal.targetValue <= 0) return goal.currentValue >= goal.targetValue ? 1 : 0;
    return round(clamp(goal.currentValue / goal.targetValue, 0, 1), 3);
  }
  if (goal.currentValue <= goal.targetValue) return 1;
  if (goal.currentValue <= 0 || goal.targetValue <= 0) return 0;
  return round(clamp(goal.targetValue / goal.currentValue, 0, 1), 3);
}

export const isGoalReached = (goal: Pick<Goal, 'targetValue' | 'currentValue' | 'direction'>): boolean =>
  goal.direction === 'increase' ? goal.currentValue >= goal.targetValue : goal.currentValue <= goal.targetValue;
