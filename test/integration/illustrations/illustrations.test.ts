import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionQueues } from '../../../infra/local/provision';
import { startSqsPollers } from '../../../infra/local/runtime/sqs-poller';
import { illustrationQueues } from '../../../infra/manifest/illustrations';
import { ILLUSTRATIONS_AI_ACCOUNT } from '../../../functions/illustrations/generate';
import { getAiUsage } from '../../../shared/db/entities/ai-usage';
import { getIllustration } from '../../../shared/db/entities/illustration';
import { enqueueIllustrationJob, getIllustrationJob } from '../../../shared/db/entities/illustration-job';
import { MAX_ILLUSTRATION_ATTEMPTS, type IllustrationRef } from '../../../shared/domain/illustrations/illustration';
import { tableContext } from '../../support/db';
import { aws, endpoints, newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';

/**
 * The shared stack runs without an OpenAI key: its worker draws offline pictograms. The image-model
 * and failing-generator paths run the same worker module in this process, against a local server
 * speaking the OpenAI Images API, and (for the DLQ) a queue pair provisioned like the manifest's.
 */
let user: TestUser;
const ctx = () => tableContext();

type Mode = 'image' | 'refuse';
const server = { mode: 'image' as Mode, requests: [] as { path: string; body: Record<string, unknown> }[], url: '', close: async () => undefined as void };
let png: Buffer;

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });

const saved = { ...process.env };
type Worker = (event: SQSEvent, context: Context) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
let worker: Worker;

