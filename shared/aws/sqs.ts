import { SQSClient } from '@aws-sdk/client-sqs';
import { traced } from '../logging/tracer';

/** One SQS client per process; the endpoint comes from AWS_ENDPOINT_URL_SQS locally. */
export const sqsClient = traced(new SQSClient({}));
