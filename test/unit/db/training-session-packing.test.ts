import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { prescribedRefs } from '../../../functions/illustrations/prescribed';
import { fromItem, toItem } from '../../../shared/db/entities/training-session';
import { unpacked } from '../../../shared/db/entities/training-session-packing';
import type { LoggedSet } from '../../../shared/domain/training/session';
import { draftSession } from '../../support/sessions';

/** A stored item as a Lambda stream event carries it: DynamoDB JSON, where a binary is base64 text. */
const asLambdaEventImage = (item: Record<string, unknown>): Record<string, AttributeValue> => {
  const json = (value: unknown): unknown =>
    value instanceof Uint8Array ? Buffer.from(value).toString('base64')
    : Array.isArray(value) ? value.map(json)
    : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, json(v)]))
    : value;
  return JSON.parse(JSON.stringify(json(marshall(item, { removeUndefinedValues: true })))) as Record<string, AttributeValue>;
};

describe('a session item with packed attributes', () => {
  const at = '2026-11-20T18:00:00.000Z';
  const loggedSets: LoggedSet[] = [{ id: 'set-1', exerciseIndex: 0, exerciseId: 'back-squat', setIndex: 0, reps: 5, loadKg: 100, durationSec: null, distanceM: null, rpe: 8, rir: null, completedAt: at }];
  const session = draftSession('user-1', { status: 'active', startedAt: at, loggedSets });

  it('reads back from the SDK (bytes) and from a Lambda stream event (base64 text) alike', () => {
    const item = toItem(session);
    expect(item.prescription).toBeInstanceOf(Uint8Array);
    expect(fromItem(unmarshall(marshall(item, { removeUndefinedValues: true })))).toEqual(session);
    const image = asLambdaEventImage(item);
    expect(typeof image.prescription!.B).toBe('string');
    expect(fromItem(unmarshall(image))).toEqual(session);
  });

  it("gives the illustrations consumer the prescription's exercises from a Lambda stream image", () => {
    const image = unpacked(unmarshall(asLambdaEventImage(toItem(session))));
    expect(prescribedRefs(image as { discipline: string; prescription: unknown })).toEqual([{ exerciseId: 'back-squat', discipline: 'strength' }]);
  });
});
