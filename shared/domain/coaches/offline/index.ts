import type { CoachContext } from '../context';
import { type Prescription } from '../prescription';
import { plannedDurationMin } from '../planned-duration';
import { calisthenicsCoach } from './calisthenics';
import { competitionsCoach } from './competitions';
import { enduranceCoach } from './endurance';
import { forceCoach } from './force';
import { functionalCoach } from './functional';
import { createPlan } from './plan';
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
  let prescription: Prescription;
  switch (plan.coach) {
    case 'force':
      prescription = forceCoach(plan);
      break;
    case 'endurance':
      prescription = enduranceCoach(plan);
      break;
    case 'functional':
      prescription = functionalCoach(plan);
      break;
    case 'calisthenics':
      prescription = calisthenicsCoach(plan);
      break;
    case 'competitions':
      prescription = competitionsCoach(plan);
      break;
  }
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
