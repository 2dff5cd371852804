import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { checkPrescription, mapToCatalog } from '../../../shared/domain/coaches/check';
import { prescriptionSchema, type PrescribedBlock, type PrescribedSet, type Prescription } from '../../../shared/domain/coaches/prescription';
import { BLOCK_TRANSITION_SEC, EXERCISE_TRANSITION_SEC, plannedBlockSec, plannedDurationMin } from '../../../shared/domain/coaches/planned-duration';

const s = (fields: Partial<PrescribedSet>): PrescribedSet => ({
  type: 'working',
  reps: null,
  loadKg: null,
  durationSec: null,
  distanceM: null,
  calories: null,
  targetRpe: null,
  targetRir: null,
  targetHrZone: null,
  targetPaceSecPerKm: null,
  restSec: 0,
  ...fields,
});

const block = (fields: Partial<PrescribedBlock>): PrescribedBlock => ({
  name: 'B',
  kind: 'main',
  format: 'straight',
  rounds: null,
  timeCapMin: null,
  exercises: [],
  ...fields,
});

const prescription = (blocks: PrescribedBlock[]): Prescription => ({
  coach: 'force',
  discipline: 'strength',
  title: 'T',
  summary: 'S',
  estimatedDurationMin: 1,
  intensity: 'moderate',
  blocks,
  coachNotes: [],
  coachFields: { coach: 'force', workingMaxes: [], progressionApplied: [] },
});

type Json = { [key: string]: unknown };

/** Walks a JSON schema and reports what OpenAI structured outputs refuse. */
function structuredOutputProblems(node: unknown, path = '$'): string[] {
  if (!node || typeof node !== 'object') return [];
  const schema = node as Json;
  const problems: string[] = [];
  if (schema.type === 'object') {
    const properties = Object.keys((schema.properties as Json | undefined) ?? {});
    const required = (schema.required as string[] | undefined) ?? [];
    for (const key of properties) if (!required.includes(key)) problems.push(`${path}.${key} is optional`);
    if (schema.additionalProperties !== false) problems.push(`${path} allows additional properties`);
    if (schema.propertyNames || schema.patternProperties) problems.push(`${path} is a record`);
  }
  for (const [key, value] of Object.entries(schema)) {
    if (Array.isArray(value)) value.forEach((item, i) => problems.push(...structuredOutputProblems(item, `${path}.${key}[${i}]`)));
    else if (value && typeof value === 'object') problems.push(...structuredOutputProblems(value, `${path}.${key}`));
  }
  return problems;
}

describe('prescription schema', () => {
  const json = z.toJSONSchema(prescriptionSchema, { target: 'draft-7', io: 'output' }) as Json;

  it('has an object root and no optional fields, records or open objects (OpenAI structured outputs)', () => {
    expect(json.type).toBe('object');
    expect(json.anyOf).toBeUndefined();
    expect(structuredOutputProblems(json)).toEqual([]);
  });

  it('uses a union only for coachFields, discriminated by coach', () => {
    const text = JSON.stringify(json);
    expect((text.match(/"anyOf"|"oneOf"/g) ?? []).length).toBeGreaterThan(0);
    const coachFields = (json.properties as Json).coachFields as Json;
    const options = (coachFields.anyOf ?? coachFields.oneOf) as Json[];
    expect(options).toHaveLength(5);
    for (const option of options) expect(((option.properties as Json).coach as Json).const).toBeDefined();
  });

  it('rejects a prescription with a missing field', () => {
    const valid = prescription([block({ exercises: [{ exerciseId: 'back-squat', name: 'Back squat', sets: [s({ reps: 5, restSec: 120 })], notes: null, scaling: null }] })]);
    expect(prescriptionSchema.safeParse(valid).success).toBe(true);
    const { coachNotes: _drop, ...missing } = valid;
    expect(prescriptionSchema.safeParse(missing).success).toBe(false);
  });
});

