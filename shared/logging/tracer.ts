import { createRequire } from 'node:module';
import type { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * X-Ray tracing, on AWS only: CDK turns active tracing on and sets POWERTOOLS_TRACE_ENABLED; the
 * tracer then comes from the tracing layer (infra/cdk/constructs/tracing-layer.ts), not from the
 * bundle. Locally, in tests and in the bench it is never loaded.
 */
const enabled = process.env.POWERTOOLS_TRACE_ENABLED === 'true' && Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);

export const tracer: Tracer | undefined = enabled
  ? new (createRequire(import.meta.url)('@aws-lambda-powertools/tracer') as typeof import('@aws-lambda-powertools/tracer')).Tracer({
      serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'twinforge',
    })
  : undefined;

/** An AWS SDK v3 client whose calls become X-Ray subsegments when tracing is on; else the client itself. */
export function traced<T>(client: T): T {
  return tracer ? tracer.captureAWSv3Client(client) : client;
}
