import { problems } from '../../shared/http/problem';

/** Clock skew tolerated between the client and us for a start instant. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Forge tracks what was done: an activity cannot start in the future. */
export function refuseFutureStart(startAt: string | undefined, now: Date): void {
  if (startAt !== undefined && Date.parse(startAt) > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw problems.validation([{ path: 'body.startAt', code: 'in_future', message: 'must not be in the future: log an activity once it has started' }]);
  }
}
