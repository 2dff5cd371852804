import { createHmac } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetKey, forgetRememberedLimits, providerBudgetCharger, windowsToBlock } from '../../../shared/db/entities/provider-budget';
import { fixedWindow } from '../../../shared/domain/limits/rate-limit';
import { ProviderRateLimitedError } from '../../../shared/domain/wearables/provider';
import { checkOuraSignature, checkSignature, ouraSignature, ouraVerificationAnswer, PUSH_PROVIDERS, sameSecret } from '../../../shared/domain/wearables/push';
import { forgetWebhooks, nextPollDelay, ouraVerificationToken } from '../../../shared/wearables/push';
import { POLL_INTERVAL_MS } from '../../../shared/wearables/poll-interval';
import { webhookKey } from '../../../shared/db/entities/provider-webhook';
import { rateLimitList, waitAfter429 } from '../../../shared/wearables/providers/http';
import { POLAR_BUDGET, polarLimits } from '../../../shared/wearables/providers/polar';
import { ouraProvider } from '../../../shared/wearables/providers/oura';
import { polarProvider } from '../../../shared/wearables/providers/polar';
import { withingsProvider } from '../../../shared/wearables/providers/withings';

const sign = (key: string, body: string) => createHmac('sha256', key).update(body).digest('hex');

describe('webhook signatures (Polar: hex HMAC-SHA256 of the raw body)', () => {
  const body = '{"event":"EXERCISE","user_id":475,"entity_id":"aQlC83","timestamp":"2018-05-15T14:22:24Z"}';
  it('a signature of the exact body under the key is valid', () => {
    expect(checkSignature(body, sign('k3y', body), 'k3y')).toBe('valid');
    expect(checkSignature(body, sign('k3y', body).toUpperCase(), 'k3y')).toBe('valid');
  });
  it('is wrong under another key, over another body (one byte changed), truncated, or not hex', () => {
    expect(checkSignature(body, sign('other', body), 'k3y')).toBe('wrong');
    expect(checkSignature(body.replace('475', '476'), sign('k3y', body), 'k3y')).toBe('wrong');
    expect(checkSignature(body, sign('k3y', body).slice(0, 40), 'k3y')).toBe('wrong');
    expect(checkSignature(body, 'zz'.repeat(32), 'k3y')).toBe('wrong');
  });
  it('is missing when the header is absent or blank', () => {
    expect(checkSignature(body, undefined, 'k3y')).toBe('missing');
    expect(checkSignature(body, '  ', 'k3y')).toBe('missing');
  });
  it('secrets in URLs compare equal only when identical', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });
  it('the providers that push are the ones whose adapters say so', () => {
    const config = { clientId: 'c', clientSecret: 's', authorizeUrl: 'https://a.example', tokenUrl: 'https://t.example', apiBase: 'https://api.example' };
    const pushing = [polarProvider(config), withingsProvider(config), ouraProvider(config)].filter((p) => p.push).map((p) => p.id);
    expect(pushing).toEqual([...PUSH_PROVIDERS]);
  });
});

describe('Oura webhook signatures (upper-case hex HMAC-SHA256 of x-oura-timestamp + raw body, under the client secret)', () => {
  const body = '{"event_type":"create","data_type":"workout","object_id":"w-1","event_time":"2026-12-01T10:00:00Z","user_id":"a1b2c3"}';
  const timestamp = '1764583200';
  const oura = (secret: string, ts: string, text: string) => createHmac('sha256', secret).update(ts + text).digest('hex').toUpperCase();
  it("Oura's construction is what we check and what the simulator sends; valid in either case", () => {
    expect(ouraSignature('s3cret', timestamp, body)).toBe(oura('s3cret', timestamp, body));
    expect(checkOuraSignature(body, { signature: oura('s3cret', timestamp, body), timestamp }, 's3cret')).toBe('valid');
    expect(checkOuraSignature(body, { signature: oura('s3cret', timestamp, body).toLowerCase(), timestamp }, 's3cret')).toBe('valid');
  });
  it('is wrong under another secret, with another timestamp, over another body, or over the body alone', () => {
    const signature = oura('s3cret', timestamp, body);
    expect(checkOuraSignature(body, { signature: oura('other', timestamp, body), timestamp }, 's3cret')).toBe('wrong');
    expect(checkOuraSignature(body, { signature, timestamp: '1764583201' }, 's3cret')).toBe('wrong');
    expect(checkOuraSignature(body.replace('a1b2c3', 'a1b2c4'), { signature, timestamp }, 's3cret')).toBe('wrong');
    expect(checkOuraSignature(body, { signature: sign('s3cret', body), timestamp }, 's3cret')).toBe('wrong');
  });
  it('is missing without the signature or without the timestamp', () => {
    expect(checkOuraSignature(body, { signature: undefined, timestamp }, 's3cret')).toBe('missing');
    expect(checkOuraSignature(body, { signature: oura('s3cret', timestamp, body), timestamp: undefined }, 's3cret')).toBe('missing');
    expect(checkOuraSignature(body, { signature: oura('s3cret', timestamp, body), timestamp: ' ' }, 's3cret')).toBe('missing');
  });
  it("the verification GET is answered with the challenge only for our token (derived from the client secret, per deployment)", () => {
    const ours = ouraVerificationToken({ clientSecret: 's3cret' });
    expect(ours).not.toBe(ouraVerificationToken({ clientSecret: 'another' }));
    expect(ours).not.toContain('s3cret');
    expect(ouraVerificationAnswer({ verification_token: ours, challenge: 'ch-42' }, ours)).toEqual({ challenge: 'ch-42' });
    expect(ouraVerificationAnswer({ verification_token: ouraVerificationToken({ clientSecret: 'another' }), challenge: 'ch-42' }, ours)).toBeNull();
    expect(ouraVerificationAnswer({ verification_token: `${ours}x`, challenge: 'ch-42' }, ours)).toBeNull();
    expect(ouraVerificationAnswer({ challenge: 'ch-42' }, ours)).toBeNull();
  });
});

