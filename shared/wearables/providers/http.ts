import { ProviderAuthError, ProviderRateLimitedError, ProviderUnavailableError, type ChargeRequest } from '../../domain/wearables/provider';

const TIMEOUT_MS = 15_000;

/** Seconds from a Retry-After header (delta seconds or HTTP date); `fallback` when absent. */
export function retryAfterSeconds(header: string | null, fallback: number, now = Date.now()): number {
  if (!header) return fallback;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(1, Math.ceil((at - now) / 1000)) : fallback;
}

/** A `RateLimit-*` header of comma-separated whole numbers ("short,long"), or null when absent or malformed. */
export function rateLimitList(header: string | null): number[] | null {
  if (!header) return null;
  const values = header.split(',').map((part) => Number(part.trim()));
  return values.length > 0 && values.every((v) => Number.isInteger(v) && v >= 0) ? values : null;
}

/**
 * How long a 429 says to wait: Retry-After when sent; else from `RateLimit-Reset` (seconds per
 * window, Polar's), the latest reset among the windows whose usage reached their limit (a spent
 * 24-h window outlasts the 15-min one), else the soonest reset.
 */
export function waitAfter429(headers: Headers, fallback: number, now = Date.now()): number {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) return retryAfterSeconds(retryAfter, fallback, now);
  const resets = rateLimitList(headers.get('ratelimit-reset'));
  if (!resets) return fallback;
  const usage = rateLimitList(headers.get('ratelimit-usage'));
  const limits = rateLimitList(headers.get('ratelimit-limit'));
  const spent = resets.filter((_, i) => usage && limits && usage[i] !== undefined && limits[i] !== undefined && usage[i]! >= limits[i]!);
  return Math.max(1, spent.length > 0 ? Math.max(...spent) : Math.min(...resets));
}

export const form = (fields: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(fields).flatMap(([k, v]): Array<[string, string]> => (v === undefined ? [] : [[k, String(v)]])));

/**
 * One provider request, charged to the provider's budget first. 429 → ProviderRateLimitedError
 * (Retry-After honoured), 401 → ProviderAuthError, other failures → ProviderUnavailableError.
 * Bodies are never logged or echoed: they may hold tokens.
 */
export async function providerRequest<T>(
  provider: string,
  url: string,
  init: RequestInit & { authKind?: 'access' | 'refresh' | 'code' },
  charge: ChargeRequest,
): Promise<{ status: number; body: T }> {
  await charge();
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new ProviderUnavailableError(provider, `request failed (${(error as Error).name})`);
  }
  const text = await response.text();
  // The provider's current limits (Polar scales them with our registered users): remembered by the budget.
  const limits = rateLimitList(response.headers.get('ratelimit-limit'));
  if (limits && charge.observeLimits) await charge.observeLimits(limits);
  if (response.status === 429) throw new ProviderRateLimitedError(provider, waitAfter429(response.headers, 60), 'provider');
  if (response.status === 401 || (init.authKind && init.authKind !== 'access' && response.status === 400 && /invalid_grant/.test(text))) {
    throw new ProviderAuthError(provider, init.authKind ?? 'access', `HTTP ${response.status}`);
  }
  if (response.status >= 500 || (response.status >= 400 && response.status !== 404 && response.status !== 409)) {
    throw new ProviderUnavailableError(provider, `HTTP ${response.status} from ${new URL(url).pathname}`);
  }
  try {
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  } catch {
    throw new ProviderUnavailableError(provider, `unreadable answer from ${new URL(url).pathname}`);
  }
}

/** Epoch seconds → ISO instant. */
export const isoFromEpoch = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Expiry instant of a token valid for `expiresIn` seconds from `now` (null when not given). */
export const expiryFrom = (expiresIn: unknown, now = Date.now()): string | null =>
  typeof expiresIn === 'number' && Number.isFinite(expiresIn) ? new Date(now + expiresIn * 1000).toISOString() : null;

/** The calendar days [fromDay, toDay] as YYYY-MM-DD. */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${fromDay}T00:00:00Z`); t <= Date.parse(`${toDay}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
