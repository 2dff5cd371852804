import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../frontend/src/i18n/en';
import { formatUsd, generationText } from '../../../frontend/src/training/prepare/generation-text';
import { coachDisciplines, coachOrder, disciplineFor, disciplineNeeds } from '../../../frontend/src/training/prepare/coaches';
import { defaultChoices, loadChoices, saveChoices, splitList, toRequest } from '../../../frontend/src/training/prepare/prepare-state';
import { generateSessionBody } from '../../../functions/training/schemas';
import { coaches, disciplines } from '../../../shared/domain/catalog';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { context, FULL_GYM } from '../coaches/fixtures';

const EVERYTHING = [...FULL_GYM, 'pool' as const];

describe('Prepare: disciplines offered per coach', () => {
  it('lists the five coaches', () => {
    expect([...coachOrder].sort()).toEqual([...coaches].sort());
  });

  it.each(coachOrder.flatMap((coach) => coachDisciplines[coach].map((discipline) => [coach, discipline] as const)))(
    'the offline %s coach writes a %s session when asked for one',
    (coach, discipline) => {
      expect(offlineCoach(context(coach, { discipline, equipment: EVERYTHING })).discipline).toBe(discipline);
    },
  );

  it.each(coachOrder)('the offline %s coach, left to choose, writes one of the disciplines Prepare lists for it', (coach) => {
    expect(coachDisciplines[coach]).toContain(offlineCoach(context(coach)).discipline);
  });

  it.each(coachOrder.flatMap((coach) => disciplines.filter((d) => !coachDisciplines[coach].includes(d)).map((d) => [coach, d] as const)))(
    'the offline %s coach does not write %s (so Prepare does not offer it)',
    (coach, discipline) => {
      expect(offlineCoach(context(coach, { discipline, equipment: EVERYTHING })).discipline).not.toBe(discipline);
    },
  );

  it.each(Object.entries(disciplineNeeds))('the endurance coach writes %s with %s only, and not without it', (discipline, needed) => {
    const asked = discipline as keyof typeof disciplineNeeds;
    expect(offlineCoach(context('endurance', { discipline: asked, equipment: [needed] })).discipline).toBe(asked);
    expect(offlineCoach(context('endurance', { discipline: asked, equipment: EVERYTHING.filter((e) => e !== needed) })).discipline).not.toBe(asked);
  });

  it('drops a discipline the coach does not program', () => {
    expect(disciplineFor('endurance', 'cycling')).toBe('cycling');
    expect(disciplineFor('force', 'cycling')).toBeNull();
    expect(disciplineFor('endurance', null)).toBeNull();
  });
});

describe('Prepare: the request sent', () => {
  it('splits comma-separated lists and drops empty items', () => {
    expect(splitList(' knees, burpees ,, running;\nwrists ')).toEqual(['knees', 'burpees', 'running', 'wrists']);
    expect(splitList('  ')).toEqual([]);
  });

  it('builds a body the API accepts from the choices', () => {
    const body = toRequest(
      { ...defaultChoices, coach: 'endurance', discipline: 'rowing', equipment: ['rower'], durationMin: '30', energy: 2, goalIds: ['g1', 'gone'], otherGoal: 'sub-7 2k', avoid: 'knees, ', mode: 'full' },
      new Map([['g1', 'Row 5 km']]),
    );
    expect(body).toEqual({ coach: 'endurance', discipline: 'rowing', locationId: null, equipment: ['rower'], durationMin: 30, energy: 2, goals: ['Row 5 km', 'sub-7 2k'], avoid: ['knees'], mode: 'full' });
    expect(generateSessionBody.safeParse(body).success).toBe(true);
  });

  it('leaves out empty lists, and sends a wrong time as is for the API to name the field', () => {
    const body = toRequest({ ...defaultChoices, durationMin: '' }, new Map());
    expect(body).toEqual({ coach: 'force', discipline: null, locationId: null, durationMin: null, energy: 3, mode: 'fast' });
    const refused = generateSessionBody.safeParse(body);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['durationMin']);
    expect(generateSessionBody.safeParse(toRequest({ ...defaultChoices, durationMin: '5' }, new Map())).error?.issues[0]?.path).toEqual(['durationMin']);
  });
});

