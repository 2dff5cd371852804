import type { input } from 'zod';
import type { generateSessionBody } from '../../../../functions/training/schemas';
import type { Coach, Discipline, Equipment } from '../../api/types';
import { equipmentValues } from '../locations/equipment';
import { coachOrder, disciplineFor } from './coaches';

/** POST /training/sessions without `exercises`: a coach writes the session. */
export type GenerateRequest = input<typeof generateSessionBody>;
export type PrepareMode = 'fast' | 'full';

/** What the athlete picks on Prepare (texts as typed; turned into a request by `toRequest`). */
export interface PrepareChoices {
  coach: Coach;
  discipline: Discipline | null;
  locationId: string | null;
  /** Equipment besides the location's. */
  equipment: Equipment[];
  /** As typed, so a half-typed number is not rewritten under the athlete's fingers. */
  durationMin: string;
  energy: number;
  goalIds: string[];
  otherGoal: string;
  avoid: string;
  mode: PrepareMode;
}

export const quickMinutes = [20, 30, 45, 60, 90] as const;

export const defaultChoices: PrepareChoices = {
  coach: 'force',
  discipline: null,
  locationId: null,
  equipment: [],
  durationMin: '45',
  energy: 3,
  goalIds: [],
  otherGoal: '',
  avoid: '',
  mode: 'fast',
};

const STORAGE_KEY = 'twinforge.prepare';
/** Remembered between visits on this device (goals are not: they change; the free texts are). */
type Remembered = Omit<PrepareChoices, 'goalIds' | 'otherGoal'>;

const isString = (value: unknown): value is string => typeof value === 'string';

function readStored(): Partial<Record<keyof Remembered, unknown>> | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Partial<Record<keyof Remembered, unknown>>) : null;
  } catch {
    return null;
  }
}

/** The last choices made on this device, each checked (anything unknown falls back to the default). */
export function loadChoices(): { choices: PrepareChoices; remembered: boolean } {
  const stored = readStored();
  if (!stored) return { choices: defaultChoices, remembered: false };
  const coach = coachOrder.find((c) => c === stored.coach) ?? defaultChoices.coach;
  const duration = Number(stored.durationMin);
  const energy = Number(stored.energy);
  const choices: PrepareChoices = {
    ...defaultChoices,
    coach,
    discipline: disciplineFor(coach, isString(stored.discipline) ? (stored.discipline as Discipline) : null),
    locationId: isString(stored.locationId) && stored.locationId ? stored.locationId : null,
    equipment: Array.isArray(stored.equipment) ? equipmentValues.filter((value) => (stored.equipment as unknown[]).includes(value)) : [],
    durationMin: Number.isInteger(duration) && duration >= 10 && duration <= 180 ? String(duration) : defaultChoices.durationMin,
    energy: Number.isInteger(energy) && energy >= 1 && energy <= 5 ? energy : defaultChoices.energy,
    avoid: isString(stored.avoid) ? stored.avoid.slice(0, 400) : '',
    mode: stored.mode === 'full' ? 'full' : 'fast',
  };
  return { choices, remembered: true };
}

export function saveChoices(choices: PrepareChoices): void {
  const { goalIds: _goals, otherGoal: _other, ...remembered } = choices;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(remembered satisfies Remembered));
  } catch {
    // Private mode or a full storage: remembering is a convenience only.
  }
}

/** "knees, burpees ,, running" → ["knees", "burpees", "running"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * The request the API gets. Numbers are sent as typed (a wrong one comes back as a field error in
 * the UI's language, the same way every API error does); goals are the titles of the chosen
 * active goals plus the free text.
 */
export function toRequest(choices: PrepareChoices, goalTitles: ReadonlyMap<string, string>): GenerateRequest {
  const goals = [...choices.goalIds.map((id) => goalTitles.get(id)).filter(isString), ...splitList(choices.otherGoal)];
  const avoid = splitList(choices.avoid);
  const minutes = choices.durationMin.trim() === '' ? Number.NaN : Number(choices.durationMin.replace(',', '.'));
  return {
    coach: choices.coach,
    discipline: disciplineFor(choices.coach, choices.discipline),
    locationId: choices.locationId,
    ...(choices.equipment.length > 0 ? { equipment: choices.equipment } : {}),
    // NaN is not JSON: null makes the API name the field ("durationMin: expected number").
    durationMin: (Number.isNaN(minutes) ? null : minutes) as number,
    energy: choices.energy,
    ...(goals.length > 0 ? { goals } : {}),
    ...(avoid.length > 0 ? { avoid } : {}),
    mode: choices.mode,
  };
}
