import type { TextKey } from '../i18n/i18n';

const KNOWN = ['polar', 'withings', 'oura', 'file'] as const;

/** A provider's name as shown ("Polar", "workout file"); an unknown id as it is. */
export function providerName(t: (key: TextKey) => string, provider: string | null | undefined): string {
  return provider && (KNOWN as readonly string[]).includes(provider) ? t(`wearables.provider.${provider as (typeof KNOWN)[number]}`) : (provider ?? '');
}
