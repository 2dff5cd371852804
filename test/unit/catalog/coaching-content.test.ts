import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, chainOf, getExercise, levelRank, type Discipline, type Equipment, type Exercise, type MovementPattern } from '../../../shared/domain/catalog';
import { coachingFileNames, coachingFiles, type CoachingFileName } from '../../../shared/domain/catalog/coaching/files';
import { loadAllCoaching, loadCoaching } from '../../../shared/domain/catalog/coaching/load';
import { coachingFileSchema, type CoachingTexts, type ExerciseCoaching } from '../../../shared/domain/catalog/coaching/schema';
import { generateOfflineEnrichment } from '../../../shared/domain/coaches/enrichment';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import type { PrescribedSet, Prescription } from '../../../shared/domain/coaches/prescription';
import type { ExerciseEnrichment } from '../../../shared/domain/training/enrichment';
import { context } from '../coaches/fixtures';

const LOCALES = ['en', 'fr'] as const;
const FIELDS = ['cues', 'mistakes', 'setup', 'execution', 'breathing'] as const;

const rawFile = (file: CoachingFileName): unknown =>
  JSON.parse(readFileSync(new URL(`../../../shared/domain/catalog/coaching/${file}.json`, import.meta.url), 'utf8'));

const textsOf = (texts: CoachingTexts): { field: string; text: string }[] =>
  FIELDS.flatMap((field) => {
    const value = texts[field];
    return (Array.isArray(value) ? value : [value]).map((text) => ({ field, text }));
  });

// ---------------------------------------------------------------------------------------------
// The catalog word test: implement and movement words, each allowed only where it belongs.

