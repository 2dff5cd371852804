import { describe, expect, it } from 'vitest';
import { AWS_PRICES, buildCostInput, LONG_POLL_REQUESTS_PER_QUEUE, MAU_USAGE, monthlyCost, sampledTraces, SQS_POLLING, type CostAction, type CostInput } from '../../../bench/cost';
import { manifest } from '../../../infra/manifest';

const action = (fields: Partial<CostAction>): CostAction => ({
  name: 'GET /x',
  perUserMonth: 0,
  apiRequests: 1,
  lambdaInvocations: 1,
  lambdaMs: 0,
  memoryMb: 1024,
  readUnits: 0,
  writeUnits: 0,
  sqsRequests: 0,
  source: 'test',
  ...fields,
});

const input = (fields: Partial<CostInput>): CostInput => ({
  users: 1000,
  actions: [],
  logBytesPerInvocation: 0,
  storageGbPerUser: 0,
  cdnBytesPerUser: 0,
  cdnRequestsPerUser: 0,
  s3GetsPerUser: 0,
  s3StorageGb: 0,
  fixedSqsRequests: 0,
  secondsPerMonth: 30 * 86_400,
  ...fields,
});

const line = (result: ReturnType<typeof monthlyCost>, service: string) => result.lines.find((l) => l.service.startsWith(service))!;

describe('monthlyCost', () => {
  it('prices a million API requests of 1 s at 1 GB: HTTP API $1, Lambda $0.20 + 1M GB-s', () => {
    const result = monthlyCost(input({ users: 1000, actions: [action({ perUserMonth: 1000, lambdaMs: 1000, memoryMb: 1024 })] }));
    expect(line(result, 'API Gateway HTTP API')).toMatchObject({ quantity: 1_000_000, usd: 1 });
    expect(line(result, 'Lambda requests').usd).toBeCloseTo(0.2, 6);
    expect(line(result, 'Lambda compute (arm64)').quantity).toBe(1_000_000);
    expect(line(result, 'Lambda compute (arm64)').usd).toBeCloseTo(13.333, 3);
  });

  it('charges request units per million: 2 RRU and 3 WRU per call', () => {
    const result = monthlyCost(input({ users: 100, actions: [action({ perUserMonth: 10_000, readUnits: 2, writeUnits: 3 })] }));
    expect(line(result, 'DynamoDB reads (on-demand)')).toMatchObject({ quantity: 2_000_000, usd: 0.25 });
    expect(line(result, 'DynamoDB writes (on-demand, GSIs incl.)')).toMatchObject({ quantity: 3_000_000, usd: 1.875 });
  });

  it('keeps Cognito free up to 10,000 MAU and charges each MAU beyond', () => {
    expect(line(monthlyCost(input({ users: 10_000 })), 'Cognito').usd).toBe(0);
    expect(line(monthlyCost(input({ users: 12_000 })), 'Cognito').usd).toBeCloseTo(2000 * AWS_PRICES.cognitoPerMauAboveFree, 6);
  });

  it('adds fixed SQS long polls to the per-message requests', () => {
    const result = monthlyCost(input({ users: 1000, fixedSqsRequests: 1_000_000, actions: [action({ perUserMonth: 1000, apiRequests: 0, sqsRequests: 3 })] }));
    expect(line(result, 'SQS')).toMatchObject({ quantity: 4_000_000, usd: 1.6 });
  });

  it('sums the lines into the total and the per-action costs agree with them', () => {
    const result = monthlyCost(input({ users: 1000, actions: [action({ perUserMonth: 2000, lambdaMs: 50, memoryMb: 512, readUnits: 0.5 }), action({ name: 'POST /y', perUserMonth: 100, writeUnits: 4 })] }));
    const sum = result.lines.reduce((s, l) => s + l.usd, 0);
    expect(result.totalUsd).toBeCloseTo(sum, 2);
    const requestCosts = result.lines.filter((l) => /Lambda|API Gateway|DynamoDB (reads|writes)|SQS/.test(l.service)).reduce((s, l) => s + l.usd, 0);
    expect(result.byAction.reduce((s, a) => s + a.usdPer1000Users, 0)).toBeCloseTo(requestCosts, 2);
  });
});

