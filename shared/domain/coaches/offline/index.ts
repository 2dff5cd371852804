import type { CoachContext } from '../context';
import { type Prescription } from '../prescription';
import { plannedDurationMin } from '../planned-duration';
import { calisthenicsCoach } from './calisthenics';
import { competitionsCoach } from './competitions';
import { enduranceCoach } from './endurance';
import { forceCoach } from './force';
import { functionalCoach } from './functional';
import { getExercise } from '../../catalog';
import { COACH_DISCIPLINES, refusedDisciplineNote } from './disciplines';
import { standIn, standInNote } from './implements';
import { mobilitySession } from './mobility';
import { createPlan, type Plan } from './plan';
import { tr } from './text';

/**
 * The offline coach: a rule-based, deterministic prescription from the catalog.
 * Same context → same prescription (no clock, no Math.random: a PRNG seeded from the inputs).
 */
export function offlineCoach(context: CoachContext): Prescription {
  const plan = createPlan(context);
  if (plan.avoid.unknown.length > 0) {
    plan.notes.push(
      tr(
        plan.locale,
        `Not understood in the avoid list (ignored): ${plan.avoid.unknown.join(', ')}.`,
        `Non compris dans la liste à éviter (ignoré) : ${plan.avoid.unknown.join(', ')}.`,
      ),
    );
  }
  const requested = context.discipline;
  let prescription: Prescription;
  if (requested === 'mobility') prescription = mobilitySession(plan);
  else {
    if (requested && plan.coach !== 'endurance' && !COACH_DISCIPLINES[plan.coach].includes(requested)) {
      plan.notes.push(refusedDisciplineNote(plan.coach, requested, plan.locale));
    }
    prescription = coachSession(plan);
  }
  const unknownGoals = context.goals.filter((goal) => !plan.goalsUnderstood.has(goal));
  if (unknownGoals.length > 0) {
    plan.notes.push(
      tr(
        plan.locale,
        `Goal not used to shape this session (not understood): ${unknownGoals.join(', ')}.`,
        `Objectif non pris en compte pour cette séance (non compris) : ${unknownGoals.join(', ')}.`,
      ),
    );
  }
  const swapped = withStandIns(prescription, context.equipment, plan.locale);
  return finalize({ ...swapped, coachNotes: plan.notes });
}

function coachSession(plan: Plan): Prescription {
  switch (plan.coach) {
    case 'force':
      return forceCoach(plan);
    case 'endurance':
      return enduranceCoach(plan);
    case 'functional':
      return functionalCoach(plan);
    case 'calisthenics':
      return calisthenicsCoach(plan);
    case 'competitions':
      return competitionsCoach(plan);
  }
}

/** Says on each entry when a kettlebell stands in for a dumbbell (or the other way round). */
function withStandIns(prescription: Prescription, equipment: CoachContext['equipment'], locale: Plan['locale']): Prescription {
  const blocks = prescription.blocks.map((block) => ({
    ...block,
    exercises: block.exercises.map((entry) => {
      const exercise = getExercise(entry.exerciseId);
      const swap = exercise ? standIn(exercise, equipment) : null;
      if (!swap) return entry;
      const note = standInNote(swap, locale);
      return { ...entry, notes: entry.notes ? `${note} ${entry.notes}` : note };
    }),
  }));
  return { ...prescription, blocks };
}

/** Schema limits and the planned duration. */
function finalize(prescription: Prescription): Prescription {
  return {
    ...prescription,
    title: clip(prescription.title, 160),
    summary: clip(prescription.summary, 600),
    estimatedDurationMin: Math.max(1, Math.round(plannedDurationMin(prescription))),
    blocks: prescription.blocks.map((block) => ({
      ...block,
      name: clip(block.name, 120),
      exercises: block.exercises.map((entry) => ({
        ...entry,
        notes: entry.notes != null ? clip(entry.notes, 600) : null,
        scaling: entry.scaling != null ? clip(entry.scaling, 400) : null,
      })),
    })),
    coachNotes: prescription.coachNotes.slice(0, 20).map((note) => clip(note, 400)),
  };
}

/** Keeps generated text within the schema's limits. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export { createPlan } from './plan';