/** Lower-case, accents off, apostrophes and hyphens as spaces: "Sous l’eau" → "sous l eau". */
const fold = (text: string) =>
  ` ${text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

interface Owners {
  equipment?: Equipment[];
  patterns?: MovementPattern[];
  disciplines?: Discipline[];
  ids?: string[];
}
const usedBy = (owners: Owners) => (e: Exercise) =>
  e.equipment.some((item) => owners.equipment?.includes(item)) ||
  (owners.patterns?.includes(e.movementPattern) ?? false) ||
  (owners.disciplines?.includes(e.discipline) ?? false) ||
  (owners.ids?.includes(e.id) ?? false);

/** word (EN and FR, folded) → the exercises that may say it. */
const WORD_RULES: { words: string[]; allowed: (e: Exercise) => boolean }[] = [
  { words: ['bench', 'benches', 'banc', 'bancs'], allowed: usedBy({ equipment: ['bench'], ids: ['bench-dip'] }) },
  { words: ['box', 'boxes'], allowed: usedBy({ equipment: ['box'] }) },
  {
    words: ['bar', 'bars', 'barbell', 'barbells', 'barre', 'barres'],
    allowed: usedBy({ equipment: ['barbell', 'trap-bar', 'ez-bar', 'pull-up-bar', 'dip-bars', 'rack', 'cable'] }),
  },
  {
    words: ['handle', 'handles', 'poignee', 'poignees'],
    allowed: usedBy({ equipment: ['dumbbell', 'kettlebell', 'trap-bar', 'cable', 'machine', 'rower', 'skierg', 'jump-rope', 'bike', 'air-bike', 'sled', 'ab-wheel', 'battle-rope'] }),
  },
  {
    words: ['overhead', 'au dessus de la tete'],
    allowed: usedBy({
      patterns: ['olympic', 'mobility'],
      equipment: ['wall-ball'],
      disciplines: ['skierg'],
      ids: ['overhead-press', 'push-press', 'dumbbell-shoulder-press', 'overhead-triceps-extension', 'turkish-get-up', 'thruster', 'dumbbell-thruster', 'burpee', 'jumping-jack'],
    }),
  },
  { words: ['underwater', 'sous l eau'], allowed: usedBy({ equipment: ['pool'] }) },
  { words: ['pedal', 'pedals', 'pedaling', 'pedalling', 'pedale', 'pedales', 'pedaler', 'pedalez', 'pedalage'], allowed: usedBy({ equipment: ['bike', 'air-bike'] }) },
  { words: ['oar', 'oars', 'aviron'], allowed: usedBy({ equipment: ['rower'] }) },
  { words: ['rope', 'ropes', 'corde', 'cordes'], allowed: usedBy({ equipment: ['jump-rope', 'climbing-rope', 'battle-rope', 'cable', 'sled'] }) },
  { words: ['ring', 'rings', 'anneau', 'anneaux'], allowed: usedBy({ equipment: ['rings'] }) },
  { words: ['dumbbell', 'dumbbells', 'haltere', 'halteres'], allowed: usedBy({ equipment: ['dumbbell', 'kettlebell'] }) },
  { words: ['kettlebell', 'kettlebells'], allowed: usedBy({ equipment: ['kettlebell', 'dumbbell'] }) },
  { words: ['sled', 'sleds', 'traineau', 'traineaux'], allowed: usedBy({ equipment: ['sled'] }) },
  { words: ['pool', 'piscine'], allowed: usedBy({ equipment: ['pool'] }) },
  { words: ['band', 'bands', 'elastique', 'elastiques'], allowed: usedBy({ equipment: ['band'] }) },
  { words: ['treadmill', 'tapis de course'], allowed: usedBy({ equipment: ['treadmill'] }) },
  { words: ['machine', 'machines'], allowed: usedBy({ equipment: ['machine', 'cable', 'rower', 'skierg', 'bike', 'air-bike', 'treadmill'] }) },
  { words: ['saddle', 'selle'], allowed: usedBy({ equipment: ['bike', 'air-bike'] }) },
  { words: ['parallette', 'parallettes'], allowed: usedBy({ equipment: ['parallettes'] }) },
  { words: ['wheel', 'roulette'], allowed: usedBy({ equipment: ['ab-wheel'] }) },
  { words: ['sandbag', 'sandbags', 'sac de sable'], allowed: usedBy({ equipment: ['sandbag'] }) },
  { words: ['ballon'], allowed: usedBy({ equipment: ['wall-ball', 'med-ball'] }) },
  { words: ['ghd'], allowed: usedBy({ equipment: ['ghd'] }) },
  // A hold or a timed effort has no reps.
  { words: ['rep', 'reps', 'repetition', 'repetitions'], allowed: (e) => e.defaultUnits !== 'time' },
];

/** The foreign words of a text for an exercise ([] when every word belongs to it). */
function foreignWords(exercise: Exercise, text: string): string[] {
  const folded = fold(text);
  return WORD_RULES.filter((rule) => !rule.allowed(exercise)).flatMap((rule) => rule.words.filter((word) => folded.includes(` ${word} `)));
}

/** A neighbour of the same family: same discipline, same movement pattern or a shared primary muscle. */
const sameFamily = (a: Exercise, b: Exercise) =>
  a.discipline === b.discipline || a.movementPattern === b.movementPattern || a.primaryMuscles.some((m) => b.primaryMuscles.includes(m));

// ---------------------------------------------------------------------------------------------

describe.each(coachingFileNames.map((file) => [file]))('coaching/%s.json', (file: CoachingFileName) => {
  const ids = coachingFiles[file];

  it('is schema-valid and has one entry per exercise of the catalog file, no other', () => {
    const parsed = coachingFileSchema.safeParse(rawFile(file));
    expect(parsed.success, parsed.success ? '' : parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toBe(true);
    const keys = Object.keys(parsed.data ?? {});
    expect(ids.filter((id) => !keys.includes(id)), 'exercises without coaching').toEqual([]);
    expect(keys.filter((key) => !(ids as readonly string[]).includes(key)), 'entries that are not exercises of this file').toEqual([]);
  });

  it('points easier / harder / variation at real catalog neighbours', () => {
    const content = coachingFileSchema.parse(rawFile(file));
    const problems: string[] = [];
    for (const [id, entry] of Object.entries(content)) {
      const self = getExercise(id)!;
      for (const kind of ['easier', 'harder', 'variation'] as const) {
        const target = entry[kind];
        if (target === null) continue;
        const other = getExercise(target);
        if (!other) problems.push(`${id}.${kind}: ${target} is not in the catalog`);
        else if (target === id) problems.push(`${id}.${kind}: points at itself`);
        else if (!sameFamily(self, other)) problems.push(`${id}.${kind}: ${target} shares no discipline, pattern or primary muscle`);
        else if (kind === 'easier' && levelRank(other.minLevel) > levelRank(self.minLevel)) problems.push(`${id}.easier: ${target} needs a higher level`);
        else if (kind === 'harder' && levelRank(other.minLevel) < levelRank(self.minLevel)) problems.push(`${id}.harder: ${target} needs a lower level`);
      }
      const chain = chainOf(id);
      if (chain) {
        // Same steps as the progression chains the calisthenics coach climbs.
        if (entry.easier !== self.progression.easier) problems.push(`${id}.easier: the chain says ${self.progression.easier}`);
        if (entry.harder !== self.progression.harder) problems.push(`${id}.harder: the chain says ${self.progression.harder}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes real French next to the English (vous, not tu)', () => {
    const content = coachingFileSchema.parse(rawFile(file));
    const problems: string[] = [];
    for (const [id, entry] of Object.entries(content)) {
      const en = textsOf(entry.en).map((t) => t.text);
      for (const { field, text } of textsOf(entry.fr)) {
        if (en.includes(text)) problems.push(`${id}.fr.${field}: same text as the English`);
        if (/(?<!\p{L})(tu|ton|tes|toi)(?!\p{L})/iu.test(text)) problems.push(`${id}.fr.${field}: "tu" form: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no foreign equipment or movement words (the catalog word test)', () => {
    const content = coachingFileSchema.parse(rawFile(file));
    const offences: string[] = [];
    for (const [id, entry] of Object.entries(content)) {
      const exercise = getExercise(id);
      if (!exercise) continue; // reported above
      for (const locale of LOCALES) {
        for (const { field, text } of textsOf(entry[locale])) {
          const words = foreignWords(exercise, text);
          if (words.length) offences.push(`${id}.${locale}.${field} [${words.join(', ')}]: ${text}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });
});

