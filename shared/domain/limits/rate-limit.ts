/**
 * Fixed-window rate limiting: windows are aligned on multiples of the window length since the
 * epoch (10:00–11:00 for an hourly window), so every request can name its window from the clock
 * alone. As with any fixed window, up to 2 × limit can pass around a boundary (end of one window,
 * start of the next).
 */

/** Actions that are rate limited, with their limits (PRODUCT: manual refresh 1 per hour per user). */
export const RATE_LIMITS = {
  insightsRefresh: { limit: 1, windowSeconds: 3_600 },
  progressionRefresh: { limit: 1, windowSeconds: 3_600 },
} as const satisfies Record<string, { limit: number; windowSeconds: number }>;

export interface FixedWindow {
  /** Epoch seconds of the window start (inclusive). */
  start: number;
  /** Epoch seconds of the window end (exclusive); the counter's TTL. */
  end: number;
}

export function fixedWindow(now: Date, windowSeconds: number): FixedWindow {
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) throw new RangeError('windowSeconds must be a positive integer');
  const seconds = Math.floor(now.getTime() / 1000);
  const start = seconds - (seconds % windowSeconds);
  return { start, end: start + windowSeconds };
}

/** Whole seconds until the window ends (at least 1: what `Retry-After` carries). */
export function retryAfterSeconds(now: Date, window: FixedWindow): number {
  return Math.max(1, Math.ceil(window.end - now.getTime() / 1000));
}

export interface RateDecision {
  allowed: boolean;
  /** 0 when allowed; else seconds until the next window. */
  retryAfterSeconds: number;
  /** Requests left in this window after this one (0 when refused). */
  remaining: number;
}

/** Name of the per-window counter attribute (one counter per window, so a new window starts at 0). */
export const windowCounterName = (windowStart: number): string => `n${windowStart}`;