describe('X-Ray by tracing policy', () => {
  const actions = [action({ perUserMonth: 2000 }), action({ name: 'stream', perUserMonth: 300, apiRequests: 0, lambdaInvocations: 2 })];

  it('async (the default): counts only the invocations no API request started', () => {
    const result = monthlyCost(input({ actions }));
    expect(line(result, 'X-Ray traces')).toMatchObject({ service: 'X-Ray traces (tracing: async)', quantity: 600_000 });
    expect(line(result, 'X-Ray traces').usd).toBeCloseTo(((600_000 - AWS_PRICES.xrayFreeTracesPerMonth) / 1e6) * AWS_PRICES.xrayPerMillionTraces, 3);
  });

  it('all: every invocation, and the comparison the default prints agrees with it', () => {
    const all = monthlyCost(input({ actions, tracing: 'all' }));
    const traces = sampledTraces(2_600_000, 30 * 86_400);
    expect(line(all, 'X-Ray traces').quantity).toBe(traces);
    const byDefault = monthlyCost(input({ actions }));
    expect(byDefault.xrayAll).toMatchObject({ traces, totalUsd: all.totalUsd });
  });

  it('off: no traces', () => {
    expect(line(monthlyCost(input({ actions, tracing: 'off' })), 'X-Ray traces')).toMatchObject({ quantity: 0, usd: 0 });
  });
});

describe('sampledTraces', () => {
  it('records every request up to 1 per second, then 5 % of the rest', () => {
    expect(sampledTraces(1000, 2_592_000)).toBe(1000);
    expect(sampledTraces(2_592_000 + 1_000_000, 2_592_000)).toBe(2_592_000 + 50_000);
  });
});

describe('buildCostInput', () => {
  const reads = Object.fromEntries(
    ['GET /me', 'GET /training/today', 'GET /training/sessions', 'GET /training/records', 'GET /forge/day', 'GET /forge/activities', 'GET /forge/insights', 'GET /forge/progression', 'GET /illustrations'].map((n) => [n, { p50Ms: 10, readUnits: 0.5, writeUnits: 0 }]),
  );
  const writes = Object.fromEntries(['POST /training/sessions', 'POST …/start', 'POST …/sets', 'PUT …/snapshot', 'POST …/complete'].map((n) => [n, { p50Ms: 20, readUnits: 1, writeUnits: 2 }]));
  const measured = { reads, writes, insights: { requestsPerUser: 60, readUnitsPerUser: 90, writeUnitsPerUser: 120, meanMs: 8 }, spaColdLoadBytes: 130_000, storage: { tableBytesPerUser: 40_000, indexBytesPerUser: 10_000 } };

  it('scales snapshots and sets by the sessions per month', () => {
    const built = buildCostInput(measured);
    expect(built.actions.find((a) => a.name === 'PUT …/snapshot')!.perUserMonth).toBeCloseTo(MAU_USAGE.snapshotsPerSession * MAU_USAGE.sessionsPerMonth, 6);
    expect(built.actions.find((a) => a.name === 'POST …/sets')!.perUserMonth).toBeCloseTo(MAU_USAGE.setsPerSession * MAU_USAGE.sessionsPerMonth, 6);
  });

  it('spreads the simulated month\'s request units over its requests', () => {
    const insights = buildCostInput(measured).actions.find((a) => a.name.startsWith('GET /training/insights'))!;
    expect(insights).toMatchObject({ perUserMonth: 60, readUnits: 1.5, writeUnits: 2, lambdaMs: 8 });
  });

  it('polls each queue of the manifest all month whatever the users: 5 pollers × one 20-s long poll each', () => {
    expect(MAU_USAGE.polledQueues).toBe(manifest.queues.length);
    expect(LONG_POLL_REQUESTS_PER_QUEUE).toBe(SQS_POLLING.pollersPerQueue * 3 * 60 * 24 * 30);
    expect(buildCostInput(measured, MAU_USAGE, 10).fixedSqsRequests).toBe(MAU_USAGE.polledQueues * LONG_POLL_REQUESTS_PER_QUEUE);
    const result = monthlyCost(buildCostInput(measured));
    expect(result.fixedUsd).toBeCloseTo((MAU_USAGE.polledQueues * LONG_POLL_REQUESTS_PER_QUEUE * AWS_PRICES.sqsPerMillionRequests) / 1e6, 3);
  });

  it('bills storage on the table and its GSIs, point-in-time recovery on the table alone', () => {
    const result = monthlyCost(buildCostInput(measured, MAU_USAGE, 10_000));
    expect(line(result, 'DynamoDB storage')).toMatchObject({ quantity: 0.5 });
    expect(line(result, 'DynamoDB storage').usd).toBeCloseTo(0.5 * AWS_PRICES.dynamodbStoragePerGbMonth, 6);
    expect(line(result, 'DynamoDB PITR')).toMatchObject({ quantity: 0.4 });
    expect(line(result, 'DynamoDB PITR').usd).toBeCloseTo(0.4 * AWS_PRICES.dynamodbPitrPerGbMonth, 6);
  });

  it('refuses to price a route it has no measurement for', () => {
    const { 'GET /forge/day': _missing, ...partial } = reads;
    expect(() => buildCostInput({ ...measured, reads: partial })).toThrow(/GET \/forge\/day/);
  });
});