describe('coaching content across the catalog', () => {
  it('is written for each exercise: no cue, mistake, set-up or execution repeated in more than three exercises', async () => {
    const content = await loadAllCoaching();
    const users = new Map<string, string[]>();
    // Breathing may be shared: "inhale as you lower, exhale as you press" is right for every press.
    for (const [id, entry] of content)
      for (const locale of LOCALES) for (const { field, text } of textsOf(entry[locale])) if (field !== 'breathing') users.set(text, [...(users.get(text) ?? []), id]);
    const shared = [...users].filter(([, ids]) => new Set(ids).size > 3).map(([text, ids]) => `${text} (${[...new Set(ids)].join(', ')})`);
    expect(shared).toEqual([]);
  });

  it('the word rules catch the texts of the issue (a sled push with bench-press cues)', () => {
    const sledPush = getExercise('sled-push')!;
    expect(foreignWords(sledPush, 'Hips sagging or lifting off the bench.')).toEqual(['bench']);
    expect(foreignWords(getExercise('double-under')!, 'Jumping down from a box instead of stepping down.')).toEqual(['box']);
    expect(foreignWords(getExercise('bear-crawl')!, 'Crush the handles.')).toEqual(['handles']);
    expect(foreignWords(getExercise('kettlebell-snatch')!, 'Keep the bar close.')).toEqual(['bar']);
    expect(foreignWords(getExercise('parallel-bar-dip')!, 'Press straight overhead to full lockout.')).toEqual(['overhead']);
    expect(foreignWords(getExercise('freestyle-swim')!, 'Expirez sous l’eau')).toEqual([]);
    expect(foreignWords(getExercise('plank')!, 'Hold 3 reps')).toEqual(['reps']);
  });
});

// ---------------------------------------------------------------------------------------------
// The enrichment reads it

const working = (fields: Partial<PrescribedSet>): PrescribedSet => ({
  type: 'working',
  reps: null,
  loadKg: null,
  durationSec: null,
  distanceM: null,
  calories: null,
  targetRpe: 7,
  targetRir: null,
  targetHrZone: null,
  targetPaceSecPerKm: null,
  restSec: 90,
  ...fields,
});

/** One set in the exercise's own units. */
function setFor(exercise: Exercise): PrescribedSet {
  switch (exercise.defaultUnits) {
    case 'reps_load':
      return working({ reps: 8, loadKg: 20 });
    case 'reps':
      return working({ reps: 10 });
    case 'time':
      return working({ durationSec: 30 });
    case 'distance':
      return working({ distanceM: 200, loadKg: exercise.equipment.includes('sled') ? 50 : null });
    case 'calories':
      return working({ calories: 15 });
  }
}

const base = offlineCoach(context('functional'));
const single = (exercise: Exercise, set?: Partial<PrescribedSet>): Prescription => ({
  ...base,
  blocks: [{ name: 'Main', kind: 'main', format: 'straight', rounds: 3, timeCapMin: null, exercises: [{ exerciseId: exercise.id, name: exercise.name.en, sets: [{ ...setFor(exercise), ...set }], notes: null, scaling: null }] }],
});

async function enriched(id: string, locale: 'en' | 'fr' = 'en', set?: Partial<PrescribedSet>): Promise<{ content: ExerciseEnrichment; own: ExerciseCoaching }> {
  const exercise = getExercise(id)!;
  const prescription = single(exercise, set);
  const coaching = await loadCoaching([id]);
  const [content] = generateOfflineEnrichment({ userId: 'u', sessionId: 's', prescription, locale, now: new Date('2026-03-10T08:00:00Z'), coaching }).exercises;
  return { content: content!, own: coaching.get(id)! };
}

