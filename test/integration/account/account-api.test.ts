import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/db/client';
import { aws, endpoints, newUser } from '../../support/stack';

/** Every item of the table that mentions `text` anywhere (a test-only Scan: no request path scans). */
async function itemsMentioning(text: string): Promise<Array<Record<string, unknown>>> {
  const found: Array<Record<string, unknown>> = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: endpoints().tableName, ConsistentRead: true, ExclusiveStartKey }));
    found.push(...(page.Items ?? []).filter((item) => JSON.stringify(item).includes(text)));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return found;
}

const legDay = { coach: 'force', discipline: 'strength', title: 'Legs', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }] }] };

describe('export and account deletion', () => {
  it("exports only the caller's data, as JSON and CSV", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await alice.call('PUT', '/me', { body: { displayName: 'Alice' } });
    const session = (await alice.call('POST', '/training/sessions', { body: legDay })).body;
    await bob.call('POST', '/training/sessions', { body: legDay });
    const exported = await alice.call('GET', '/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.entities.trainingSession.map((s: { id: string }) => s.id)).toEqual([session.id]);
    expect(JSON.stringify(exported.body)).not.toContain(bob.sub);
    const csv = await alice.call('GET', '/me/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]!.startsWith('entity,')).toBe(true);
    expect(csv.text).toContain(`trainingSession,${session.id}`.split(',')[0]);
    expect((await alice.call('GET', '/me/export?format=xml')).status).toBe(400);
  });

  it('DELETE /me removes every item and the Cognito user; the other user keeps everything', async () => {
    const alice = await newUser();
    const bob = await newUser();
    await alice.call('POST', '/training/sessions', { body: legDay });
    await bob.call('POST', '/training/sessions', { body: legDay });
    expect((await alice.call('DELETE', '/me')).status).toBe(204);
    await expect(
      aws().cognito.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: endpoints().userPoolClientId, AuthParameters: { USERNAME: alice.email, PASSWORD: 'Passw0rd!x' } })),
    ).rejects.toThrow();
    expect((await bob.call('GET', '/training/sessions')).body.items).toHaveLength(1);
  });

  it('DELETE /me leaves no item mentioning the sub once the stream consumers have run', async () => {
    const alice = await newUser();
    const session = (await alice.call('POST', '/training/sessions', { body: legDay })).body;
    expect((await alice.call('POST', `/training/sessions/${session.id}/start`)).status).toBe(200);
    const set = { id: 'set-1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100 };
    expect((await alice.call('POST', `/training/sessions/${session.id}/sets`, { body: set })).status).toBe(201);
    expect((await alice.call('POST', `/training/sessions/${session.id}/complete`, { body: { rpeAvg: 7 } })).status).toBe(200);
    const goal = await alice.call('POST', '/training/goals', { body: { title: 'Squat 120', kind: 'strength', targetValue: 120, unit: 'kg', exerciseId: 'back-squat' } });
    expect(goal.status).toBe(201);
    const walk = await alice.call('POST', '/forge/manual-activities', { body: { type: 'walk', title: 'Walk', startAt: new Date().toISOString(), durationMin: 30 } });
    expect(walk.status).toBe(201);
    // The projections exist before the erasure (Training day, records, Forge activity of the synced session).
    const deadline = Date.now() + 10_000;
    while ((await itemsMentioning(alice.sub)).filter((item) => String(item.SK).startsWith('TDAY#')).length === 0) {
      if (Date.now() > deadline) throw new Error('the training day never appeared');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    expect((await alice.call('DELETE', '/me')).status).toBe(204);
    // The consumers see the removals a moment later: read the table only after they have settled.
    // Settled = the table has shown nothing of Alice's for 3 s in a row (or 15 s have passed).
    let left = await itemsMentioning(alice.sub);
    const settleBy = Date.now() + 15_000;
    for (let quiet = 0; quiet < 3 && Date.now() < settleBy; ) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      left = await itemsMentioning(alice.sub);
      quiet = left.length === 0 ? quiet + 1 : 0;
    }
    expect(left.map((item) => `${String(item.PK)} ${String(item.SK)}`)).toEqual([]);

    // Alice's token still verifies (it outlives her user): it gets 401 and writes nothing.
    const refused = await Promise.all([
      alice.call('GET', '/me'),
      alice.call('PUT', '/me', { body: { displayName: 'Back again' } }),
      alice.call('POST', '/training/sessions', { body: legDay }),
      alice.call('POST', '/training/goals', { body: { title: 'Again', kind: 'consistency', targetValue: 3, unit: 'sessions' } }),
      alice.call('POST', '/forge/manual-activities', { body: { type: 'walk', startAt: new Date().toISOString(), durationMin: 10 } }),
    ]);
    expect(refused.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
    expect(refused[0]!.headers.get('content-type')).toContain('application/problem+json');
    // Erasing again (an erasure that stopped halfway) is accepted and still leaves nothing.
    expect((await alice.call('DELETE', '/me')).status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await itemsMentioning(alice.sub)).map((item) => `${String(item.PK)} ${String(item.SK)}`)).toEqual([]);
  });
});
