import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type HttpResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number };

export interface ResponseOptions {
  headers?: Record<string, string>;
  /** Seconds a private client cache may reuse the answer. */
  maxAgeSeconds?: number;
}

export function json(statusCode: number, body: unknown, options: ResponseOptions = {}): HttpResponse {
  return {
    statusCode,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': options.maxAgeSeconds ? `private, max-age=${options.maxAgeSeconds}` : 'no-store',
      ...options.headers,
    },
    body: JSON.stringify(body),
  };
}

export const noContent = (headers: Record<string, string> = {}): HttpResponse => ({
  statusCode: 204,
  headers: { 'cache-control': 'no-store', ...headers },
});