beforeAll(async () => {
  user = await newUser();
  png = await sharp({ create: { width: 1024, height: 1024, channels: 3, background: '#dfe6ec' } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024"><circle cx="512" cy="300" r="90" fill="#223"/><rect x="470" y="390" width="84" height="360" fill="#223"/></svg>') }])
    .png()
    .toBuffer();
  const http = createServer(async (request, response) => {
    const body = JSON.parse((await readBody(request)) || '{}') as Record<string, unknown>;
    server.requests.push({ path: request.url ?? '', body });
    if (request.url !== '/v1/images/generations') return void response.writeHead(404).end();
    if (server.mode === 'refuse') {
      response.writeHead(400, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ error: { message: 'Your request was rejected by the safety system.', type: 'invalid_request_error', code: 'moderation_blocked' } }));
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ created: 1, data: [{ b64_json: png.toString('base64') }], usage: { input_tokens: 60, output_tokens: 4160, total_tokens: 4220 } }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1`;
  server.close = () => new Promise((resolve) => http.close(() => resolve()));
  Object.assign(process.env, { OPENAI_API_KEY: 'sk-test', OPENAI_IMAGE_BASE_URL: server.url, OPENAI_IMAGE_MODEL: 'gpt-image-1-mini', OPENAI_MAX_RETRIES: '0' });
  ({ handler: worker } = (await import('../../../functions/illustrations/generate-illustration')) as unknown as { handler: Worker });
});

afterAll(async () => {
  for (const name of ['OPENAI_API_KEY', 'OPENAI_IMAGE_BASE_URL', 'OPENAI_IMAGE_MODEL', 'OPENAI_MAX_RETRIES']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await server.close();
});

const query = (ref: IllustrationRef) => `/illustrations?exercise=${encodeURIComponent(ref.exerciseId)}&discipline=${ref.discipline}`;
const sqsEvent = (ref: IllustrationRef, receiveCount = 1): SQSEvent => ({
  Records: [
    {
      messageId: randomUUID(),
      receiptHandle: 'r',
      body: JSON.stringify(ref),
      attributes: { ApproximateReceiveCount: String(receiveCount), SentTimestamp: '0', SenderId: 'test', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:local:000000000000:test',
      awsRegion: 'eu-west-3',
    },
  ],
});
const lambdaContext = { getRemainingTimeInMillis: () => 120_000 } as Context;

async function decoded(url: string) {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, meta: await sharp(bytes).metadata() };
}

describe('GET /illustrations and the generation queue (offline worker of the stack)', () => {
  // Every test uses a discipline style no prescription of other tests asks for, so it starts as a miss.
  it('10 concurrent misses queue exactly one job, which the worker turns into a WebP in S3 with immutable caching', async () => {
    const ref: IllustrationRef = { exerciseId: 'back-squat', discipline: 'swimming' };
    expect(await getIllustration(ctx(), ref)).toBeNull();
    const answers = await Promise.all(Array.from({ length: 10 }, () => user.call('GET', query(ref))));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ exerciseId: 'back-squat', discipline: 'swimming', match: { via: 'id', confidence: 1 } });
    }
    // One job row (conditional put): every answer that saw a job saw the same one.
    const queuedAt = new Set(answers.filter((a) => a.body.job).map((a) => a.body.job.queuedAt));
    expect(queuedAt.size).toBe(1);

    const ready = await eventually(async () => {
      const answer = await user.call('GET', query(ref));
      return answer.body.status === 'ready' ? answer.body : undefined;
    }, 20_000, 'the illustration to be ready');
    const job = (await getIllustrationJob(ctx(), ref))!;
    expect(job).toMatchObject({ status: 'completed', attempts: 1, error: null });
    expect([...queuedAt][0]).toBe(job.queuedAt);
    // Generated once: a second message would have been dropped, and a second generation would have updated the entry.
    const entry = (await getIllustration(ctx(), ref))!;
    expect(entry).toMatchObject({ generator: 'offline', model: 'pictogram-v1', costUsd: 0, discipline: 'swimming', usageCount: 0 });
    expect(entry.updatedAt).toBe(entry.createdAt);
    expect(entry.muscleGroups).toEqual(expect.arrayContaining(['quads', 'glutes']));
    expect(entry.tags).toEqual(expect.arrayContaining(['squat', 'squatting', 'barbell']));

    expect(ready.url.startsWith(`${endpoints().illustrationsBaseUrl}/illustrations/`)).toBe(true);
    for (const [size, url] of [[512, ready.urls['512']], [1024, ready.urls['1024']]] as const) {
      const { response, bytes, meta } = await decoded(url);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(meta).toMatchObject({ format: 'webp', width: size, height: size });
      const variant = entry.variants.find((v) => v.size === size)!;
      expect(variant.bytes).toBe(bytes.length);
      expect(url.endsWith(`/illustrations/${variant.contentHash}.webp`)).toBe(true);
      const head = await aws().s3.send(new HeadObjectCommand({ Bucket: endpoints().illustrationsBucket, Key: variant.s3Key }));
      expect(head).toMatchObject({ ContentType: 'image/webp', CacheControl: 'public, max-age=31536000, immutable' });
    }
    expect(ready.url).toBe(ready.urls['512']);
  });

  it('matches names in English or French and answers 400 naming the field for an unknown exercise', async () => {
    const french = await user.call('GET', '/illustrations?exercise=Soulev%C3%A9%20de%20terre&discipline=skierg');
    expect(french.status).toBe(200);
    expect(french.body).toMatchObject({ exerciseId: 'deadlift', discipline: 'skierg', match: { via: 'name' } });
    const unknown = await user.call('GET', '/illustrations?exercise=underwater%20basket%20weaving');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'query.exercise', code: 'unknown_exercise' })]);
    expect((await user.call('GET', '/illustrations?exercise=squat&discipline=chess')).status).toBe(400);
    expect((await fetch(`${endpoints().apiUrl}${query({ exerciseId: 'burpee', discipline: 'metcon' })}`)).status).toBe(401);
  });

  it('a new prescription queues its exercises, and the session read carries each one as pending or its URL', async () => {
    const created = await user.call('POST', '/training/sessions', { body: { coach: 'calisthenics', equipment: ['pull-up-bar', 'parallettes'], durationMin: 30, energy: 3 } });
    expect(created.status).toBe(201);
    const ids = [...new Set<string>(created.body.prescription.blocks.flatMap((b: { exercises: { exerciseId: string }[] }) => b.exercises.map((e) => e.exerciseId)))];
    const first = await user.call('GET', `/training/sessions/${created.body.id}`);
    expect(Object.keys(first.body.illustrations).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(['pending', 'ready']).toContain(first.body.illustrations[id].status);
    // Off the request path, the stream consumer queued one job per exercise (or found it illustrated).
    for (const id of ids) {
      await eventually(async () => ((await getIllustrationJob(ctx(), { exerciseId: id, discipline: created.body.discipline })) ?? (await getIllustration(ctx(), { exerciseId: id, discipline: created.body.discipline })) ?? undefined), 10_000, `a job for ${id}`);
    }
    for (const id of ids) {
      const ready = await eventually(async () => {
        const answer = await user.call('GET', query({ exerciseId: id, discipline: created.body.discipline }));
        return answer.body.status === 'ready' ? answer.body : undefined;
      }, 30_000, `${id} ready`);
      expect(ready.url).toMatch(/\/illustrations\/[0-9a-f]{64}\.webp$/);
    }
  });
});

describe('the worker with the image model', () => {
  it('calls the OpenAI Images API, stores its image as WebP variants and records the cost', async () => {
    server.mode = 'image';
    const ref: IllustrationRef = { exerciseId: 'front-squat', discipline: 'hyrox' };
    await enqueueIllustrationJob(ctx(), ref);
    const before = (await getAiUsage(ctx(), ILLUSTRATIONS_AI_ACCOUNT))?.costUsd ?? 0;
    const seen = server.requests.length;
    expect(await worker(sqsEvent(ref), lambdaContext)).toEqual({ batchItemFailures: [] });
    const request = server.requests.slice(seen).find((r) => r.path === '/v1/images/generations')!;
    expect(request.body).toMatchObject({ model: 'gpt-image-1-mini', size: '1024x1024', n: 1, quality: 'low' });
    expect(request.body.prompt).toMatch(/Front squat/);
    expect(request.body.prompt).toMatch(/no text/);
    const entry = (await getIllustration(ctx(), ref))!;
    expect(entry).toMatchObject({ generator: 'openai', model: 'gpt-image-1-mini', costUsd: 0.005 });
    expect((await getIllustrationJob(ctx(), ref))!.status).toBe('completed');
    for (const variant of entry.variants) expect((await decoded(variant.url)).meta).toMatchObject({ format: 'webp', width: variant.size, height: variant.size });
    expect((await getAiUsage(ctx(), ILLUSTRATIONS_AI_ACCOUNT))!.costUsd).toBeCloseTo(before + 0.005, 6);
  });

  it(`a failing generator is retried ${MAX_ILLUSTRATION_ATTEMPTS} times, then the job is failed with its error and the message is in the DLQ`, async () => {
    server.mode = 'refuse';
    const ref: IllustrationRef = { exerciseId: 'deadlift', discipline: 'rowing' };
    await enqueueIllustrationJob(ctx(), ref);
    // A queue pair provisioned like the manifest's (same redrive), with a 1 s visibility timeout so retries come quickly.
    const entry = { ...illustrationQueues[0]!, visibilityTimeoutSeconds: 1 };
    const { queueUrls, dlqUrls } = await provisionQueues(aws().sqs, `it-${randomUUID().slice(0, 8)}`, [entry]);
    const pollers = startSqsPollers({ queues: [entry], queueUrls, sqs: aws().sqs });
    try {
      await aws().sqs.send(new SendMessageCommand({ QueueUrl: queueUrls.illustrations, MessageBody: JSON.stringify(ref) }));
      const failed = await eventually(async () => {
        const job = await getIllustrationJob(ctx(), ref);
        return job?.status === 'failed' ? job : undefined;
      }, 30_000, 'the job to fail');
      expect(failed).toMatchObject({ attempts: MAX_ILLUSTRATION_ATTEMPTS, error: expect.stringMatching(/safety system/) });
      const dead = await eventually(async () => {
        const { Messages = [] } = await aws().sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrls.illustrations, WaitTimeSeconds: 1, AttributeNames: ['All'] }));
        return Messages.length ? Messages : undefined;
      }, 20_000, 'the message in the DLQ');
      expect(JSON.parse(dead[0]!.Body!)).toEqual(ref);
      expect(await getIllustration(ctx(), ref)).toBeNull();
      const answer = await user.call('GET', query(ref));
      expect(answer.body).toMatchObject({ status: 'failed', job: { status: 'failed', attempts: MAX_ILLUSTRATION_ATTEMPTS } });
    } finally {
      await pollers.stop();
    }
  });
});
