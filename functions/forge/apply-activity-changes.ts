import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { tableContextFromEnv } from '../../shared/db/context';
import { activityKey, fromItem as activityFromItem } from '../../shared/db/entities/activity';
import { applyActivityChange } from '../../shared/db/entities/forge-day';
import { orderedStreamHandler } from '../../shared/stream/ordered-stream-handler';
import { itemExists } from '../../shared/db/item-exists';

const ctx = tableContextFromEnv();

type Image = Record<string, AttributeValue> | undefined;
const image = (raw: Image) => (raw ? activityFromItem(unmarshall(raw)) : null);

/**
 * Keeps the Forge day aggregates (`FDAY#<day>`) in step with every activity write, whatever its
 * source (synced training session, manual, wearable). The manifest filter only lets activity
 * items through, never the aggregates this consumer writes, so it cannot feed itself. The
 * aggregate remembers the revision applied per activity, so a redelivered record changes nothing.
 *
 * A write whose activity is already gone when the record is read (deleted since, or the whole
 * account was) only takes the old state out of its day: counting it would recreate a day
 * aggregate after its owner's data was deleted. Its own REMOVE record follows and is a no-op then.
 */
export async function applyRecord(record: DynamoDBRecord): Promise<void> {
  const oldImage = image(record.dynamodb?.OldImage as Image);
  let newImage = image(record.dynamodb?.NewImage as Image);
  if (newImage && !(await itemExists(ctx, activityKey(newImage.userId, newImage.id)))) newImage = null;
  await applyActivityChange(ctx, oldImage, newImage);
}

export const handler = orderedStreamHandler('apply-activity-changes', applyRecord);
