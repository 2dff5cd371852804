import type { HttpEvent } from '../../shared/http/middleware';

/** The API's public base URL: API_PUBLIC_URL when set (local), else the HTTP API's own domain. */
export function apiBaseUrl(event: HttpEvent): string {
  if (process.env.API_PUBLIC_URL) return process.env.API_PUBLIC_URL.replace(/\/$/, '');
  return `https://${event.requestContext.domainName}`;
}

/** The OAuth redirect URI registered with each provider: our public callback. */
export const callbackUrl = (event: HttpEvent, provider: string) => `${apiBaseUrl(event)}/wearables/${provider}/callback`;

/**
 * Where the browser goes after the callback: the `returnTo` the app sent (only on the app's own
 * origin when WEB_APP_URL is configured), else the app's Devices screen.
 */
export function returnUrl(returnTo: string | null | undefined): string | null {
  const app = process.env.WEB_APP_URL;
  if (returnTo && (!app || new URL(returnTo).origin === new URL(app).origin)) return returnTo;
  return app ? `${app.replace(/\/$/, '')}/devices` : null;
}

/** Where Polar delivers our webhook's notifications. */
export const polarNotificationsUrl = (apiBase: string) => `${apiBase.replace(/\/$/, '')}/wearables/polar/notifications`;

/** Where Oura delivers our subscriptions' notifications (and checks them with its verification GET). */
export const ouraNotificationsUrl = (apiBase: string) => `${apiBase.replace(/\/$/, '')}/wearables/oura/notifications`;
