import { queueUrlVariable } from './manifest-types';

/** The concrete names of the deployed (or local) resources a function may need. */
export interface ResourceNames {
  stage: string;
  tableName: string;
  /** Queue name (as in the manifest) → queue URL. */
  queueUrls: Record<string, string>;
  illustrationsBucket: string;
  illustrationsBaseUrl: string;
  userPoolId: string;
  userPoolClientId: string;
  /** HMAC key for pagination cursors (a generated secret on AWS, a random local value). */
  cursorSecret?: string;
  openAiSecretArn?: string;
  wearablesKeyId?: string;
}

/**
 * The environment every function gets, on AWS and locally alike. Handlers read the
 * variables they need once at init (shared/config/env.ts).
 */
export function functionEnvironment(resources: ResourceNames): Record<string, string> {
  const env: Record<string, string> = {
    STAGE: resources.stage,
    TABLE_NAME: resources.tableName,
    ILLUSTRATIONS_BUCKET: resources.illustrationsBucket,
    ILLUSTRATIONS_BASE_URL: resources.illustrationsBaseUrl,
    USER_POOL_ID: resources.userPoolId,
    USER_POOL_CLIENT_ID: resources.userPoolClientId,
    POWERTOOLS_SERVICE_NAME: 'twinforge',
  };
  for (const [name, url] of Object.entries(resources.queueUrls)) env[queueUrlVariable(name)] = url;
  if (resources.cursorSecret) env.CURSOR_SECRET = resources.cursorSecret;
  if (resources.openAiSecretArn) env.OPENAI_SECRET_ARN = resources.openAiSecretArn;
  if (resources.wearablesKeyId) env.WEARABLES_KMS_KEY_ID = resources.wearablesKeyId;
  return env;
}
