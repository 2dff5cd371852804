import type { LoggedSet, PipelineStep, PrescribedBlock, PrescribedExercise, PrescribedSet, SnapshotRequest, TrainingSession } from '../../api/types';

/** The numbers a set row logs (RIR is not asked on the gym floor). */
export const FIELDS = ['reps', 'loadKg', 'durationSec', 'distanceM', 'rpe'] as const;
export type Field = (typeof FIELDS)[number];
/** The fields that say what was done (RPE alone is not a set). */
export const WORK_FIELDS = ['reps', 'loadKg', 'durationSec', 'distanceM'] as const satisfies readonly Field[];
export type WorkField = (typeof WORK_FIELDS)[number];

export interface Rest {
  endsAt: number;
  totalSec: number;
}

/** A timed block (AMRAP, EMOM, For Time) being run: its clock and what was counted. */
export interface TimedState {
  startedAt: number | null;
  /** When the clock was stopped (by hand, at the cap, or when the last round was ticked). */
  endedAt: number | null;
  /** AMRAP / For Time: rounds logged so far. */
  rounds: number;
  /** AMRAP: the unfinished round has been saved (the block is over). */
  resultSaved: boolean;
}

/**
 * What the live view keeps besides the session (saved in the recovery point's pipelineState):
 * the rest running, the row to do next, typed values not yet logged, added rows and columns,
 * and the clocks of timed blocks.
 */
export interface LiveState {
  rest: Rest | null;
  cursor: { exerciseIndex: number; setIndex: number } | null;
  /** Values typed in rows not logged yet, by row key (`exerciseIndex:setIndex`) or `round:exerciseIndex`. */
  drafts: Record<string, Partial<Record<Field, string>>>;
  /** Rows added with "Add a set", by exercise index. */
  addedRows: Record<string, number>;
  /** Columns shown with "More fields", by exercise index. */
  addedFields: Record<string, WorkField[]>;
  /** Timed blocks, by block index. */
  timed: Record<string, TimedState>;
}

export const emptyLiveState = (): LiveState => ({ rest: null, cursor: null, drafts: {}, addedRows: {}, addedFields: {}, timed: {} });

export type SnapshotState = Omit<SnapshotRequest, 'expectedVersion'>;

export type TimedFormat = 'amrap' | 'emom' | 'for_time';
const TIMED: readonly string[] = ['amrap', 'emom', 'for_time'];

export interface LiveExercise {
  /** Index over the blocks' exercises flattened in order (what logged sets point at). */
  exerciseIndex: number;
  blockIndex: number;
  exercise: PrescribedExercise;
}

export interface LiveBlock {
  blockIndex: number;
  block: PrescribedBlock;
  exercises: LiveExercise[];
  timed: TimedFormat | null;
}

/** A row of an exercise's table: a planned set (target) or an added one (no target). */
export interface PlannedRow {
  exerciseIndex: number;
  setIndex: number;
  target: PrescribedSet | null;
  /** 0-based round of the block this row belongs to. */
  round: number;
}

export const rowKey = (exerciseIndex: number, setIndex: number) => `${exerciseIndex}:${setIndex}`;

/** The exercises in the order logged sets point at them (exerciseIndex). */
export const sessionExercises = (session: TrainingSession): PrescribedExercise[] => session.prescription.blocks.flatMap((block) => block.exercises);

export function liveBlocks(session: TrainingSession): LiveBlock[] {
  let exerciseIndex = 0;
  return session.prescription.blocks.map((block, blockIndex) => ({
    blockIndex,
    block,
    timed: TIMED.includes(block.format) ? (block.format as TimedFormat) : null,
    exercises: block.exercises.map((exercise) => ({ exerciseIndex: exerciseIndex++, blockIndex, exercise })),
  }));
}

/** Times a block is done: its rounds (AMRAP: one round planned, more as they come). */
const plannedRounds = (block: PrescribedBlock) => (block.format === 'amrap' ? 1 : (block.rounds ?? 1));

/**
 * The set index of round `round`, set `set` of an exercise with `setsPerRound` prescribed sets:
 * a block repeated N times logs each exercise's sets once per round, numbered on
 * (round 0: 0…n−1, round 1: n…2n−1, …).
 */
export const roundSetIndex = (round: number, set: number, setsPerRound: number) => round * setsPerRound + set;

/** One minute of an EMOM: which exercise and set is due. */
export interface EmomSlot {
  minute: number;
  exerciseIndex: number;
  setIndex: number;
  target: PrescribedSet;
}

