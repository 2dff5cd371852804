import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { InvalidActivityChangeError, manualActivityChangesSchema } from '../../../shared/domain/forge/activity';
import { profileUpdateSchema } from '../../../shared/domain/profile/profile';
import { locationCreateSchema } from '../../../shared/domain/training/location';
import { IllegalTransitionError, InvalidSetError } from '../../../shared/domain/training/errors';
import { VersionConflictError } from '../../../shared/db/item';
import { InvalidCursorError } from '../../../shared/db/cursor';
import { DOMAIN_ERROR_CODES, ZOD_ISSUE_CODES } from '../../../shared/http/error-codes';
import { lifecycleAction, problemForDomainError } from '../../../shared/http/domain-errors';
import { buildOpenApiDocument } from '../../../shared/http/openapi';
import { fieldErrorsFromZod, problems, toProblemDocument } from '../../../shared/http/problem';

const errorsOf = (schema: z.core.$ZodType, input: unknown, source: 'body' | 'query' = 'body') => {
  const result = z.safeParse(schema, input);
  if (result.success) throw new Error('expected a failure');
  return fieldErrorsFromZod(result.error, source, input);
};

describe('field errors from zod carry a code and the parameters to word them', () => {
  const custom = z.strictObject({
    title: z.string().min(1).max(160),
    exercises: z
      .array(z.object({ exerciseId: z.string(), sets: z.array(z.object({ loadKg: z.number().min(0).max(1000).nullable(), reps: z.number().int().positive().nullable() })) }))
      .min(1),
    coach: z.enum(['force', 'endurance']),
  });

  it('bounds: too_big / too_small with minimum, maximum, inclusive and origin, on the array item path', () => {
    const errors = errorsOf(custom, { title: '', coach: 'force', exercises: [{ exerciseId: 'bench', sets: [{ loadKg: 1, reps: 5 }, { loadKg: 1, reps: 5 }, { loadKg: 1000.5, reps: 5 }] }] });
    expect(errors).toEqual([
      { path: 'body.title', code: 'too_small', params: { origin: 'string', minimum: 1, inclusive: true }, message: expect.any(String) },
      { path: 'body.exercises.0.sets.2.loadKg', code: 'too_big', params: { origin: 'number', maximum: 1000, inclusive: true }, message: expect.any(String) },
    ]);
  });

  it('a missing field is invalid_type with received "undefined"; a wrong type names what came', () => {
    const errors = errorsOf(custom, { title: 7, exercises: [{ sets: [{ loadKg: null, reps: 2.5 }] }], coach: 'force' });
    expect(errors).toEqual([
      { path: 'body.title', code: 'invalid_type', params: { expected: 'string', received: 'number' }, message: expect.any(String) },
      { path: 'body.exercises.0.exerciseId', code: 'invalid_type', params: { expected: 'string', received: 'undefined' }, message: expect.any(String) },
      { path: 'body.exercises.0.sets.0.reps', code: 'invalid_type', params: { expected: 'int', format: 'safeint', received: 'number' }, message: expect.any(String) },
    ]);
  });

  it('enums list their values; unknown keys are named one by one', () => {
    const errors = errorsOf(custom, { title: 'x', exercises: [], coach: 'yoga', colour: 'red', size: 2 });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'body.coach', code: 'invalid_value', params: { values: ['force', 'endurance'] }, message: expect.any(String) },
        { path: 'body.exercises', code: 'too_small', params: { origin: 'array', minimum: 1, inclusive: true }, message: expect.any(String) },
        { path: 'body.colour', code: 'unrecognized_keys', message: 'is not a known field; remove it' },
        { path: 'body.size', code: 'unrecognized_keys', message: 'is not a known field; remove it' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('formats: invalid_format with the format', () => {
    expect(errorsOf(z.object({ at: z.iso.datetime() }), { at: 'soon' }, 'query')).toEqual([
      { path: 'query.at', code: 'invalid_format', params: { origin: 'string', format: 'datetime' }, message: expect.any(String) },
    ]);
  });

  it('refinements carry their own stable code; unknown custom codes stay "custom"', () => {
    expect(errorsOf(profileUpdateSchema, { timeZone: 'Mars/Olympus' })).toEqual([
      { path: 'body.timeZone', code: 'invalid_time_zone', message: 'must be an IANA time zone such as Europe/Paris' },
    ]);
    expect(errorsOf(profileUpdateSchema, {})).toEqual([{ path: 'body', code: 'empty_update', message: 'send at least one field to change' }]);
    expect(errorsOf(profileUpdateSchema, { maxHeartRate: 300, restingHeartRate: 10 })).toEqual([
      { path: 'body.maxHeartRate', code: 'too_big', params: { origin: 'number', maximum: 240, inclusive: true }, message: expect.any(String) },
      { path: 'body.restingHeartRate', code: 'too_small', params: { origin: 'number', minimum: 25, inclusive: true }, message: expect.any(String) },
    ]);
    const equipment = errorsOf(locationCreateSchema, { name: 'Home', kind: 'home', equipment: ['none', 'barbell', 'barbell'] });
    expect(equipment.map((e) => e.code)).toEqual(['duplicate_value', 'equipment_none_exclusive']);
    expect(errorsOf(manualActivityChangesSchema, { avgHr: 170, maxHr: 150 })).toEqual([
      { path: 'body.avgHr', code: 'heart_rates_inconsistent', params: { other: 'maxHr' }, message: 'must not be above maxHr' },
    ]);
    expect(errorsOf(z.string().refine(() => false, { message: 'no', params: { code: 'made_up' } }), 'x')).toEqual([{ path: 'body', code: 'custom', message: 'no' }]);
  });

  it('without the input, a wrong type has no "received"', () => {
    const result = z.object({ a: z.string() }).safeParse({});
    expect(fieldErrorsFromZod(result.error!, 'body')).toEqual([{ path: 'body.a', code: 'invalid_type', params: { expected: 'string' }, message: expect.any(String) }]);
  });
});

describe('problem documents', () => {
  it('every field error has a code, "invalid" when its site gave none', () => {
    const document = toProblemDocument(problems.validation([{ path: 'body.x', message: 'is odd' }, { path: 'body.y', code: 'in_future', message: 'later' }]));
    expect(document.errors).toEqual([
      { path: 'body.x', code: 'invalid', message: 'is odd' },
      { path: 'body.y', code: 'in_future', message: 'later' },
    ]);
    expect(toProblemDocument(problems.payloadTooLarge(100, 200)).errors).toEqual([{ path: 'body', code: 'payload_too_large', params: { maximum: 100 }, message: expect.any(String) }]);
    expect(toProblemDocument(problems.malformedJson('Unexpected token')).errors?.[0]?.code).toBe('malformed_json');
  });

  it('domain errors: their own codes and parameters', () => {
    const set = toProblemDocument(problemForDomainError(new InvalidSetError('exerciseIndex', 'must point at one of 3', 'exercise_index_out_of_range', { count: 3 }))!);
    expect(set.errors).toEqual([{ path: 'body.exerciseIndex', code: 'exercise_index_out_of_range', params: { count: 3 }, message: 'must point at one of 3' }]);
    const plain = toProblemDocument(problemForDomainError(new InvalidSetError('reps', 'must be positive'))!);
    expect(plain.errors).toEqual([{ path: 'body.reps', code: 'invalid_set', message: 'must be positive' }]);
    const hr = toProblemDocument(problemForDomainError(new InvalidActivityChangeError('avgHr', 'must not be above maxHr (150)', 'heart_rates_inconsistent', { other: 'maxHr', maximum: 150 }))!);
    expect(hr.errors).toEqual([{ path: 'body.avgHr', code: 'heart_rates_inconsistent', params: { other: 'maxHr', maximum: 150 }, message: expect.any(String) }]);
    expect(toProblemDocument(problemForDomainError(new InvalidCursorError())!).errors?.[0]).toMatchObject({ path: 'query.cursor', code: 'invalid_cursor' });
  });

  it('409s say which conflict: the lifecycle with the current status and the attempted action', () => {
    expect(toProblemDocument(problemForDomainError(new IllegalTransitionError('completed', 'be started'))!)).toMatchObject({
      status: 409,
      code: 'illegal_transition',
      currentStatus: 'completed',
      action: 'start',
    });
    expect(toProblemDocument(problemForDomainError(new VersionConflictError('goal', 4))!)).toMatchObject({ status: 409, code: 'version_conflict', entity: 'goal', currentVersion: 4 });
    expect(lifecycleAction('log sets (start it first)')).toBe('log_set');
    expect(lifecycleAction('be completed')).toBe('complete');
    expect(lifecycleAction('take a reported RPE or duration before it is completed')).toBe('feedback');
    expect(lifecycleAction('be snapshotted (it is finished)')).toBe('snapshot');
    expect(lifecycleAction('fly')).toBeUndefined();
  });
});

describe('the OpenAPI error schema', () => {
  it('documents code, params and message of each field error, with every code', () => {
    const document = buildOpenApiDocument([], { title: 't', version: '1' }) as unknown as { components: { schemas: Record<string, { required: string[]; properties: Record<string, { enum?: string[] }> }> } };
    const fieldError = document.components.schemas.FieldError!;
    expect(fieldError.required).toEqual(['path', 'code', 'message']);
    expect(fieldError.properties.code!.enum).toEqual([...ZOD_ISSUE_CODES, ...DOMAIN_ERROR_CODES]);
    expect(Object.keys(fieldError.properties)).toEqual(expect.arrayContaining(['params']));
    expect(document.components.schemas.Problem!.properties.errors).toEqual({ type: 'array', items: { $ref: '#/components/schemas/FieldError' } });
  });
});
