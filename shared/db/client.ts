import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from '../logging/tracer';

/**
 * One document client per process. The endpoint comes from the standard
 * AWS_ENDPOINT_URL_DYNAMODB variable locally; on Lambda it is the regional default.
 */
export const documentClient = DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
