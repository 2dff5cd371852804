import { dlqUrlVariable, queueUrlVariable } from './manifest-types';

/** The concrete names of the deployed (or local) resources a function may need. */
export interface ResourceNames {
  stage: string;
  tableName: string;
  /** Queue name (as in the manifest) → queue URL. */
  queueUrls: Record<string, string>;
  /** Queue name → its dead-letter queue URL. */
  dlqUrls: Record<string, string>;
  illustrationsBucket: string;
  illustrationsBaseUrl: string;
  /** Uploaded workout files. */
  importsBucket: string;
  userPoolId: string;
  userPoolClientId: string;
  /** HMAC key for pagination cursors (a generated secret on AWS, a random local value). */
  cursorSecret?: string;
  openAiSecretArn?: string;
  /** The wearable providers' client credentials (JSON), on AWS. */
  wearablesSecretArn?: string;
  wearablesKeyId?: string;
  /** Non-secret AI settings; default: those set in the environment running the synth / `npm start`. */
  aiSettings?: Partial<Record<AiSettingVariable, string>>;
}

/**
 * AI settings handlers read (shared/ai/settings.ts), passed through when set. Never the key: on AWS
 * it only comes from the Secrets Manager secret (OPENAI_SECRET_ARN); locally OPENAI_API_KEY is read
 * from the `npm start` environment, never written into a template.
 */
export const AI_SETTING_VARIABLES = [
  'OPENAI_MODEL',
  'OPENAI_BASE_URL',
  'OPENAI_TIMEOUT_MS',
  'OPENAI_MAX_RETRIES',
  'OPENAI_REASONING_EFFORT',
  'OPENAI_MAX_OUTPUT_TOKENS',
  'OPENAI_PRICE_INPUT_PER_MTOK',
  'OPENAI_PRICE_OUTPUT_PER_MTOK',
  'AI_MONTHLY_BUDGET_USD',
  // The illustration worker's image model (shared/ai/image-model.ts).
  'OPENAI_IMAGE_MODEL',
  'OPENAI_IMAGE_QUALITY',
  'OPENAI_IMAGE_BASE_URL',
  'OPENAI_IMAGE_TIMEOUT_MS',
  'OPENAI_IMAGE_PRICE_USD',
] as const;
export type AiSettingVariable = (typeof AI_SETTING_VARIABLES)[number];

export const aiSettingsFrom = (source: NodeJS.ProcessEnv): Partial<Record<AiSettingVariable, string>> =>
  Object.fromEntries(AI_SETTING_VARIABLES.flatMap((name) => (source[name] ? [[name, source[name]]] : [])));

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
    IMPORTS_BUCKET: resources.importsBucket,
    USER_POOL_ID: resources.userPoolId,
    USER_POOL_CLIENT_ID: resources.userPoolClientId,
    POWERTOOLS_SERVICE_NAME: 'twinforge',
  };
  for (const [name, url] of Object.entries(resources.queueUrls)) env[queueUrlVariable(name)] = url;
  for (const [name, url] of Object.entries(resources.dlqUrls)) env[dlqUrlVariable(name)] = url;
  if (resources.cursorSecret) env.CURSOR_SECRET = resources.cursorSecret;
  if (resources.openAiSecretArn) env.OPENAI_SECRET_ARN = resources.openAiSecretArn;
  if (resources.wearablesSecretArn) env.WEARABLES_SECRET_ARN = resources.wearablesSecretArn;
  if (resources.wearablesKeyId) env.WEARABLES_KMS_KEY_ID = resources.wearablesKeyId;
  for (const [name, value] of Object.entries(resources.aiSettings ?? aiSettingsFrom(process.env))) if (value) env[name] = value;
  return env;
}
