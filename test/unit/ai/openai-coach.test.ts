import { afterEach, describe, expect, it } from 'vitest';
import { prescribeWithFallback, type AiBudget } from '../../../shared/ai/coach-service';
import { offlineProvider } from '../../../shared/ai/offline-provider';
import { createOpenAiCoach, type OpenAiCoachConfig } from '../../../shared/ai/openai/openai-coach';
import { listPrices, type TokenUsage } from '../../../shared/ai/pricing';
import { getExercise, resolveExercise } from '../../../shared/domain/catalog';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import type { Prescription } from '../../../shared/domain/coaches/prescription';
import { checkBudget } from '../../../shared/domain/limits/ai-usage';
import { context } from '../coaches/fixtures';
import { startResponsesServer, type Reply } from './support/responses-server';

const ctx = context('force', { equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'cable', 'pull-up-bar'], durationMin: 45 });
const valid = offlineCoach(ctx);
const validText = JSON.stringify(valid);
const entries = (p: Prescription) => p.blocks.flatMap((b) => b.exercises);

function memoryBudget(monthlyUsd = 2, usedUsd = 0): AiBudget & { records: TokenUsage[] } {
  let used = usedUsd;
  const records: TokenUsage[] = [];
  return {
    monthlyUsd,
    records,
    check: async (expected) => checkBudget({ costUsd: used }, monthlyUsd, expected),
    record: async (usage) => {
      records.push(usage);
      used += usage.costUsd;
    },
  };
}

let server: Awaited<ReturnType<typeof startResponsesServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(script: Reply[], config: Partial<OpenAiCoachConfig> = {}, budget = memoryBudget()) {
  server = await startResponsesServer(script);
  const openAi = createOpenAiCoach({
    apiKey: 'sk-test-key',
    baseURL: server.baseURL,
    model: 'gpt-5-mini',
    timeoutMs: 5_000,
    maxRetries: 2,
    reasoningEffort: 'minimal',
    maxOutputTokens: 6_000,
    prices: listPrices('gpt-5-mini'),
    ...config,
  });
  const started = Date.now();
  const outcome = await prescribeWithFallback(ctx, { openAi, offline: offlineProvider, budget });
  return { ...outcome, budget, requests: server.requests, elapsedMs: Date.now() - started };
}

const withExercise = (prescription: Prescription, index: number, exerciseId: string, name: string): Prescription => {
  let i = 0;
  return {
    ...prescription,
    blocks: prescription.blocks.map((block) => ({ ...block, exercises: block.exercises.map((e) => (i++ === index ? { ...e, exerciseId, name } : e)) })),
  };
};