/** One mock of the document client for the file (a second one on the same client would undo the first). */
const dynamo = mockClient(DynamoDBDocumentClient);

describe('when an Oura device is polled again (its subscriptions read from WEARABLE#WEBHOOK#oura)', () => {
  afterEach(() => {
    dynamo.reset();
    forgetWebhooks();
  });
  const ctx = { tableName: 'push-test', cursorSecret: 'unused' };
  const oura = ouraProvider({ clientId: 'c', clientSecret: 's', authorizeUrl: 'https://a.example', tokenUrl: 'https://t.example', apiBase: 'https://api.example' });
  const subscriptions = (validUntil: string) => ({
    Item: { ...webhookKey('oura'), entity: 'providerWebhook', provider: 'oura', webhookId: 'a b', url: 'https://api.example/wearables/oura/notifications', events: ['workout.create'], validUntil, createdAt: '2026-12-01T00:00:00.000Z' },
  });
  it('in 24 h while our subscriptions are unexpired', async () => {
    dynamo.on(GetCommand, { Key: webhookKey('oura') }).resolves(subscriptions(new Date(Date.now() + 86_400_000).toISOString()));
    expect(await nextPollDelay(ctx, oura, { userId: 'u' })).toBe(86_400_000);
  });
  it('in 15 min when they expired (the job did not renew them) or were never made', async () => {
    dynamo.on(GetCommand, { Key: webhookKey('oura') }).resolves(subscriptions(new Date(Date.now() - 1000).toISOString()));
    expect(await nextPollDelay(ctx, oura, { userId: 'u' })).toBe(POLL_INTERVAL_MS);
    forgetWebhooks();
    dynamo.reset();
    dynamo.on(GetCommand, { Key: webhookKey('oura') }).resolves({});
    expect(await nextPollDelay(ctx, oura, { userId: 'u' })).toBe(POLL_INTERVAL_MS);
  });
});

describe("Polar's rate-limit headers", () => {
  it('RateLimit-* lists: "short,long" whole numbers, else nothing', () => {
    expect(rateLimitList('700, 6000')).toEqual([700, 6000]);
    expect(rateLimitList('500')).toEqual([500]);
    expect(rateLimitList(null)).toBeNull();
    expect(rateLimitList('')).toBeNull();
    expect(rateLimitList('500,many')).toBeNull();
    expect(rateLimitList('1.5,2')).toBeNull();
  });
  it('a 429 waits for Retry-After, else for the reset of the spent window (the 24-h one outlasts the 15-min one)', () => {
    expect(waitAfter429(new Headers({ 'retry-after': '30', 'ratelimit-reset': '600,80000' }), 60)).toBe(30);
    const longSpent = new Headers({ 'ratelimit-usage': '120,5200', 'ratelimit-limit': '520,5100', 'ratelimit-reset': '600,80000' });
    expect(waitAfter429(longSpent, 60)).toBe(80_000);
    const shortSpent = new Headers({ 'ratelimit-usage': '520,900', 'ratelimit-limit': '520,5100', 'ratelimit-reset': '600,80000' });
    expect(waitAfter429(shortSpent, 60)).toBe(600);
    expect(waitAfter429(new Headers({ 'ratelimit-reset': '600,80000' }), 60)).toBe(600);
    expect(waitAfter429(new Headers(), 60)).toBe(60);
  });
  it("Polar's documented formula: 500 + 20 × users per 15 min, 5,000 + 100 × users per 24 h", () => {
    expect(polarLimits(0)).toEqual([500, 5000]);
    expect(polarLimits(1000)).toEqual([20_500, 105_000]);
    expect(POLAR_BUDGET.windows).toEqual([{ requests: 500, windowSeconds: 900 }, { requests: 5000, windowSeconds: 86_400 }]);
  });
});