/**
 * The EMOM's minutes: each round goes through the exercises and their sets in order, one per
 * minute, for `timeCapMin` minutes (else the planned rounds).
 */
export function emomSlots(block: LiveBlock): EmomSlot[] {
  const perRound = block.exercises.flatMap(({ exerciseIndex, exercise }) => exercise.sets.map((target, set) => ({ exerciseIndex, set, target, of: exercise.sets.length })));
  if (perRound.length === 0) return [];
  const minutes = Math.max(1, Math.round(block.block.timeCapMin ?? (block.block.rounds ?? 1) * perRound.length));
  return Array.from({ length: minutes }, (_, minute) => {
    const slot = perRound[minute % perRound.length]!;
    const round = Math.floor(minute / perRound.length);
    return { minute, exerciseIndex: slot.exerciseIndex, setIndex: roundSetIndex(round, slot.set, slot.of), target: slot.target };
  });
}

/** The planned rows of an exercise in its block (EMOM: its minutes). */
export function plannedRows(block: LiveBlock, entry: LiveExercise): PlannedRow[] {
  if (block.timed === 'emom') {
    return emomSlots(block)
      .filter((slot) => slot.exerciseIndex === entry.exerciseIndex)
      .map((slot) => ({ exerciseIndex: entry.exerciseIndex, setIndex: slot.setIndex, target: slot.target, round: Math.floor(slot.setIndex / entry.exercise.sets.length) }));
  }
  const rows: PlannedRow[] = [];
  const per = entry.exercise.sets.length;
  for (let round = 0; round < plannedRounds(block.block); round++) {
    entry.exercise.sets.forEach((target, set) => rows.push({ exerciseIndex: entry.exerciseIndex, setIndex: roundSetIndex(round, set, per), target, round }));
  }
  return rows;
}

export const loggedOf = (session: TrainingSession, exerciseIndex: number): LoggedSet[] => session.loggedSets.filter((set) => set.exerciseIndex === exerciseIndex);

export const loggedCount = (session: TrainingSession, exerciseIndex: number) => loggedOf(session, exerciseIndex).length;

export const findLogged = (session: TrainingSession, exerciseIndex: number, setIndex: number): LoggedSet | undefined =>
  session.loggedSets.find((set) => set.exerciseIndex === exerciseIndex && set.setIndex === setIndex);

/** Every row of an exercise's table: planned, then logged beyond the plan, then added by hand. */
export function tableRows(session: TrainingSession, live: LiveState, block: LiveBlock, entry: LiveExercise): PlannedRow[] {
  const rows = plannedRows(block, entry);
  const known = new Set(rows.map((row) => row.setIndex));
  const logged = loggedOf(session, entry.exerciseIndex);
  // Warm-up ramp sets are shown above the table (WarmupSets), not as rows of it.
  const extra = logged
    .filter((set) => set.type !== 'warmup' || known.has(set.setIndex))
    .map((set) => set.setIndex)
    .filter((setIndex) => !known.has(setIndex))
    .sort((a, b) => a - b);
  for (const setIndex of new Set(extra)) rows.push({ exerciseIndex: entry.exerciseIndex, setIndex, target: null, round: 0 });
  const added = live.addedRows[String(entry.exerciseIndex)] ?? 0;
  let next = Math.max(-1, ...rows.map((row) => row.setIndex), ...logged.map((set) => set.setIndex)) + 1;
  for (let i = rows.filter((row) => row.target === null).length; i < added; i++) rows.push({ exerciseIndex: entry.exerciseIndex, setIndex: next++, target: null, round: 0 });
  return rows;
}

/** The order rows are done in: exercise after exercise, or round-robin in supersets and circuits. */
function orderedRows(session: TrainingSession, live: LiveState): PlannedRow[] {
  return liveBlocks(session).flatMap((block) => {
    if (block.timed) return [];
    const perExercise = block.exercises.map((entry) => tableRows(session, live, block, entry));
    if (block.block.format !== 'superset' && block.block.format !== 'circuit') return perExercise.flat();
    const longest = Math.max(0, ...perExercise.map((rows) => rows.length));
    const interleaved: PlannedRow[] = [];
    for (let i = 0; i < longest; i++) for (const rows of perExercise) if (rows[i]) interleaved.push(rows[i]!);
    return interleaved;
  });
}

