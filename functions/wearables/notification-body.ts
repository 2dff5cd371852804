import * as z from '../../shared/zod';
import type { HttpEvent } from '../../shared/http/middleware';
import { fieldErrorsFromZod, problems } from '../../shared/http/problem';

/** The body exactly as sent (what a signature covers). */
export const rawBody = (event: HttpEvent): string => (event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? ''));

/** A request header, whatever its case. */
export function header(event: HttpEvent, name: string): string | undefined {
  const headers = event.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? headers[key] : undefined;
}

/** Validates a provider's notification, 400 naming the field when it does not fit. */
export function parseNotification<T>(schema: z.core.$ZodType<T>, value: unknown): T {
  const result = z.safeParse(schema, value);
  if (!result.success) throw problems.validation(fieldErrorsFromZod(result.error, 'body', value));
  return result.data;
}

/** A JSON notification body: 400 when it is not JSON, or when it does not fit (naming the field). */
export function parseJsonNotification<T>(schema: z.core.$ZodType<T>, body: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw problems.malformedJson((error as Error).message);
  }
  return parseNotification(schema, parsed);
}
