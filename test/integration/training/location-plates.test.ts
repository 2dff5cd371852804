import { describe, expect, it } from 'vitest';
import { newUser } from '../../support/stack';

const garage = { name: 'Garage', kind: 'home', equipment: ['barbell', 'rack'] };
const plates = { unit: 'kg', bar: 20, plates: [{ weight: 20, pairs: 1 }, { weight: 10, pairs: 2 }] };

describe('a location’s plate inventory', () => {
  it('is stored, changed and cleared with the location; absent stays absent', async () => {
    const user = await newUser();
    const plain = await user.call('POST', '/training/locations', { body: garage });
    expect(plain.status).toBe(201);
    expect(plain.body.plates).toBeUndefined();

    const created = await user.call('POST', '/training/locations', { body: { ...garage, name: 'Home', plates } });
    expect(created.status).toBe(201);
    expect(created.body.plates).toEqual(plates);
    const renamed = await user.call('PATCH', `/training/locations/${created.body.id}`, { body: { name: 'Home gym' } });
    expect(renamed.body.plates).toEqual(plates);
    const cleared = await user.call('PATCH', `/training/locations/${created.body.id}`, { body: { plates: null } });
    expect(cleared.body.plates).toBeNull();
  });

  it('answers 400 naming the plate field to fix', async () => {
    const user = await newUser();
    const response = await user.call('POST', '/training/locations', { body: { ...garage, plates: { ...plates, plates: [{ weight: 20, pairs: 0 }] } } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: 'body.plates.plates.0.pairs', code: 'too_small' })]);
  });
});
