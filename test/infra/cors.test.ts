import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCors } from '../../infra/api-settings';
import { startHttpGateway } from '../../infra/local/runtime/http-gateway';
import { fixtureManifest } from '../fixtures/runtime/manifest';
import { buildTestApp } from './support/build';

const list = (header: string | null) => (header ?? '').split(',').map((v) => v.trim()).filter(Boolean).sort();

/** CORS comes from infra/api-settings.ts on both sides: CDK's corsPreflight and the local gateway. */
describe('one CORS setting for AWS and the local cloud', () => {
  let gateway: Awaited<ReturnType<typeof startHttpGateway>>;
  beforeAll(async () => {
    gateway = await startHttpGateway({ routes: fixtureManifest.routes, port: 0, verifyToken: () => Promise.reject(new Error('no token in this test')) });
  });
  afterAll(() => gateway?.stop());

  it('CDK configures the HTTP API with the settings', () => {
    const template = Template.fromStack(buildTestApp({ manifest: fixtureManifest }).stacks.api);
    const [api] = Object.values(template.findResources('AWS::ApiGatewayV2::Api')) as { Properties: { CorsConfiguration: Record<string, unknown> } }[];
    const cors = api!.Properties.CorsConfiguration;
    expect({
      origins: cors.AllowOrigins,
      methods: [...(cors.AllowMethods as string[])].sort(),
      headers: [...(cors.AllowHeaders as string[])].sort(),
      exposed: [...(cors.ExposeHeaders as string[])].sort(),
      maxAge: cors.MaxAge,
    }).toEqual({
      origins: apiCors.allowOrigins,
      methods: [...apiCors.allowMethods].sort(),
      headers: [...apiCors.allowHeaders].sort(),
      exposed: [...apiCors.exposeHeaders].sort(),
      maxAge: apiCors.maxAgeSeconds,
    });
  });

  it('the local gateway answers a preflight with the same settings', async () => {
    const response = await fetch(`${gateway.url}/fixture/whoami/x`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(response.status).toBe(204);
    expect({
      origins: [response.headers.get('access-control-allow-origin')],
      methods: list(response.headers.get('access-control-allow-methods')),
      headers: list(response.headers.get('access-control-allow-headers')),
      maxAge: Number(response.headers.get('access-control-max-age')),
    }).toEqual({
      origins: apiCors.allowOrigins,
      methods: [...apiCors.allowMethods].sort(),
      headers: [...apiCors.allowHeaders].sort(),
      maxAge: apiCors.maxAgeSeconds,
    });
  });

  it('the local gateway exposes the same headers on answers, errors included', async () => {
    const response = await fetch(`${gateway.url}/fixture/whoami/x`, { headers: { origin: 'http://localhost:5173' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(apiCors.allowOrigins[0]);
    expect(list(response.headers.get('access-control-expose-headers'))).toEqual([...apiCors.exposeHeaders].sort());
  });
});