/** The enrichment ends every text with a stop; the content may or may not. */
const unstop = (text: string) => text.replace(/[.!?…]$/, '');
const allTexts = (content: ExerciseEnrichment) => [...content.coachingCues, ...content.commonMistakes, content.technicalBreakdown.setup, content.technicalBreakdown.execution, content.technicalBreakdown.breathing];

describe('enrichment from the per-exercise content', () => {
  it('every catalog exercise, enriched in its own units, carries its own texts and no foreign word', async () => {
    const offences: string[] = [];
    for (const exercise of catalog) {
      for (const locale of LOCALES) {
        const { content, own } = await enriched(exercise.id, locale);
        expect(content.coachingCues.slice(0, 3).map(unstop)).toEqual(own[locale].cues.map(unstop));
        expect(content.commonMistakes.slice(0, 3).map(unstop)).toEqual(own[locale].mistakes.map(unstop));
        expect(unstop(content.technicalBreakdown.setup)).toBe(unstop(own[locale].setup));
        expect(content.technicalBreakdown.execution).toMatch(/[.!?…] (Today:|Aujourd’hui :) /);
        for (const text of allTexts(content)) {
          const words = foreignWords(exercise, text);
          if (words.length) offences.push(`${exercise.id}.${locale} [${words.join(', ')}]: ${text}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('a sled push talks about the poles and the legs, not a bench press, and gets no pace per km', async () => {
    const { content } = await enriched('sled-push', 'en', { targetPaceSecPerKm: 2_800 });
    const text = allTexts(content).join(' ');
    expect(text).not.toMatch(/45°|bounc|bench|chest|\bbar\b/i);
    expect(text).toMatch(/\b(poles?|handles?|uprights?)\b/i);
    expect(text).toMatch(/\b(legs?|drive|push)\b/i);
    expect(text).not.toMatch(/\/km/);
  });

  it('a double-under talks about the rope and the wrists, not a box', async () => {
    const text = allTexts((await enriched('double-under')).content).join(' ');
    expect(text).not.toMatch(/\bbox\b/i);
    expect(text).toMatch(/\brope\b/i);
    expect(text).toMatch(/\bwrists?\b/i);
  });

  it('a bear crawl has no carry cues', async () => {
    const text = allTexts((await enriched('bear-crawl')).content).join(' ');
    expect(text).not.toMatch(/handles|crush|carry/i);
    expect(text).toMatch(/\bknees?\b/i);
  });

  it('a kettlebell swing is a hip snap, not a deadlift set-up', async () => {
    const text = allTexts((await enriched('kettlebell-swing')).content).join(' ');
    expect(text).not.toMatch(/\bbar\b|shins|mid-foot/i);
    expect(text).toMatch(/\bhips?\b/i);
    expect(text).toMatch(/kettlebell|bell/i);
  });

  it('a Nordic curl talks about the knees and the hamstrings, not a deadlift', async () => {
    const text = allTexts((await enriched('nordic-curl')).content).join(' ');
    expect(text).not.toMatch(/\bbar\b|load close|deadlift|lockout/i);
    expect(text).toMatch(/\bknees?\b/i);
    expect(text).toMatch(/hamstrings?/i);
  });

  it('dips press down between the bars, never overhead', async () => {
    for (const id of ['parallel-bar-dip', 'ring-dip', 'bench-dip']) {
      const { content } = await enriched(id);
      expect(allTexts(content).join(' ')).not.toMatch(/overhead/i);
    }
    const { content } = await enriched('parallel-bar-dip', 'fr');
    expect(allTexts(content).join(' ')).not.toMatch(/au-dessus de la tête/i);
  });

  it('progressions name the catalog neighbours of the exercise', async () => {
    const { content, own } = await enriched('parallel-bar-dip');
    expect(content.progressions.easier.startsWith(getExercise(own.easier!)!.name.en)).toBe(true);
    expect(content.progressions.harder.startsWith(getExercise(own.harder!)!.name.en)).toBe(true);
    if (own.variation) expect(content.progressions.variation.startsWith(getExercise(own.variation)!.name.en)).toBe(true);
  });

  it('an exercise without an entry falls back to its movement family texts', () => {
    const exercise = getExercise('back-squat')!;
    const [content] = generateOfflineEnrichment({ userId: 'u', sessionId: 's', prescription: single(exercise), locale: 'en', now: new Date(), coaching: new Map() }).exercises;
    expect(content!.coachingCues[0]).toBe('Spread the floor with your feet and keep the whole foot planted.');
  });

  it('a hold gets an effort target, not reps in reserve', async () => {
    const { content } = await enriched('plank');
    expect(content.coachingCues.join(' ')).not.toMatch(/\breps?\b/i);
    expect(content.coachingCues).toContain('Aim for an effort of about 7 out of 10.');
  });
});
