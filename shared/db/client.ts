import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from '../logging/tracer';

/**
 * One document client per process. The endpoint comes from the standard
 * AWS_ENDPOINT_URL_DYNAMODB variable locally; on Lambda it is the regional default. Sockets: the
 * SDK's default of 50 per client would queue the wearable poller's syncs (3 providers ×
 * DEVICES_IN_FLIGHT_PER_PROVIDER, each waiting on one DynamoDB call at a time); a function serving
 * one request opens only the few it uses.
 */
const MAX_SOCKETS = 128;
export const documentClient = DynamoDBDocumentClient.from(traced(new DynamoDBClient({ requestHandler: { httpAgent: { maxSockets: MAX_SOCKETS }, httpsAgent: { maxSockets: MAX_SOCKETS } } })), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
