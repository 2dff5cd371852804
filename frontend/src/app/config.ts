/** Run-time settings, read once from /config.json (written by the CDK Web stack, served by `npm start`). */
export interface AppConfig {
  apiUrl: string;
  region: string;
  /** Cognito's JSON API; locally cognito-local, on AWS the regional endpoint. */
  cognitoEndpoint: string;
  userPoolId: string;
  userPoolClientId: string;
  illustrationsBaseUrl: string;
}

const required = ['apiUrl', 'region', 'userPoolId', 'userPoolClientId', 'illustrationsBaseUrl'] as const;

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  const raw = (await response.json()) as Record<string, unknown>;
  const missing = required.filter((key) => typeof raw[key] !== 'string' || raw[key] === '');
  if (missing.length) throw new Error(`/config.json lacks ${missing.join(', ')}`);
  const value = (key: string) => String(raw[key]).replace(/\/+$/, '');
  return {
    apiUrl: value('apiUrl'),
    region: value('region'),
    cognitoEndpoint: typeof raw.cognitoEndpoint === 'string' ? value('cognitoEndpoint') : `https://cognito-idp.${value('region')}.amazonaws.com`,
    userPoolId: value('userPoolId'),
    userPoolClientId: value('userPoolClientId'),
    illustrationsBaseUrl: value('illustrationsBaseUrl'),
  };
}
