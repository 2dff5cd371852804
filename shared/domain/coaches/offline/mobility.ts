import type { Exercise } from '../../catalog';
import type { CoachFields, PrescribedBlock, Prescription } from '../prescription';
import { BLOCK_TRANSITION_SEC, EXERCISE_TRANSITION_SEC, plannedBlockSec, zoneMinutesOf } from '../planned-duration';
import { clamp, finish, mkBlock, mkEntry, mkSet, warmupBlock, warmupSecFor } from './build';
import { heartRateZones, hrZoneMethodNote, maxHeartRate, restingHeartRate } from './heart-rate';
import { isDiscouraged, type Plan } from './plan';
import { list, tr } from './text';

/** Slot of one position in the flow: work, then the change to the next position (the transition). */
const SLOT_SEC = 60;
const WORK_SEC = SLOT_SEC - EXERCISE_TRANSITION_SEC;
const PULSE = ['brisk-walk', 'recovery-spin', 'incline-walk', 'row-erg', 'bike-erg'];
/** Calm positions kept for the end of the session. */
const CALM = new Set(['breathing-reset', 'childs-pose']);

/**
 * A mobility session (the request's `discipline: mobility`), whatever the coach: an easy pulse
 * raiser, a flow of positions (45 s each, rounds when the session is long), a calm cool-down.
 */
export function mobilitySession(plan: Plan): Prescription {
  const { locale } = plan;
  const warmup = warmupBlock(plan, warmupSecFor(plan, 0.1), 'full', PULSE);
  const warmIds = new Set(warmup?.exercises.map((e) => e.exerciseId) ?? []);
  const drills = plan.pool.filter((e) => e.movementPattern === 'mobility' && !CALM.has(e.id) && !warmIds.has(e.id) && !isDiscouraged(e, plan.avoid));
  const start = drills.length > 0 ? plan.day % drills.length : 0;
  const rotated = [...drills.slice(start), ...drills.slice(0, start)];
  const cooldownSec = clamp(Math.round(plan.targetSec * 0.1), 120, 600);
  const flowSec = plan.targetSec - (warmup ? plannedBlockSec(warmup) : 0) - cooldownSec - 2 * BLOCK_TRANSITION_SEC;
  const slots = Math.max(2, Math.floor((flowSec + EXERCISE_TRANSITION_SEC) / SLOT_SEC));
  const perRound = clamp(Math.min(rotated.length, slots), 1, 10);
  const rounds = Math.max(1, Math.floor(slots / perRound));
  const chosen: Exercise[] = rotated.slice(0, perRound);
  const unit = (e: Exercise) => (e.defaultUnits === 'reps' ? { reps: e.unilateral ? 5 : 8 } : {});
  const entries = chosen.map((e) =>
    mkEntry(
      plan,
      e,
      [mkSet({ ...unit(e), durationSec: WORK_SEC, targetRpe: 2, restSec: 0 })],
      e.defaultUnits === 'reps'
        ? tr(locale, 'Slow, controlled reps through the whole range; breathe out at the end of each.', 'Répétitions lentes et contrôlées sur toute l’amplitude ; expirez en fin de mouvement.')
        : tr(locale, 'Settle into the position and breathe slowly; go a little deeper on each exhale, never into pain.', 'Installez-vous dans la position et respirez lentement ; allez un peu plus loin à chaque expiration, jamais dans la douleur.'),
    ),
  );
  const blocks: PrescribedBlock[] = warmup ? [warmup] : [];
  if (entries.length > 0) {
    const format = plan.coach === 'functional' ? 'emom' : 'circuit';
    const minutes = rounds * entries.length;
    blocks.push(mkBlock(tr(locale, 'Mobility flow', 'Enchaînement de mobilité'), 'main', format, entries, rounds > 1 ? rounds : null, format === 'emom' ? minutes : null));
  }
  const finished = finish(plan, blocks, 'full', [], []);
  const names = chosen.map((e) => e.name[locale]);
  plan.notes.push(
    tr(
      locale,
      'Mobility session, as requested: positions are held or moved through slowly, at an effort of 2/10; no bouncing, no pain.',
      'Séance de mobilité, comme demandé : positions tenues ou parcourues lentement, à un effort de 2/10 ; sans à-coups, sans douleur.',
    ),
  );
  const structure = tr(locale, `${rounds} × ${entries.length} positions, 45 s each`, `${rounds} × ${entries.length} positions, 45 s chacune`);
  return {
    coach: plan.coach,
    discipline: 'mobility',
    title: tr(locale, 'Mobility flow', 'Enchaînement de mobilité'),
    summary: tr(locale, `${structure}: ${list(locale, names.slice(0, 5))}.`, `${structure} : ${list(locale, names.slice(0, 5))}.`),
    estimatedDurationMin: 0,
    intensity: 'light',
    blocks: finished,
    coachNotes: plan.notes,
    coachFields: mobilityFields(plan, structure, finished),
  };
}

function mobilityFields(plan: Plan, structure: string, blocks: readonly PrescribedBlock[]): CoachFields {
  switch (plan.coach) {
    case 'force':
      return { coach: 'force', workingMaxes: [], progressionApplied: [] };
    case 'endurance': {
      const maxHr = maxHeartRate(plan);
      const resting = restingHeartRate(plan);
      if (maxHr != null) plan.notes.push(hrZoneMethodNote(plan, resting != null));
      return {
        coach: 'endurance',
        sessionType: 'recovery',
        targetZones: [1],
        intervalStructure: structure,
        totalZoneMinutes: zoneMinutesOf(blocks),
        maxHeartRate: maxHr,
        heartRateZones: maxHr != null ? heartRateZones(maxHr, resting) : [],
        referencePaceSecPerKm: null,
      };
    }
    case 'functional':
      return {
        coach: 'functional',
        workoutFormat: 'emom',
        scalingOptions: [],
        stimulus: tr(plan.locale, 'Not a scored workout: one position per minute, easy breathing throughout.', 'Pas une pièce chronométrée : une position par minute, respiration calme tout du long.'),
      };
    case 'calisthenics':
      return { coach: 'calisthenics', skillFocus: tr(plan.locale, 'Mobility', 'Mobilité'), progressionLevels: [], pushSets: 0, pullSets: 0, pushPullRatio: null };
    case 'competitions':
      return { coach: 'competitions', stations: [], runSplits: [], totalTargetSec: 0 };
  }
}
