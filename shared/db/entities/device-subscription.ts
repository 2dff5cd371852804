import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { userPartition } from '../keys';

export const DEVICE_SUBSCRIPTION_ENTITY = 'deviceSubscription';

/**
 * `USER#<sub>` / `DEVICE#<provider>#NOTIFY`: the user's notification subscription at a provider
 * that subscribes per user (Withings), written once the provider accepted it. Its presence makes
 * the device's polling a 24-h reconciliation; it goes with disconnect and with the account.
 */
export const subscriptionKey = (userId: string, provider: string) => ({ PK: userPartition(userId), SK: `DEVICE#${provider}#NOTIFY` });

export interface NotifySubscription {
  userId: string;
  provider: string;
  /** The notification categories subscribed (Withings `appli` values). */
  categories: number[];
  subscribedAt: string;
}

export async function getNotifySubscription(ctx: TableContext, userId: string, provider: string): Promise<NotifySubscription | null> {
  const item = (await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: subscriptionKey(userId, provider) }))).Item;
  return item ? { userId: String(item.userId), provider: String(item.provider), categories: (item.categories as number[]) ?? [], subscribedAt: String(item.subscribedAt) } : null;
}

export async function putNotifySubscription(ctx: TableContext, subscription: NotifySubscription): Promise<void> {
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: { ...subscriptionKey(subscription.userId, subscription.provider), entity: DEVICE_SUBSCRIPTION_ENTITY, ...subscription } }));
}

export async function deleteNotifySubscription(ctx: TableContext, userId: string, provider: string): Promise<void> {
  await documentClient.send(new DeleteCommand({ TableName: ctx.tableName, Key: subscriptionKey(userId, provider) }));
}
