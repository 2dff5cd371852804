import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAiUsage, getAiUsage } from '../../../shared/db/entities/ai-usage';
import { getSession } from '../../../shared/db/entities/training-session';
import type { CoachContext } from '../../../shared/domain/coaches/context';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { usageMonth } from '../../../shared/domain/limits/ai-usage';
import { tableContext, uniqueUserId } from '../../support/db';
import { startResponsesServer, type RecordedRequest, type Reply } from '../../unit/ai/support/responses-server';

/**
 * The create-session handler in-process, against the local table and a local HTTP server speaking
 * the Responses API (the shared local stack runs without a key, so its sessions are offline).
 */
type Handler = (event: unknown, context: Context) => Promise<{ statusCode: number; body?: string }>;

/** The model "answers" with the offline coach's prescription for the context it was sent. */
function answerFromRequest(request: RecordedRequest): Reply {
  const text = (request.body.input[0].content as string).split('\n')[1]!;
  const sent = JSON.parse(text) as Record<string, any>;
  const context: CoachContext = {
    coach: sent.coach,
    discipline: null,
    equipment: sent.equipment[0] === 'bodyweight only' ? [] : sent.equipment,
    durationMin: sent.durationMin,
    energy: sent.energy,
    level: sent.level,
    goals: sent.goals,
    avoid: sent.avoid,
    history: [],
    profile: sent.athlete,
    date: sent.date,
  };
  return { outputText: JSON.stringify(offlineCoach(context)), usage: { input_tokens: 3000, output_tokens: 1500 } };
}

const mode = { reply: 'valid' as 'valid' | 'down' };
let server: Awaited<ReturnType<typeof startResponsesServer>>;
let handler: Handler;
const saved = { ...process.env };

beforeAll(async () => {
  server = await startResponsesServer([(request) => (mode.reply === 'valid' ? answerFromRequest(request) : { status: 500, headers: { 'retry-after-ms': '5' } })]);
  Object.assign(process.env, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: 'gpt-5-mini', OPENAI_MAX_RETRIES: '1', AI_MONTHLY_BUDGET_USD: '2', CURSOR_SECRET: tableContext().cursorSecret });
  ({ handler } = (await import('../../../functions/training/create-session')) as unknown as { handler: Handler });
});

afterAll(async () => {
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'OPENAI_MAX_RETRIES', 'AI_MONTHLY_BUDGET_USD']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await server.close();
});

async function post(userId: string, body: unknown) {
  const event = {
    version: '2.0',
    routeKey: 'POST /training/sessions',
    rawPath: '/training/sessions',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST', path: '/training/sessions' }, authorizer: { jwt: { claims: { sub: userId }, scopes: [] } } },
  };
  const response = await handler(event, { getRemainingTimeInMillis: () => 29_000 } as Context);
  return { status: response.statusCode, body: JSON.parse(response.body ?? 'null') };
}

const request = { coach: 'force', equipment: ['barbell', 'rack', 'bench', 'dumbbell'], durationMin: 45, energy: 3 };

describe('POST /training/sessions with OpenAI configured', () => {
  it('OpenAI writes the session; tokens are stored on it and added to the month', async () => {
    mode.reply = 'valid';
    const userId = uniqueUserId();
    const before = server.requests.length;
    const { status, body } = await post(userId, request);
    expect(status).toBe(201);
    expect(body).toMatchObject({ provider: 'openai', origin: 'coach', enrichmentStatus: 'fast', tokenUsage: { inputTokens: 3000, outputTokens: 1500, costUsd: 0.00375 } });
    expect(body.generation).toMatchObject({ provider: 'openai', model: 'gpt-5-mini-2025-08-07', offlineReason: null, budgetExceeded: false, openAiAttempts: 1, aiBudget: { usedUsd: 0, budgetUsd: 2 } });
    expect(server.requests.length - before).toBe(1);
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer sk-test');
    expect((await getSession(tableContext(), userId, body.id))?.tokenUsage).toEqual(body.tokenUsage);
    expect(await getAiUsage(tableContext(), userId)).toMatchObject({ inputTokens: 3000, outputTokens: 1500, costUsd: 0.00375, requests: 1 });
  });

  it('over the monthly budget: the offline coach writes it, OpenAI is not called, and the answer says so', async () => {
    mode.reply = 'valid';
    const userId = uniqueUserId();
    await addAiUsage(tableContext(), userId, { inputTokens: 1_000_000, outputTokens: 900_000, costUsd: 2.05 });
    const before = server.requests.length;
    const { status, body } = await post(userId, request);
    expect(status).toBe(201);
    expect(body).toMatchObject({ provider: 'offline', tokenUsage: null });
    expect(body.generation).toMatchObject({ provider: 'offline', offlineReason: 'over_budget', budgetExceeded: true, aiBudget: { usedUsd: 2.05, budgetUsd: 2, remainingUsd: 0 } });
    expect(server.requests.length).toBe(before);
    expect((await getAiUsage(tableContext(), userId, usageMonth(new Date())))!.requests).toBe(1);
  });

  it('OpenAI down: the offline coach writes it and the session says offline', async () => {
    mode.reply = 'down';
    const userId = uniqueUserId();
    const { status, body } = await post(userId, { ...request, mode: 'full' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ provider: 'offline', enrichmentStatus: 'full' });
    expect(body.generation).toMatchObject({ offlineReason: 'api_error', budgetExceeded: false });
    expect(await getAiUsage(tableContext(), userId)).toBeNull(); // nothing spent
  });
});
