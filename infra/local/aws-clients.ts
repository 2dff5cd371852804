import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './settings';

const base = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };

/** SDK clients pointed at the local emulators (for provisioning, CLIs and tests; handlers use env endpoints). */
export const localClients = (endpoints: { dynamodbEndpoint: string; sqsEndpoint: string; s3Endpoint: string; cognitoEndpoint: string }) => ({
  dynamodb: new DynamoDBClient({ ...base, endpoint: endpoints.dynamodbEndpoint }),
  sqs: new SQSClient({ ...base, endpoint: endpoints.sqsEndpoint }),
  s3: new S3Client({ ...base, endpoint: endpoints.s3Endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' }),
  cognito: new CognitoIdentityProviderClient({ ...base, endpoint: endpoints.cognitoEndpoint }),
});

export type LocalClients = ReturnType<typeof localClients>;
