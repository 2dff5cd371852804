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
import { commandsOf, repositoryTableContext } from '../../support/db';

const ctx = repositoryTableContext;
const exercise = () => `test-${randomUUID()}`;

describe('illustration job repository', () => {
  it('queues one job per exercise however many misses race', async () => {
    const exerciseId = exercise();
    const results = await Promise.all(Array.from({ length: 5 }, () => enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength', priority: 7 })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    for (const r of results) expect(r.job).toMatchObject({ exerciseId, status: 'queued', priority: 7, attempts: 0 });
  });

  it('moves queued → processing → done, with attempts, and keeps done jobs a week (TTL)', async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'running' });
    const started = await startIllustrationJob(ctx(), exerciseId);
    expect(started).toMatchObject({ status: 'processing', attempts: 1 });
    const finishedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const done = await completeIllustrationJob(ctx(), exerciseId, finishedAt);
    expect(done).toMatchObject({ status: 'done', error: null, finishedAt: finishedAt.toISOString() });
    expect(toItem(done).expiresAt).toBe(finishedAt.getTime() / 1000 + 7 * 86_400);
    await expect(startIllustrationJob(ctx(), exerciseId)).rejects.toBeInstanceOf(IllustrationJobTransitionError);
    await expect(completeIllustrationJob(ctx(), exerciseId)).rejects.toBeInstanceOf(IllustrationJobTransitionError);
    expect((await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'running' })).created).toBe(false);
  });

  it(`retries a failing job, fails it for good after ${MAX_ILLUSTRATION_ATTEMPTS} attempts with the error, and can queue it again`, async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    for (let attempt = 1; attempt < MAX_ILLUSTRATION_ATTEMPTS; attempt++) {
      await startIllustrationJob(ctx(), exerciseId);
      expect(await failIllustrationJob(ctx(), exerciseId, `timeout ${attempt}`)).toMatchObject({ status: 'queued', attempts: attempt, error: `timeout ${attempt}` });
    }
    await startIllustrationJob(ctx(), exerciseId);
    const last = await failIllustrationJob(ctx(), exerciseId, 'image model refused');
    expect(last).toMatchObject({ status: 'failed', attempts: MAX_ILLUSTRATION_ATTEMPTS, error: 'image model refused', finishedAt: expect.any(String) });
    await expect(failIllustrationJob(ctx(), exerciseId, 'again')).rejects.toBeInstanceOf(IllustrationJobTransitionError);

    expect(await requeueIllustrationJob(ctx(), exerciseId, 9)).toMatchObject({ status: 'queued', attempts: 0, error: null, priority: 9 });
    await expect(requeueIllustrationJob(ctx(), exerciseId)).rejects.toBeInstanceOf(IllustrationJobTransitionError);
    await expect(startIllustrationJob(ctx(), exercise())).rejects.toThrow(/no illustration job/);
  });

  it('treats a done job past its week of retention as absent, even before TTL deletes it', async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    await startIllustrationJob(ctx(), exerciseId);
    await completeIllustrationJob(ctx(), exerciseId, new Date('2000-01-01T00:00:00.000Z'));
    expect(await getIllustrationJob(ctx(), exerciseId)).toBeNull();
    const again = await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    expect(again).toMatchObject({ created: true, job: { status: 'queued', attempts: 0 } });
  });

  it('restarts a processing job whose worker died (redelivery)', async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    await startIllustrationJob(ctx(), exerciseId);
    expect(await startIllustrationJob(ctx(), exerciseId)).toMatchObject({ status: 'processing', attempts: 2 });
  });

  it('lists and counts jobs by status on GSI3, oldest first', async () => {
    const ids = [exercise(), exercise(), exercise()];
    // Queued long ago, so they come before every other test's queued jobs.
    for (const [i, exerciseId] of ids.entries()) await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength', now: new Date(Date.UTC(2000, 0, 1, 0, 0, i)) });
    await startIllustrationJob(ctx(), ids[1]!);
    const queued = await listIllustrationJobs(ctx(), 'queued', 2);
    expect(queued.map((j) => j.exerciseId)).toEqual([ids[0], ids[2]]);
    expect((await listIllustrationJobs(ctx(), 'processing', 1000)).map((j) => j.exerciseId)).toContain(ids[1]);
    const before = await countIllustrationJobs(ctx(), 'queued');
    await startIllustrationJob(ctx(), ids[0]!);
    expect(await countIllustrationJobs(ctx(), 'queued')).toBe(before - 1);
    // Leave nothing at the head of the shared queue.
    await startIllustrationJob(ctx(), ids[2]!);
    for (const exerciseId of ids) await completeIllustrationJob(ctx(), exerciseId);
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const exerciseId = exercise();
    await enqueueIllustrationJob(ctx(), { exerciseId, discipline: 'strength' });
    expect(await commandsOf(() => getIllustrationJob(ctx(), exerciseId))).toEqual(['GetItem']);
    expect(await commandsOf(() => listIllustrationJobs(ctx(), 'queued', 5))).toEqual(['Query']);
    expect(await commandsOf(() => countIllustrationJobs(ctx(), 'failed'))).toEqual(['Query']);
  });
});
