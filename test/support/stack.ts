import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { localClients } from '../../infra/local/aws-clients';
import { createConfirmedUser, signIn } from '../../infra/local/users';
import { contractViolation } from './contract-check';

export const endpoints = () => inject('endpoints');

let clients: ReturnType<typeof localClients> | undefined;
export const aws = () => (clients ??= localClients(endpoints()));

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * Calls the local API; JSON bodies are encoded, answers decoded when they are JSON. A 2xx answer
 * that does not match the response schema its route documents fails the calling test.
 */
export async function call<T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${endpoints().apiUrl}${path}`, { method, headers, body });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const answer = { status: response.status, headers: response.headers, text, body: (type.includes('json') && text ? JSON.parse(text) : text) as T };
  const violation = contractViolation(method, path, { ...answer, contentType: type });
  if (violation) throw new Error(`API answer outside its documented contract: ${violation}`);
  return answer;
}

export interface TestUser {
  email: string;
  sub: string;
  token: string;
  call<T = any>(method: string, path: string, options?: { body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<ApiResponse<T>>;
}

/** A fresh, real Cognito user (unique email), signed in; its data is keyed by its own `sub`. */
export async function newUser(options: { admin?: boolean } = {}): Promise<TestUser> {
  const email = `it-${randomUUID()}@example.test`;
  const password = 'Passw0rd!x';
  const { sub } = await createConfirmedUser(aws().cognito, endpoints().userPoolId, { email, password, admin: options.admin });
  const { accessToken } = await signIn(aws().cognito, endpoints().userPoolClientId, email, password);
  return { email, sub, token: accessToken, call: (method, path, opts = {}) => call(method, path, { ...opts, token: accessToken }) };
}