describe('OpenAI coach against a local Responses API server', () => {
  it('valid output: the prescription comes from OpenAI, with token usage recorded', async () => {
    const { prescription, report, budget, requests } = await run([{ outputText: validText, usage: { input_tokens: 3000, output_tokens: 1500 } }]);
    expect(report).toMatchObject({ provider: 'openai', model: 'gpt-5-mini-2025-08-07', offlineReason: null, budgetExceeded: false, openAiAttempts: 1 });
    expect(report.tokenUsage).toEqual({ inputTokens: 3000, outputTokens: 1500, costUsd: 0.00375 });
    expect(budget.records).toEqual([report.tokenUsage]);
    expect(prescription).toEqual(valid);

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.url).toBe('/v1/responses');
    expect(request!.headers.authorization).toBe('Bearer sk-test-key');
    expect(request!.body).toMatchObject({ model: 'gpt-5-mini', store: false, max_output_tokens: 6000, reasoning: { effort: 'minimal' } });
    expect(request!.body.text.format).toMatchObject({ type: 'json_schema', name: 'prescription', strict: true });
    expect(request!.body.text.format.schema.required).toContain('coachFields');
    expect(request!.body.instructions).toContain('FORCE coach');
    const input = request!.body.input[0].content as string;
    expect(input).toContain('back-squat | Back squat');
    expect(input).not.toMatch(/^sled-push \|/m); // no sled here: not in the allowed list
  });

  it('invalid JSON twice: regenerated once, then the offline coach takes over (tokens still counted)', async () => {
    const { prescription, report, budget, requests } = await run([{ outputText: '{"coach": "force", "title": "Squ' }]);
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'invalid_output', openAiAttempts: 2 });
    expect(report.tokenUsage).toEqual({ inputTokens: 6000, outputTokens: 3000, costUsd: 0.0075 });
    expect(budget.records).toHaveLength(1);
    expect(prescription).toEqual(valid); // the offline coach's answer for the same context
    expect(requests).toHaveLength(2);
    const retry = requests[1]!.body.input as Array<{ role: string; content: string }>;
    expect(retry.at(-1)!.content).toMatch(/rejected[\s\S]*not valid JSON/);
  });

  it('invalid JSON then a valid answer: OpenAI wrote it on the second attempt', async () => {
    const { report, requests } = await run([{ outputText: 'Sure! Here is your session: ...' }, { outputText: validText }]);
    expect(report).toMatchObject({ provider: 'openai', openAiAttempts: 2 });
    expect(requests).toHaveLength(2);
  });

  it('schema violations are rejected like invalid JSON', async () => {
    const broken = JSON.stringify({ ...valid, blocks: [] });
    const { report } = await run([{ outputText: broken }]);
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'invalid_output', openAiAttempts: 2 });
  });

  it('unknown exercise id that names a catalog exercise: mapped by synonym, no regeneration', async () => {
    const index = entries(valid).findIndex((e) => {
      const synonym = getExercise(e.exerciseId)!.synonyms.find((s) => /^[a-z0-9 ]+$/.test(s) && s.includes(' '));
      return synonym !== undefined && resolveExercise(synonym) === e.exerciseId;
    });
    expect(index).toBeGreaterThanOrEqual(0);
    const original = entries(valid)[index]!;
    const synonym = getExercise(original.exerciseId)!.synonyms.find((s) => /^[a-z0-9 ]+$/.test(s) && s.includes(' '))!;
    const answer = withExercise(valid, index, synonym.replace(/ /g, '-'), synonym);
    const { prescription, report, requests } = await run([{ outputText: JSON.stringify(answer) }]);
    expect(report).toMatchObject({ provider: 'openai', openAiAttempts: 1 });
    expect(requests).toHaveLength(1);
    expect(entries(prescription)[index]).toMatchObject({ exerciseId: original.exerciseId, name: original.name });
  });

  it('unknown exercise that maps to nothing: rejected, regenerated once with the reason', async () => {
    const answer = withExercise(valid, 1, 'moon-walk', 'Moon walk');
    const { report, requests } = await run([{ outputText: JSON.stringify(answer) }, { outputText: validText }]);
    expect(report).toMatchObject({ provider: 'openai', openAiAttempts: 2 });
    const retry = requests[1]!.body.input as Array<{ role: string; content: string }>;
    expect(retry.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(retry[2]!.content).toContain('unknown exercise "Moon walk"');
  });

  it('unknown exercise in both answers: the offline coach writes the session', async () => {
    const answer = withExercise(valid, 1, 'moon-walk', 'Moon walk');
    const { report, prescription } = await run([{ outputText: JSON.stringify(answer) }]);
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'invalid_output', openAiAttempts: 2 });
    expect(entries(prescription).some((e) => e.exerciseId === 'moon-walk')).toBe(false);
  });

  it('a catalog exercise the athlete cannot do here (equipment) is rejected too', async () => {
    const answer = withExercise(valid, 1, 'sled-push', 'Sled push');
    const { report, requests } = await run([{ outputText: JSON.stringify(answer) }, { outputText: validText }]);
    expect(report).toMatchObject({ provider: 'openai', openAiAttempts: 2 });
    expect(requests[1]!.body.input.at(-1).content).toMatch(/sled-push/);
  });

  it('429 then success: the SDK retries (Retry-After honoured) and OpenAI writes the session', async () => {
    const { report, requests } = await run([{ status: 429, headers: { 'retry-after-ms': '20' }, body: { error: { message: 'Rate limit reached', type: 'requests' } } }, { outputText: validText }]);
    expect(report).toMatchObject({ provider: 'openai', offlineReason: null, openAiAttempts: 1 });
    expect(requests).toHaveLength(2);
  });

  it('429 on every retry: falls back to the offline coach as rate limited', async () => {
    const { report, requests } = await run([{ status: 429, headers: { 'retry-after-ms': '5' } }], { maxRetries: 2 });
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'rate_limited', tokenUsage: null });
    expect(requests).toHaveLength(3);
  });

  it('5xx errors are retried, then fall back as api_error', async () => {
    const { report, requests } = await run([{ status: 503, headers: { 'retry-after-ms': '5' } }, { status: 500, headers: { 'retry-after-ms': '5' } }], { maxRetries: 1 });
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'api_error' });
    expect(requests).toHaveLength(2);
  });

  it('a bad key (401) is not retried', async () => {
    const { report, requests } = await run([{ status: 401, body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } } }]);
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'api_error' });
    expect(requests).toHaveLength(1);
  });

  it('timeout: a slow server → the offline coach, within the time budget', async () => {
    const { report, elapsedMs, prescription } = await run([{ delayMs: 5_000, outputText: validText }], { timeoutMs: 400, maxRetries: 2 });
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'timeout' });
    expect(elapsedMs).toBeLessThan(2_000);
    expect(prescription).toEqual(valid);
  });

  it('a planned time far from the time available asks once more, then accepts the best answer', async () => {
    const short: Prescription = { ...valid, blocks: [valid.blocks.find((b) => b.kind === 'main')!] };
    const { report, prescription, requests } = await run([{ outputText: JSON.stringify(short) }]);
    expect(report).toMatchObject({ provider: 'openai', openAiAttempts: 2 });
    expect(requests[1]!.body.input.at(-1).content).toMatch(/planned time is \d+ min but the athlete has 45 min/);
    expect(prescription.estimatedDurationMin).toBeLessThan(40); // recomputed from the sets, not the model's claim
  });
});
