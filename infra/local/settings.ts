/** Local-cloud defaults; each port can be moved with an environment variable. */
export const LOCAL_REGION = 'eu-west-3';
export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
export const LOCAL_NAME = 'twinforge-local';

export const defaultPorts = {
  api: 3000,
  web: 5173,
  dynamodb: 8000,
  cognito: 9229,
  s3: 4569,
  sqs: 9324,
  wearables: 9330,
} as const;

export type PortName = keyof typeof defaultPorts;

/** TWINFORGE_PORT_API=3001 etc.; TWINFORGE_PORTS=auto picks free ports (tests). */
export const portVariable = (name: PortName): string => `TWINFORGE_PORT_${name.toUpperCase()}`;