describe('plannedDurationMin', () => {
  it('counts reps by movement pattern, rests, transitions and drops the last rest', () => {
    // back squat (squat, 3 s/rep): 3 × (5 × 3 + 120) − 120 = 285 s
    const b1 = block({ exercises: [{ exerciseId: 'back-squat', name: 'x', sets: [1, 2, 3].map(() => s({ reps: 5, restSec: 120 })), notes: null, scaling: null }] });
    expect(plannedBlockSec(b1)).toBe(285);
    // Bulgarian split squat is unilateral (reps per side): 10 × 2.5 × 2 = 50 s, + 60 rest
    const b2 = block({
      exercises: [
        { exerciseId: 'plank', name: 'x', sets: [s({ durationSec: 45, restSec: 30 })], notes: null, scaling: null },
        { exerciseId: 'bulgarian-split-squat', name: 'x', sets: [s({ reps: 10, restSec: 60 })], notes: null, scaling: null },
      ],
    });
    expect(plannedBlockSec(b2)).toBe(45 + 30 + EXERCISE_TRANSITION_SEC + 50);
    expect(plannedDurationMin(prescription([b1, b2]))).toBeCloseTo((285 + BLOCK_TRANSITION_SEC + 45 + 30 + 15 + 50) / 60, 6);
  });

  it('uses target pace, default pace and calories for cyclical work', () => {
    const paced = block({ exercises: [{ exerciseId: 'run', name: 'x', sets: [s({ distanceM: 1000, targetPaceSecPerKm: 300 })], notes: null, scaling: null }] });
    expect(plannedBlockSec(paced)).toBe(300);
    const unpaced = block({ exercises: [{ exerciseId: 'run', name: 'x', sets: [s({ distanceM: 1000 })], notes: null, scaling: null }] });
    expect(plannedBlockSec(unpaced)).toBe(360);
    const cal = block({ exercises: [{ exerciseId: 'row-erg', name: 'x', sets: [s({ calories: 20 })], notes: null, scaling: null }] });
    expect(plannedBlockSec(cal)).toBe(80);
  });

  it('uses the cap for AMRAP and EMOM, rounds for circuits, and the cap as a ceiling For Time', () => {
    const one = { exerciseId: 'burpee', name: 'x', sets: [s({ reps: 10, restSec: 0 })], notes: null, scaling: null };
    expect(plannedBlockSec(block({ format: 'amrap', timeCapMin: 12, exercises: [one] }))).toBe(720);
    expect(plannedBlockSec(block({ format: 'emom', timeCapMin: 10, exercises: [one] }))).toBe(600);
    const two = [one, { ...one, exerciseId: 'air-squat' }];
    // per round: 10 burpees (3 s/rep) + transition 15 s + 10 air squats (3 s/rep) = 75 s
    expect(plannedBlockSec(block({ format: 'for_time', rounds: 5, exercises: two }))).toBe(375);
    expect(plannedBlockSec(block({ format: 'for_time', rounds: 5, timeCapMin: 5, exercises: two }))).toBe(300);
    expect(plannedBlockSec(block({ format: 'circuit', rounds: 3, exercises: two }))).toBe(225);
  });
});

describe('checkPrescription and mapToCatalog', () => {
  it('reports unknown ids, exercises of another coach, missing equipment and coachFields of another coach', () => {
    const p = prescription([
      block({
        exercises: [
          { exerciseId: 'moon-walk', name: 'x', sets: [s({ reps: 5 })], notes: null, scaling: null },
          { exerciseId: 'freestyle-swim', name: 'x', sets: [s({ distanceM: 100 })], notes: null, scaling: null },
          { exerciseId: 'bench-press', name: 'x', sets: [s({ reps: 5 })], notes: null, scaling: null },
        ],
      }),
    ]);
    p.coachFields = { coach: 'functional', workoutFormat: 'amrap', scalingOptions: [], stimulus: '' };
    const messages = checkPrescription(p, { equipment: ['barbell'] }).map((i) => i.message).join('\n');
    expect(messages).toContain('unknown exercise "moon-walk"');
    expect(messages).toContain('"freestyle-swim" is not prescribed by the force coach');
    expect(messages).toContain('"bench-press" needs barbell, bench, rack');
    expect(messages).toContain('must be "force"');
  });

  it('maps names and synonyms onto catalog ids and lists what stays unknown', () => {
    const p = prescription([
      block({
        exercises: [
          { exerciseId: 'barbell_back_squat', name: 'Back Squats', sets: [s({ reps: 5 })], notes: null, scaling: null },
          { exerciseId: 'rdl', name: 'RDL', sets: [s({ reps: 5 })], notes: null, scaling: null },
          { exerciseId: 'zzz', name: 'Moon walk', sets: [s({ reps: 5 })], notes: null, scaling: null },
        ],
      }),
    ]);
    const { prescription: mapped, unresolved } = mapToCatalog(p);
    expect(mapped.blocks[0]?.exercises.map((e) => e.exerciseId)).toEqual(['back-squat', 'romanian-deadlift', 'zzz']);
    expect(unresolved).toEqual(['Moon walk']);
  });
});