describe('budget windows', () => {
  afterEach(() => {
    dynamo.reset();
    forgetRememberedLimits();
  });
  const ctx = { tableName: 'budget-test', cursorSecret: 'unused' };
  const now = new Date('2026-12-01T10:07:30Z');

  it('one request is one conditional write per window, at 90 % of the floors until Polar tells its limits', async () => {
    dynamo.on(GetCommand).resolves({});
    dynamo.on(UpdateCommand).resolves({});
    await providerBudgetCharger(ctx, 'polar', POLAR_BUDGET, { userId: 'u' }, () => now)();
    const writes = dynamo.commandCalls(UpdateCommand).map((call) => call.args[0].input);
    expect(writes.map((w) => [w.Key, w.ExpressionAttributeValues?.[':limit'], w.ConditionExpression])).toEqual([
      [budgetKey('WEARABLE#BUDGET#polar', 900, fixedWindow(now, 900).start), 450, 'attribute_not_exists(#used) OR #used < :limit'],
      [budgetKey('WEARABLE#BUDGET#polar', 86_400, fixedWindow(now, 86_400).start), 4500, 'attribute_not_exists(#used) OR #used < :limit'],
    ]);
  });

  it('the limits Polar told replace the floors (remembered in the LIMITS item, written only when they change)', async () => {
    dynamo.on(GetCommand).resolves({});
    dynamo.on(PutCommand).resolves({});
    dynamo.on(UpdateCommand).resolves({});
    const charge = providerBudgetCharger(ctx, 'polar', POLAR_BUDGET, { userId: 'u' }, () => now);
    await charge.observeLimits!(polarLimits(100));
    await charge.observeLimits!(polarLimits(100));
    expect(dynamo.commandCalls(PutCommand).map((c) => c.args[0].input.Item)).toEqual([expect.objectContaining({ PK: 'WEARABLE#BUDGET#polar', SK: 'LIMITS', limits: [2500, 15_000] })]);
    await charge();
    expect(dynamo.commandCalls(UpdateCommand).map((c) => c.args[0].input.ExpressionAttributeValues?.[':limit'])).toEqual([2250, 13_500]);
    await charge.observeLimits!([1, 2, 3]);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(1);
  });

  it('a spent 24-h window refuses until its end, though the 15-min one is free', async () => {
    dynamo.on(GetCommand).resolves({});
    dynamo.on(UpdateCommand).callsFake((input) => {
      if (String(input.Key.SK).startsWith('W86400#')) throw Object.assign(new Error('spent'), { name: 'ConditionalCheckFailedException' });
      return {};
    });
    const refused = await providerBudgetCharger(ctx, 'polar', POLAR_BUDGET, { userId: 'u' }, () => now)().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderRateLimitedError);
    expect((refused as ProviderRateLimitedError).retryAfterSeconds).toBe(fixedWindow(now, 86_400).end - now.getTime() / 1000);
  });

  it("a 429 blocks the 15-min windows it spans, and the day's only when the wait spans a day", () => {
    const lengths = (retry: number) => windowsToBlock(POLAR_BUDGET, now, retry).map((b) => b.definition.windowSeconds);
    expect(lengths(120)).toEqual([900]);
    expect(lengths(5 * 3600)).toEqual(Array(21).fill(900));
    const long = lengths(30 * 3600);
    expect(long.filter((l) => l === 900)).toHaveLength(96);
    expect(long.filter((l) => l === 86_400)).toHaveLength(0);
    expect(windowsToBlock(POLAR_BUDGET, now, 30 * 3600, 200).filter((b) => b.definition.windowSeconds === 86_400)).toHaveLength(2);
  });
});

describe('the scale model of provider limits (bench/scale-model.ts, docs/scale.md §8)', () => {
  it("15-min polling breaks Polar's 24-h limit beyond ~54 devices (192 N > 5,000 + 100 N); pushed, Polar's per-user allowance outgrows our use", async () => {
    const { providerLoad, ASSUMPTIONS } = await import('../../../bench/scale-model');
    const share = ASSUMPTIONS.connectedShare * ASSUMPTIONS.providerShare.polar!;
    const polled = providerLoad('polar', 1_000_000, 2, false);
    expect(polled.requestsPerDeviceDay).toBe(192);
    const day = polled.windows.find((w) => w.windowSeconds === 86_400)!;
    // With our 10 % headroom: 192 N = 0.9 (5,000 + 100 N) → N = 4,500 / 102.
    expect(day.reachedAtUsers * share).toBeCloseTo(4500 / 102, 6);
    const pushed = providerLoad('polar', 1_000_000, 2);
    expect(pushed.requestsPerDeviceDay).toBe(2 * (1 + ASSUMPTIONS.notifiedSyncsPerDeviceDay.polar!));
    expect(pushed.limitUsers).toBe(Infinity);
  });

  it("Withings' flat 120/min per app is still reached with push, later than with polling", async () => {
    const { providerLoad } = await import('../../../bench/scale-model');
    const pushed = providerLoad('withings', 1_000_000, 2.176);
    const polled = providerLoad('withings', 1_000_000, 2.176, false);
    expect(pushed.limitUsers).toBeGreaterThan(5 * polled.limitUsers);
    expect(pushed.limitUsers).toBeLessThan(1_000_000);
    expect(pushed.binding.neededPerSec).toBeCloseTo(pushed.binding.allowedPerSec * (1_000_000 / pushed.limitUsers), 6);
  });
});
