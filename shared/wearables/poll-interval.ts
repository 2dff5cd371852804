/** How often a connected device is polled when its provider does not push to us (or its push is not in place: e.g. Oura subscriptions expired). */
export const POLL_INTERVAL_MS = 15 * 60_000;
