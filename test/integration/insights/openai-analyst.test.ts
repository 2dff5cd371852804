import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OUTPUT_TOKENS } from '../../../shared/ai/insights/openai-analyst';
import { getAiUsage } from '../../../shared/db/entities/ai-usage';
import { getInsightCache } from '../../../shared/db/entities/insight-cache';
import type { InsightsContent, ProgressionContent } from '../../../shared/domain/insights/content';
import { tableContext, uniqueUserId } from '../../support/db';
import { startResponsesServer, type RecordedRequest, type Reply } from '../../unit/ai/support/responses-server';
import { freshHandler, invokeAs, seedHistory } from './helpers';

/**
 * The insights handlers in-process with OpenAI configured, against a local HTTP server speaking
 * the Responses API (the shared local stack runs without a key, so its analyses are offline).
 */
const written: InsightsContent = {
  summary: 'Model summary: 6 sessions, squat climbing, bench flat at 60 kg.',
  progressionTrends: {
    volume: { trend: 'up', percentage: 12, comment: 'Volume up 12 %.' },
    intensity: { trend: 'stable', avgRpe: 7.5, comment: 'RPE steady at 7.5.' },
    consistency: { percentage: 100, comment: 'Every week.' },
  },
  imbalances: [],
  weakPoints: [{ exercise: 'Bench press', issue: 'Flat at 60 kg × 5.', recommendation: 'Add a rep per set each week.' }],
  recommendations: [{ id: 'bench-reps', title: 'Add reps on bench', description: 'One more rep per set each week.', category: 'progression', priority: 'medium', actionable: true }],
  nextWeekFocus: { suggestedSessions: 3, focusAreas: ['Bench press'], intensityDistribution: '80/20', restDaysRecommended: 4 },
};
const progression: ProgressionContent = { paragraph1: 'Model paragraph one.', paragraph2: 'Model paragraph two.', recommendations: ['One.', 'Two.', 'Three.'] };

const mode = { reply: 'valid' as 'valid' | 'invalid' | 'rate-limited-once' | 'slow' };
let rateLimited = 0;
let server: Awaited<ReturnType<typeof startResponsesServer>>;
const saved = { ...process.env };
const usage = { input_tokens: 2000, output_tokens: 800 };

function reply(request: RecordedRequest): Reply {
  const kind = request.body.text.format.name as string;
  const text = JSON.stringify(kind === 'training_insights' ? written : progression);
  if (mode.reply === 'invalid') return { outputText: '{"summary": "cut off', usage };
  if (mode.reply === 'slow') return { outputText: text, usage, delayMs: 3_000 };
  if (mode.reply === 'rate-limited-once' && rateLimited++ === 0) return { status: 429, headers: { 'retry-after-ms': '10' } };
  return { outputText: text, usage };
}

beforeAll(async () => {
  server = await startResponsesServer([reply]);
  Object.assign(process.env, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: 'gpt-5-mini', OPENAI_MAX_RETRIES: '1', OPENAI_TIMEOUT_MS: '1500', AI_MONTHLY_BUDGET_USD: '2', CURSOR_SECRET: tableContext().cursorSecret });
});

afterAll(async () => {
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'OPENAI_MAX_RETRIES', 'OPENAI_TIMEOUT_MS', 'AI_MONTHLY_BUDGET_USD']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await server.close();
});

describe('Conseils and Progression with OpenAI configured', () => {
  it('valid answer: OpenAI writes it from the metrics, in the profile’s language; tokens and cost go to the AI budget', async () => {
    mode.reply = 'valid';
    const userId = uniqueUserId();
    await seedHistory(userId, 8);
    const before = server.requests.length;
    const { status, body } = await invokeAs(await freshHandler('get-insights'), userId, '/training/insights', { locale: 'fr' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ provider: 'openai', model: 'gpt-5-mini-2025-08-07', offlineReason: null, locale: 'fr', tokenUsage: { inputTokens: 2000, outputTokens: 800, costUsd: 0.0021 }, cache: { tier: 'generated', stored: true } });
    expect(body.content).toEqual(written);
    expect(server.requests.length - before).toBe(1);
    const sent = server.requests.at(-1)!.body;
    expect(sent.text.format).toMatchObject({ type: 'json_schema', name: 'training_insights', strict: true });
    expect(sent.instructions).toContain('Write every text in French');
    // Output is most of a generation's price: the instructions limit the texts and the answer is capped.
    expect(sent.instructions).toContain('at most 35 words');
    expect(sent.max_output_tokens).toBe(MAX_OUTPUT_TOKENS.insights);
    const metrics = JSON.parse(sent.input[0].content).metrics;
    expect(metrics.sessions).toBe(8);
    expect(metrics.stalledExercises.map((w: { exercise: string }) => w.exercise)).toContain('Développé couché');
    expect(await getAiUsage(tableContext(), userId)).toMatchObject({ inputTokens: 2000, outputTokens: 800, requests: 1 });
    expect((await getInsightCache(tableContext(), userId))?.provider).toBe('openai');

    const prog = await invokeAs(await freshHandler('get-progression'), userId, '/training/progression', { period: 'month' });
    expect(prog.body).toMatchObject({ provider: 'openai', content: progression });
    expect(server.requests.at(-1)!.body.text.format.name).toBe('training_progression');
    expect(server.requests.at(-1)!.body.max_output_tokens).toBe(MAX_OUTPUT_TOKENS.progression);
  });

  it('invalid JSON: the offline analyst writes it; the tokens spent still count', async () => {
    mode.reply = 'invalid';
    const userId = uniqueUserId();
    await seedHistory(userId, 4);
    const { body } = await invokeAs(await freshHandler('get-insights'), userId, '/training/insights');
    expect(body).toMatchObject({ provider: 'offline', offlineReason: 'invalid_output', tokenUsage: { inputTokens: 2000, outputTokens: 800 } });
    expect(body.content.summary).toMatch(/^4 sessions in 13 weeks/);
    expect(await getAiUsage(tableContext(), userId)).toMatchObject({ inputTokens: 2000, requests: 1 });
  });

  it('429 then success: the SDK retries and OpenAI writes it', async () => {
    mode.reply = 'rate-limited-once';
    rateLimited = 0;
    const userId = uniqueUserId();
    await seedHistory(userId, 4);
    const before = server.requests.length;
    const { body } = await invokeAs(await freshHandler('get-progression'), userId, '/training/progression', { period: 'week' });
    expect(body).toMatchObject({ provider: 'openai', content: progression });
    expect(server.requests.length - before).toBe(2);
  });

  it('timeout: the offline analyst answers in time', async () => {
    mode.reply = 'slow';
    const userId = uniqueUserId();
    await seedHistory(userId, 4);
    const started = Date.now();
    const { body } = await invokeAs(await freshHandler('get-insights'), userId, '/training/insights');
    expect(body).toMatchObject({ provider: 'offline', offlineReason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_900);
  });

  it('no sessions: OpenAI is not called for the starter message', async () => {
    mode.reply = 'valid';
    const before = server.requests.length;
    const { body } = await invokeAs(await freshHandler('get-insights'), uniqueUserId(), '/training/insights');
    expect(body).toMatchObject({ provider: 'offline', offlineReason: 'no_sessions', sessionsAnalyzed: 0 });
    expect(server.requests.length).toBe(before);
  });
});
