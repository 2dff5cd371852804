/** How often a connected device of a provider that does not push (Oura) is polled. */
export const POLL_INTERVAL_MS = 15 * 60_000;
