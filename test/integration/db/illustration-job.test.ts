import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  completeIllustrationJob,
  countIllustrationJobs,
  enqueueIllustrationJob,
  failIllustrationJob,
  getIllustrationJob,
  listIllustrationJobs,
  requeueIllustrationJob,
  startIllustrationJob,
  toItem,
} from '../../../shared/db/entities/illustration-job';
import { IllustrationJobTransitionError, MAX_ILLUSTRATION_ATTEMPTS } from '../../../shared/domain/illustrations/illustration';
import type { Discipline } from '../../../shared/domain/catalog/schema';
import { commandsOf, repositoryTableContext } from '../../support/db';

const ctx = repositoryTableContext;
const exercise = () => `test-${randomUUID()}`;
const ref = (exerciseId: string, discipline: Discipline = 'strength') => ({ exerciseId, discipline });

describe('illustration job repository', () => {
  it('queues one job per exercise and discipline however many misses race', async () => {
    const exerciseId = exercise();
    const results = await Promise.all(Array.from({ length: 5 }, () => enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength', priority: 7 })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    for (const r of results) expect(r.job).toMatchObject({ exerciseId, status: 'pending', priority: 7, attempts: 0 });
  });

  it('moves pending → processing → completed, with attempts, and keeps completed jobs a week (TTL)', async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'running' });
    const started = await startIllustrationJob(ctx(), ref(exerciseId, 'running'));
    expect(started).toMatchObject({ status: 'processing', attempts: 1 });
    const finishedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const done = await completeIllustrationJob(ctx(), ref(exerciseId, 'running'), finishedAt);
    expect(done).toMatchObject({ status: 'completed', error: null, finishedAt: finishedAt.toISOString() });
    expect(toItem(done).expiresAt).toBe(finishedAt.getTime() / 1000 + 7 * 86_400);
    await expect(startIllustrationJob(ctx(), ref(exerciseId, 'running'))).rejects.toBeInstanceOf(IllustrationJobTransitionError);
    await expect(completeIllustrationJob(ctx(), ref(exerciseId, 'running'))).rejects.toBeInstanceOf(IllustrationJobTransitionError);
    expect((await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'running' })).created).toBe(false);
  });

  it(`retries a failing job, fails it for good after ${MAX_ILLUSTRATION_ATTEMPTS} attempts with the error, and can queue it again`, async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    for (let attempt = 1; attempt < MAX_ILLUSTRATION_ATTEMPTS; attempt++) {
      await startIllustrationJob(ctx(), ref(exerciseId));
      expect(await failIllustrationJob(ctx(), ref(exerciseId), `timeout ${attempt}`)).toMatchObject({ status: 'pending', attempts: attempt, error: `timeout ${attempt}` });
    }
    await startIllustrationJob(ctx(), ref(exerciseId));
    const last = await failIllustrationJob(ctx(), ref(exerciseId), 'image model refused');
    expect(last).toMatchObject({ status: 'failed', attempts: MAX_ILLUSTRATION_ATTEMPTS, error: 'image model refused', finishedAt: expect.any(String) });
    await expect(failIllustrationJob(ctx(), ref(exerciseId), 'again')).rejects.toBeInstanceOf(IllustrationJobTransitionError);

    expect(await requeueIllustrationJob(ctx(), ref(exerciseId), 9)).toMatchObject({ status: 'pending', attempts: 0, error: null, priority: 9 });
    await expect(requeueIllustrationJob(ctx(), ref(exerciseId))).rejects.toBeInstanceOf(IllustrationJobTransitionError);
    await expect(startIllustrationJob(ctx(), ref(exercise()))).rejects.toThrow(/no illustration job/);
  });

  it('treats a completed job past its week of retention as absent, even before TTL deletes it', async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    await startIllustrationJob(ctx(), ref(exerciseId));
    await completeIllustrationJob(ctx(), ref(exerciseId), new Date('2000-01-01T00:00:00.000Z'));
    expect(await getIllustrationJob(ctx(), ref(exerciseId))).toBeNull();
    const again = await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    expect(again).toMatchObject({ created: true, job: { status: 'pending', attempts: 0 } });
  });

  it('restarts a processing job whose worker died (redelivery)', async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    await startIllustrationJob(ctx(), ref(exerciseId));
    expect(await startIllustrationJob(ctx(), ref(exerciseId))).toMatchObject({ status: 'processing', attempts: 2 });
  });

  it('lists and counts jobs by status on GSI3, oldest first', async () => {
    const ids = [exercise(), exercise(), exercise()];
    // Pending since long ago, so they come before every other test's queued jobs.
    for (const [i, exerciseId] of ids.entries()) await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength', now: new Date(Date.UTC(2000, 0, 1, 0, 0, i)) });
    await startIllustrationJob(ctx(), ref(ids[1]!));
    const queued = await listIllustrationJobs(ctx(), 'pending', 2);
    expect(queued.map((j) => j.exerciseId)).toEqual([ids[0], ids[2]]);
    expect((await listIllustrationJobs(ctx(), 'processing', 1000)).map((j) => j.exerciseId)).toContain(ids[1]);
    const before = await countIllustrationJobs(ctx(), 'pending');
    await startIllustrationJob(ctx(), ref(ids[0]!));
    expect(await countIllustrationJobs(ctx(), 'pending')).toBe(before - 1);
    // Leave nothing at the head of the shared queue.
    await startIllustrationJob(ctx(), ref(ids[2]!));
    for (const exerciseId of ids) await completeIllustrationJob(ctx(), ref(exerciseId));
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    expect(await commandsOf(() => getIllustrationJob(ctx(), ref(exerciseId)))).toEqual(['GetItem']);
    expect(await commandsOf(() => listIllustrationJobs(ctx(), 'pending', 5))).toEqual(['Query']);
    expect(await commandsOf(() => countIllustrationJobs(ctx(), 'failed'))).toEqual(['Query']);
  });
});

describe('illustration jobs per discipline', () => {
  it('keeps one job per exercise and discipline: the same exercise in another discipline is another job', async () => {
    const exerciseId = exercise();
    const strength = await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    const metcon = await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'metcon' });
    expect([strength.created, metcon.created]).toEqual([true, true]);
    await startIllustrationJob(ctx(), ref(exerciseId, 'metcon'));
    expect(await getIllustrationJob(ctx(), ref(exerciseId))).toMatchObject({ status: 'pending', attempts: 0 });
  });
});
