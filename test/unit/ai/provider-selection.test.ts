import { describe, expect, it, vi } from 'vitest';
import { apiKeyResolver, keyFromSecretValue } from '../../../shared/ai/api-key';
import { CoachProviderError, type CoachProvider } from '../../../shared/ai/coach-port';
import { prescribeWithFallback, type AiBudget } from '../../../shared/ai/coach-service';
import { offlineProvider } from '../../../shared/ai/offline-provider';
import { costUsd, listPrices } from '../../../shared/ai/pricing';
import { openAiProviderSource } from '../../../shared/ai/providers';
import { defaultReasoningEffort, readAiSettings } from '../../../shared/ai/settings';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { checkBudget } from '../../../shared/domain/limits/ai-usage';
import { ConfigError } from '../../../shared/config/env';
import { context } from '../coaches/fixtures';

const ctx = context('calisthenics', { equipment: ['pull-up-bar', 'parallettes'] });
const usage = { inputTokens: 2000, outputTokens: 1000, costUsd: 0.0025 };

/** A stand-in OpenAI provider that answers with the offline coach's prescription, marked as OpenAI. */
function fakeOpenAi(behaviour: 'ok' | CoachProviderError = 'ok'): CoachProvider & { calls: number } {
  const provider = {
    name: 'openai' as const,
    calls: 0,
    estimateCostUsd: () => 0.01,
    async prescribe() {
      provider.calls += 1;
      if (behaviour !== 'ok') throw behaviour;
      return { prescription: offlineCoach(ctx), provider: 'openai' as const, model: 'gpt-5-mini', usage, attempts: 1 };
    },
  };
  return provider;
}

function budget(monthlyUsd: number, usedUsd = 0): AiBudget & { checks: number[]; records: unknown[] } {
  const checks: number[] = [];
  const records: unknown[] = [];
  return {
    monthlyUsd,
    checks,
    records,
    check: async (expected) => {
      checks.push(expected);
      return checkBudget({ costUsd: usedUsd }, monthlyUsd, expected);
    },
    record: async (u) => void records.push(u),
  };
}

describe('provider selection', () => {
  it('no key → the offline coach, without touching the budget', async () => {
    const b = budget(2);
    const { prescription, report } = await prescribeWithFallback(ctx, { openAi: null, offline: offlineProvider, budget: b });
    expect(report).toEqual({ provider: 'offline', model: null, offlineReason: 'no_api_key', budgetExceeded: false, aiBudget: null, tokenUsage: null, openAiAttempts: 0 });
    expect(prescription).toEqual(offlineCoach(ctx));
    expect(b.checks).toEqual([]);
  });

  it('key and budget left → OpenAI; its usage is added to the month', async () => {
    const openAi = fakeOpenAi();
    const b = budget(2, 0.5);
    const { report } = await prescribeWithFallback(ctx, { openAi, offline: offlineProvider, budget: b });
    expect(report).toMatchObject({ provider: 'openai', model: 'gpt-5-mini', offlineReason: null, budgetExceeded: false, tokenUsage: usage, aiBudget: { usedUsd: 0.5, budgetUsd: 2, remainingUsd: 1.5 } });
    expect(b.checks).toEqual([0.01]); // the expected cost of the call is part of the check
    expect(b.records).toEqual([usage]);
  });

  it('over the monthly budget → the offline coach, OpenAI never called, and the answer says so', async () => {
    const openAi = fakeOpenAi();
    const b = budget(2, 1.995);
    const { report } = await prescribeWithFallback(ctx, { openAi, offline: offlineProvider, budget: b });
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'over_budget', budgetExceeded: true, aiBudget: { usedUsd: 1.995, budgetUsd: 2 } });
    expect(openAi.calls).toBe(0);
    expect(b.records).toEqual([]);
  });

  it('a budget of 0 disables AI calls', async () => {
    const openAi = fakeOpenAi();
    const b = budget(0);
    const { report } = await prescribeWithFallback(ctx, { openAi, offline: offlineProvider, budget: b });
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'over_budget', budgetExceeded: true });
    expect(b.checks).toEqual([]);
    expect(openAi.calls).toBe(0);
  });

  it('budget counter unavailable → offline (fail closed), reported', async () => {
    const openAi = fakeOpenAi();
    const failures: string[] = [];
    const b: AiBudget = { monthlyUsd: 2, check: async () => Promise.reject(new Error('throttled')), record: async () => undefined };
    const { report } = await prescribeWithFallback(ctx, { openAi, offline: offlineProvider, budget: b, onFailure: (reason) => failures.push(reason) });
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'budget_unavailable', budgetExceeded: false });
    expect(failures).toEqual(['budget_unavailable']);
    expect(openAi.calls).toBe(0);
  });

  it('OpenAI failure → offline with the reason; tokens spent before the failure are still counted', async () => {
    const openAi = fakeOpenAi(new CoachProviderError('invalid_output', 'bad', usage, 2));
    const b = budget(2);
    const onFailure = vi.fn();
    const { report } = await prescribeWithFallback(ctx, { openAi, offline: offlineProvider, budget: b, onFailure });
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'invalid_output', tokenUsage: usage, openAiAttempts: 2, budgetExceeded: false });
    expect(b.records).toEqual([usage]);
    expect(onFailure).toHaveBeenCalledWith('invalid_output', expect.any(CoachProviderError));
  });

  it('too little Lambda time left → offline without calling OpenAI', async () => {
    const openAi = fakeOpenAi();
    const { report } = await prescribeWithFallback(ctx, { openAi, offline: offlineProvider, budget: budget(2), deadlineMs: 500 });
    expect(report).toMatchObject({ provider: 'offline', offlineReason: 'no_time' });
    expect(openAi.calls).toBe(0);
  });

  it('a failure to record usage does not lose the prescription', async () => {
    const b: AiBudget = { monthlyUsd: 2, check: async (e) => checkBudget(null, 2, e), record: async () => Promise.reject(new Error('down')) };
    const { report } = await prescribeWithFallback(ctx, { openAi: fakeOpenAi(), offline: offlineProvider, budget: b });
    expect(report.provider).toBe('openai');
  });
});

