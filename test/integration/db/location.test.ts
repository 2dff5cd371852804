import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { InvalidCursorError } from '../../../shared/db/cursor';
import { createLocation, deleteLocation, getLocation, listLocations, updateLocation } from '../../../shared/db/entities/location';
import { openPartition } from '../../../shared/db/keys';
import { GSI5 } from '../../../shared/db/table-definition';
import { newId } from '../../../shared/db/ids';
import { locationCreateSchema, locationUpdateSchema, newLocation, type Location } from '../../../shared/domain/training/location';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;

function location(userId: string, name = 'Basic-Fit', at = Date.now()): Location {
  const fields = locationCreateSchema.parse({ name, equipment: ['rack', 'barbell', 'bench', 'dumbbell'] });
  return newLocation({ id: newId(at), userId, fields, now: new Date(at) });
}

describe('location repository', () => {
  it('creates with equipment in catalog order, reads back, never overwrites', async () => {
    const loc = location(uniqueUserId());
    expect(loc.equipment).toEqual(['barbell', 'dumbbell', 'bench', 'rack']);
    await createLocation(ctx(), loc);
    expect(await getLocation(ctx(), loc.userId, loc.id)).toEqual(loc);
    await expect(createLocation(ctx(), { ...loc, name: 'other' })).rejects.toThrow();
    expect((await getLocation(ctx(), loc.userId, loc.id))!.name).toBe('Basic-Fit');
  });

  it('refuses equipment outside the catalog, duplicates, and none with something else', () => {
    expect(locationCreateSchema.safeParse({ name: 'x', equipment: ['laser-sword'] }).success).toBe(false);
    expect(locationCreateSchema.safeParse({ name: 'x', equipment: ['rack', 'rack'] }).success).toBe(false);
    expect(locationCreateSchema.safeParse({ name: 'x', equipment: ['none', 'rack'] }).success).toBe(false);
    expect(locationCreateSchema.safeParse({ name: 'x', equipment: ['none'] }).success).toBe(true);
    expect(locationUpdateSchema.safeParse({}).success).toBe(false);
    expect(locationUpdateSchema.safeParse({ PK: 'USER#other' }).success).toBe(false);
  });

  it('updates only the given fields with one conditional UpdateItem', async () => {
    const loc = location(uniqueUserId());
    await createLocation(ctx(), loc);
    const later = new Date(Date.now() + 1000);
    expect(await commandsOf(() => updateLocation(ctx(), loc.userId, loc.id, { equipment: ['rings', 'pull-up-bar', 'band'] }, later))).toEqual(['UpdateItem']);
    const updated = await getLocation(ctx(), loc.userId, loc.id);
    expect(updated).toEqual({ ...loc, equipment: ['pull-up-bar', 'rings', 'band'], updatedAt: later.toISOString() });
    const renamed = await updateLocation(ctx(), loc.userId, loc.id, { name: 'Home' });
    expect(renamed).toMatchObject({ name: 'Home', equipment: ['pull-up-bar', 'rings', 'band'] });
  });

  it('lists with signed cursors, and stays in the OPEN index for Today', async () => {
    const userId = uniqueUserId();
    const t = Date.now();
    const locs = [location(userId, 'A', t), location(userId, 'B', t + 1), location(userId, 'C', t + 2)];
    for (const loc of locs) await createLocation(ctx(), loc);
    const first = await listLocations(ctx(), userId, { limit: 2 });
    const second = await listLocations(ctx(), userId, { limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((l) => l.name)).toEqual(['A', 'B', 'C']);
    await expect(listLocations(ctx(), uniqueUserId(), { limit: 2, cursor: first.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    const open = await documentClient.send(
      new QueryCommand({ TableName: ctx().tableName, IndexName: GSI5, KeyConditionExpression: 'GSI2PK = :pk', ExpressionAttributeValues: { ':pk': openPartition(userId) } }),
    );
    expect(open.Items!.map((item) => item.entity)).toEqual(['location', 'location', 'location']);
  });

  it("never shows, changes or deletes another user's location", async () => {
    const loc = location(uniqueUserId());
    await createLocation(ctx(), loc);
    const bob = uniqueUserId();
    expect(await getLocation(ctx(), bob, loc.id)).toBeNull();
    expect(await updateLocation(ctx(), bob, loc.id, { name: 'mine' })).toBeNull();
    expect(await deleteLocation(ctx(), bob, loc.id)).toBe(false);
    expect((await listLocations(ctx(), bob, { limit: 10 })).items).toEqual([]);
    // The refused update did not create an item in Bob's partition either.
    expect(await getLocation(ctx(), bob, loc.id)).toBeNull();
    expect(await getLocation(ctx(), loc.userId, loc.id)).toEqual(loc);
  });

  it('deletes', async () => {
    const loc = location(uniqueUserId());
    await createLocation(ctx(), loc);
    expect(await deleteLocation(ctx(), loc.userId, loc.id)).toBe(true);
    expect(await getLocation(ctx(), loc.userId, loc.id)).toBeNull();
    expect(await deleteLocation(ctx(), loc.userId, loc.id)).toBe(false);
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const loc = location(uniqueUserId());
    await createLocation(ctx(), loc);
    expect(await commandsOf(() => getLocation(ctx(), loc.userId, loc.id))).toEqual(['GetItem']);
    expect(await commandsOf(() => listLocations(ctx(), loc.userId, { limit: 20 }))).toEqual(['Query']);
  });
});
