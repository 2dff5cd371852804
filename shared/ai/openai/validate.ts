import { getExercise, type Exercise } from '../../domain/catalog';
import { checkPrescription, mapToCatalog } from '../../domain/coaches/check';
import type { CoachContext } from '../../domain/coaches/context';
import { plannedDurationMin } from '../../domain/coaches/planned-duration';
import { prescriptionSchema, type Prescription } from '../../domain/coaches/prescription';

export type OutputCheck =
  | {
      ok: true;
      prescription: Prescription;
      /** Ids the model wrote that were mapped onto the catalog by name/synonym. */
      mapped: Array<{ from: string; to: string }>;
      /** Acceptable but worth one regeneration (e.g. the planned time is far from the time available). */
      soft: string[];
    }
  | { ok: false; problems: string[] };

/** Planned time may differ from the time available by this much before we ask again. */
export const DURATION_TOLERANCE = 0.2;

/**
 * Checks a model's answer: valid JSON, the prescription schema, every exercise in the catalog
 * (unknown ids mapped by name/synonym, else rejected), allowed here (coach, equipment, level, avoid
 * list), the session's coach. Accepted answers get catalog names and a recomputed duration.
 */
export function checkModelOutput(text: string, ctx: CoachContext, allowed: readonly Exercise[]): OutputCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the answer is not valid JSON (${(error as Error).message.slice(0, 120)})`] };
  }
  const parsed = prescriptionSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || 'root'}: ${issue.message}`) };
  }
  const original = parsed.data;
  const { prescription: mappedPrescription, unresolved } = mapToCatalog(original);
  const problems: string[] = unresolved.map((name) => `unknown exercise "${name}": not in the allowed list`);
  if (mappedPrescription.coach !== ctx.coach) problems.push(`coach must be "${ctx.coach}"`);
  const allowedIds = new Set(allowed.map((e) => e.id));
  for (const issue of checkPrescription(mappedPrescription, { equipment: ctx.equipment, level: ctx.level })) {
    if (!issue.message.startsWith('unknown exercise')) problems.push(`${issue.path}: ${issue.message}`);
  }
  const mapped: Array<{ from: string; to: string }> = [];
  original.blocks.forEach((block, b) =>
    block.exercises.forEach((entry, e) => {
      const id = mappedPrescription.blocks[b]!.exercises[e]!.exerciseId;
      if (id !== entry.exerciseId && getExercise(id)) mapped.push({ from: entry.exerciseId, to: id });
      if (getExercise(id) && !allowedIds.has(id)) problems.push(`"${id}" is not in the allowed list (equipment, level or avoid list)`);
    }),
  );
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };

  const locale = ctx.locale ?? 'en';
  const blocks = mappedPrescription.blocks.map((block) => ({
    ...block,
    exercises: block.exercises.map((entry) => ({ ...entry, name: getExercise(entry.exerciseId)?.name[locale] ?? entry.name })),
  }));
  const planned = plannedDurationMin({ blocks });
  const soft: string[] = [];
  if (Math.abs(planned - ctx.durationMin) > ctx.durationMin * DURATION_TOLERANCE) {
    soft.push(`the planned time is ${Math.round(planned)} min but the athlete has ${ctx.durationMin} min: adjust sets, rests or durations`);
  }
  return {
    ok: true,
    prescription: { ...mappedPrescription, blocks, estimatedDurationMin: Math.min(300, Math.max(1, Math.round(planned))) },
    mapped,
    soft,
  };
}