/** The next row not logged after `after` (else the first one not logged anywhere); null when all are done. */
export function nextOpenRow(session: TrainingSession, live: LiveState, after: { exerciseIndex: number; setIndex: number } | null = null): PlannedRow | null {
  const rows = orderedRows(session, live);
  const open = (row: PlannedRow) => !findLogged(session, row.exerciseIndex, row.setIndex);
  const from = after ? rows.findIndex((row) => row.exerciseIndex === after.exerciseIndex && row.setIndex === after.setIndex) : -1;
  return rows.slice(from + 1).find(open) ?? rows.find(open) ?? null;
}

/**
 * Planned sets done / in all. AMRAP blocks count their first round until the clock is stopped,
 * then the rounds logged (as many as possible is always all of them).
 */
export function setProgress(session: TrainingSession, live: LiveState): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const block of liveBlocks(session)) {
    const ended = block.timed === 'amrap' && !!live.timed[String(block.blockIndex)]?.resultSaved;
    for (const entry of block.exercises) {
      const rows = plannedRows(block, entry);
      if (block.timed === 'amrap') {
        const logged = loggedCount(session, entry.exerciseIndex);
        total += ended ? logged : Math.max(rows.length, logged);
        done += logged;
        continue;
      }
      total += rows.length;
      done += rows.filter((row) => findLogged(session, row.exerciseIndex, row.setIndex)).length;
    }
  }
  return { done, total };
}

/** The row shown as "where you are": the cursor when still open, else the next open row, else the last exercise. */
export function currentPosition(session: TrainingSession, live: LiveState): { exerciseIndex: number; setIndex: number } {
  if (live.cursor && !findLogged(session, live.cursor.exerciseIndex, live.cursor.setIndex)) return live.cursor;
  const next = nextOpenRow(session, live);
  if (next) return { exerciseIndex: next.exerciseIndex, setIndex: next.setIndex };
  const last = Math.max(0, sessionExercises(session).length - 1);
  return { exerciseIndex: last, setIndex: loggedCount(session, last) };
}

/** The recovery point of a live session (PUT /training/sessions/{id}/snapshot without its version). */
export function snapshotState(session: TrainingSession, step: PipelineStep, live: LiveState): SnapshotState {
  const blocks = liveBlocks(session);
  const position = currentPosition(session, live);
  return {
    step,
    exerciseIndex: Math.min(position.exerciseIndex, 59),
    setIndex: Math.min(position.setIndex, 200),
    completedExercises: blocks.flatMap((block) =>
      block.exercises.flatMap((entry) => (plannedRows(block, entry).every((row) => findLogged(session, row.exerciseIndex, row.setIndex)) ? [entry.exerciseIndex] : [])),
    ),
    completedSets: session.loggedSets.map(({ exerciseIndex, setIndex }) => ({ exerciseIndex, setIndex })),
    pipelineState: { version: 2, ...live },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The live state saved in a recovery point (checked field by field: it is opaque to the API); a rest only while still running. */
export function liveStateFrom(snapshot: Pick<SnapshotState, 'exerciseIndex' | 'setIndex' | 'pipelineState'>, now: number): LiveState {
  const saved = snapshot.pipelineState;
  const state = emptyLiveState();
  const rest = isRecord(saved.rest) ? saved.rest : null;
  const endsAt = num(rest?.endsAt);
  const totalSec = num(rest?.totalSec);
  if (endsAt !== null && totalSec !== null && endsAt > now) state.rest = { endsAt, totalSec };
  state.cursor = { exerciseIndex: snapshot.exerciseIndex, setIndex: snapshot.setIndex };
  if (isRecord(saved.drafts)) {
    for (const [key, values] of Object.entries(saved.drafts)) {
      if (!isRecord(values)) continue;
      state.drafts[key] = Object.fromEntries(FIELDS.flatMap((field) => (typeof values[field] === 'string' ? [[field, values[field]]] : [])));
    }
  }
  if (isRecord(saved.addedRows)) for (const [key, value] of Object.entries(saved.addedRows)) if (num(value) !== null) state.addedRows[key] = Math.min(50, Math.max(0, num(value)!));
  if (isRecord(saved.addedFields)) {
    for (const [key, value] of Object.entries(saved.addedFields)) {
      if (Array.isArray(value)) state.addedFields[key] = WORK_FIELDS.filter((field) => value.includes(field));
    }
  }
  if (isRecord(saved.timed)) {
    for (const [key, value] of Object.entries(saved.timed)) {
      if (!isRecord(value)) continue;
      state.timed[key] = { startedAt: num(value.startedAt), endedAt: num(value.endedAt), rounds: Math.max(0, num(value.rounds) ?? 0), resultSaved: value.resultSaved === true };
    }
  }
  return state;
}
