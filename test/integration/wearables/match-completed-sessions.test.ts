import { describe, expect, it } from 'vitest';
import { FIT_SPORT, fitFile, generateTimeline } from '../../fixtures/wearables/workout-files';
import { newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';
import { completeSessionOverHttp } from '../forge/helpers';

/** Uploads a workout file the app's way and waits for its import job to finish. */
async function importWorkout(user: TestUser, fileName: string, bytes: Uint8Array) {
  const created = await user.call('POST', '/wearables/imports', { body: { fileName, sizeBytes: bytes.byteLength } });
  expect(created.status).toBe(201);
  const upload = await fetch(created.body.upload.url, { method: 'PUT', headers: created.body.upload.headers, body: bytes });
  expect(upload.status).toBe(200);
  return eventually(async () => {
    const job = await user.call('GET', `/wearables/imports/${created.body.id}`);
    return job.body.status === 'completed' || job.body.status === 'failed' ? job.body : undefined;
  }, 15_000, `import of ${fileName}`);
}

describe('match-completed-sessions through the training-stream reader', () => {
  it('a workout imported while the session runs is linked once the session completes, and leaves Forge as a separate activity', async () => {
    const user = await newUser();
    // Recording from 10 min ago for an hour: the session below starts and completes inside it.
    const start = new Date(Date.now() - 10 * 60_000);
    const bytes = fitFile(generateTimeline({ start, durationSec: 3600 }), { sport: FIT_SPORT.training, subSport: 20, calories: 400 });
    const job = await importWorkout(user, 'gym.fit', bytes);
    expect(job.result).toMatchObject({ outcome: 'activity', sessionId: null });
    expect((await user.call('GET', '/forge/activities?source=wearable')).body.items).toHaveLength(1);

    const session = await completeSessionOverHttp(user);
    // The completion's stream record reaches match-completed-sessions inside the training-stream reader.
    const hr = await eventually(async () => {
      const response = await user.call('GET', `/training/sessions/${session.id}/wearable`);
      return response.status === 200 ? response.body : undefined;
    }, 15_000, 'the workout linked to the completed session');
    expect(hr).toMatchObject({ provider: 'file', calories: 400 });
    await eventually(async () => {
      const wearables = await user.call('GET', '/forge/activities?source=wearable');
      return wearables.body.items.length === 0 ? true : undefined;
    }, 15_000, 'the separate wearable activity removed');
  });
});
