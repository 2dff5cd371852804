import { describe, expect, it } from 'vitest';
import { setAll } from '../../../shared/db/update';

describe('setAll', () => {
  it('sets every attribute but the key, keeps listed ones when present, removes undefined ones', () => {
    const parts = setAll({ PK: 'p', SK: 's', title: 'x', createdAt: 't', gone: undefined, nothing: null }, ['createdAt']);
    expect(parts.UpdateExpression).toBe('SET #u0 = :u0, #u1 = if_not_exists(#u1, :u1), #u3 = :u3 REMOVE #u2');
    expect(parts.ExpressionAttributeNames).toEqual({ '#u0': 'title', '#u1': 'createdAt', '#u2': 'gone', '#u3': 'nothing' });
    expect(parts.ExpressionAttributeValues).toEqual({ ':u0': 'x', ':u1': 't', ':u3': null });
  });
});