describe('AI settings', () => {
  it('defaults: gpt-5-mini, no key, 20 s, 2 retries, minimal reasoning, $2 a month', () => {
    const settings = readAiSettings({});
    expect(settings).toMatchObject({ apiKey: null, secretArn: null, model: 'gpt-5-mini', baseURL: null, timeoutMs: 20_000, maxRetries: 2, reasoningEffort: 'minimal', monthlyBudgetUsd: 2 });
    expect(settings.prices).toEqual({ inputUsdPerMTok: 0.25, outputUsdPerMTok: 2 });
  });

  it('reads any OpenAI-compatible endpoint, model and prices; "unset" or empty means no key', () => {
    const settings = readAiSettings({
      OPENAI_API_KEY: 'unset',
      OPENAI_MODEL: 'llama-3.1-70b',
      OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
      OPENAI_PRICE_INPUT_PER_MTOK: '0',
      OPENAI_PRICE_OUTPUT_PER_MTOK: '0',
      AI_MONTHLY_BUDGET_USD: '5',
      OPENAI_TIMEOUT_MS: '',
    });
    expect(settings).toMatchObject({ apiKey: null, model: 'llama-3.1-70b', baseURL: 'http://127.0.0.1:8080/v1', reasoningEffort: null, monthlyBudgetUsd: 5, timeoutMs: 20_000 });
    expect(settings.prices).toEqual({ inputUsdPerMTok: 0, outputUsdPerMTok: 0 });
    expect(readAiSettings({ OPENAI_API_KEY: ' sk-abc ' }).apiKey).toBe('sk-abc');
    expect(readAiSettings({ OPENAI_API_KEY: '' }).apiKey).toBeNull();
    expect(readAiSettings({ OPENAI_REASONING_EFFORT: 'off' }).reasoningEffort).toBeNull();
  });

  it('names each bad variable', () => {
    try {
      readAiSettings({ OPENAI_BASE_URL: 'not a url', AI_MONTHLY_BUDGET_USD: '-1', OPENAI_TIMEOUT_MS: 'soon' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/OPENAI_BASE_URL/);
      expect(problems).toMatch(/AI_MONTHLY_BUDGET_USD/);
      expect(problems).toMatch(/OPENAI_TIMEOUT_MS/);
    }
  });

  it('reasoning effort by model family, prices by model', () => {
    expect(defaultReasoningEffort('gpt-5-mini')).toBe('minimal');
    expect(defaultReasoningEffort('gpt-5.1')).toBe('low');
    expect(defaultReasoningEffort('o4-mini')).toBe('low');
    expect(defaultReasoningEffort('gpt-4.1-mini')).toBeNull();
    expect(listPrices('gpt-5-mini-2025-08-07')).toEqual({ inputUsdPerMTok: 0.25, outputUsdPerMTok: 2 });
    expect(listPrices('gpt-5')).toEqual({ inputUsdPerMTok: 1.25, outputUsdPerMTok: 10 });
    expect(costUsd({ inputTokens: 1_000_000, outputTokens: 1_000_000 }, listPrices('gpt-5-mini'))).toBe(2.25);
  });
});

describe('OpenAI key', () => {
  it('OPENAI_API_KEY wins and Secrets Manager is never read', async () => {
    const read = vi.fn();
    expect(await apiKeyResolver({ apiKey: 'sk-local', secretArn: 'arn:secret' }, read)()).toBe('sk-local');
    expect(read).not.toHaveBeenCalled();
  });

  it('reads the secret once per container (at cold start), not per request', async () => {
    const read = vi.fn(async () => 'sk-from-secret');
    const resolve = apiKeyResolver({ apiKey: null, secretArn: 'arn:aws:secretsmanager:eu-west-3:1:secret:openai' }, read);
    expect(read).toHaveBeenCalledTimes(1); // started before the first request
    expect(await resolve()).toBe('sk-from-secret');
    expect(await resolve()).toBe('sk-from-secret');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('the placeholder "unset", an empty value or a failed read mean no key (offline coach)', async () => {
    expect(await apiKeyResolver({ apiKey: null, secretArn: 'arn' }, async () => 'unset')()).toBeNull();
    expect(await apiKeyResolver({ apiKey: null, secretArn: 'arn' }, async () => '  ')()).toBeNull();
    expect(await apiKeyResolver({ apiKey: null, secretArn: 'arn' }, async () => Promise.reject(new Error('AccessDenied')))()).toBeNull();
    expect(await apiKeyResolver({ apiKey: null, secretArn: null })()).toBeNull();
  });

  it('accepts a JSON secret with an apiKey field', () => {
    expect(keyFromSecretValue('{"apiKey":"sk-json"}')).toBe('sk-json');
    expect(keyFromSecretValue('{"OPENAI_API_KEY":"sk-env"}')).toBe('sk-env');
    expect(keyFromSecretValue('{"other":1}')).toBeNull();
    expect(keyFromSecretValue('sk-plain\n')).toBe('sk-plain');
  });

  it('the provider source gives null without a key and one OpenAI provider with it', async () => {
    const settings = readAiSettings({});
    expect(await openAiProviderSource(settings)()).toBeNull();
    const source = openAiProviderSource({ ...settings, apiKey: 'sk-x' });
    const first = await source();
    expect(first?.name).toBe('openai');
    expect(await source()).toBe(first);
  });
});
