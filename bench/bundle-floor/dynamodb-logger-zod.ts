// Bundle floor 3: floor 2 plus one small body schema through the project's zod (see bench/bundles.ts).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import * as z from '../../shared/zod';

const logger = new Logger({ serviceName: 'bundle-floor' });
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const bodySchema = z.object({ id: z.string().check(z.minLength(1)), count: z.optional(z.number()), tags: z.optional(z.array(z.string())), kind: z.enum(['a', 'b']) });

export const handler = async (event: { body: string }) => {
  const { id } = bodySchema.parse(JSON.parse(event.body));
  logger.info('get');
  return (await client.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: id, SK: id } }))).Item;
};