describe('Prepare: choices remembered on this device', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    });
  });

  it('starts from the defaults, then restores the last choices but not the goals', () => {
    expect(loadChoices()).toEqual({ choices: defaultChoices, remembered: false });
    const chosen = { ...defaultChoices, coach: 'endurance' as const, discipline: 'swimming' as const, locationId: 'loc-1', equipment: ['pool' as const], durationMin: '60', energy: 5, goalIds: ['g1'], otherGoal: 'x', avoid: 'knees', mode: 'full' as const };
    saveChoices(chosen);
    expect(loadChoices()).toEqual({ choices: { ...chosen, goalIds: [], otherGoal: '' }, remembered: true });
  });

  it('ignores what it cannot trust', () => {
    localStorage.setItem('twinforge.prepare', JSON.stringify({ coach: 'yoga', discipline: 'cycling', equipment: ['rower', 'laser'], durationMin: 500, energy: 9, mode: 'slow', locationId: 42 }));
    expect(loadChoices().choices).toEqual({ ...defaultChoices, equipment: ['rower'] });
    localStorage.setItem('twinforge.prepare', '{not json');
    expect(loadChoices()).toEqual({ choices: defaultChoices, remembered: false });
  });
});

describe('GenerationNote: who wrote the session', () => {
  const t = (key: keyof typeof en.text, vars: Record<string, string | number> = {}) =>
    en.text[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  const session = { id: 's1', provider: 'offline' as const, tokenUsage: null };
  const report = { provider: 'offline' as const, model: null, offlineReason: null, budgetExceeded: false, aiBudget: null, tokenUsage: null, openAiAttempts: 0 };

  it('says why the offline coach wrote it, from the generation report', () => {
    expect(generationText(session, { ...report, offlineReason: 'no_api_key' }, t, 'en')).toBe('Written by the offline coach — no OpenAI key is configured.');
    expect(generationText(session, { ...report, offlineReason: 'timeout', openAiAttempts: 1 }, t, 'en')).toBe('Written by the offline coach — OpenAI did not answer in time, the offline coach stepped in.');
    expect(
      generationText(session, { ...report, offlineReason: 'over_budget', budgetExceeded: true, aiBudget: { usedUsd: 2.1, budgetUsd: 2, remainingUsd: 0 } }, t, 'en'),
    ).toBe('Written by the offline coach — you are over your monthly AI budget (used $2.10 of $2.00).');
  });

  it('names the model, the tokens and the cost of an OpenAI session', () => {
    const usage = { inputTokens: 1200, outputTokens: 834, costUsd: 0.00213 };
    const openai = { ...session, provider: 'openai' as const, tokenUsage: usage };
    expect(generationText(openai, { ...report, provider: 'openai', model: 'gpt-5-mini', tokenUsage: usage, openAiAttempts: 1 }, t, 'en')).toBe('Written by OpenAI (gpt-5-mini), 2,034 tokens, $0.0021.');
    // After a reload there is no report: the session's own record.
    expect(generationText(openai, undefined, t, 'en')).toBe('Written by OpenAI, 2,034 tokens, $0.0021.');
  });

  it('falls back to the session itself after a reload', () => {
    expect(generationText(session, undefined, t, 'en')).toBe('Written by the offline coach.');
    expect(generationText({ ...session, provider: 'user' }, undefined, t, 'en')).toBe('Your own session, written by you.');
  });

  it('formats small AI costs with their digits', () => {
    expect(formatUsd(0.0042, 'en')).toBe('$0.0042');
    expect(formatUsd(1.5, 'en')).toBe('$1.50');
    expect(formatUsd(0.0042, 'fr')).toMatch(/^0,0042\s\$US$/);
  });
});
