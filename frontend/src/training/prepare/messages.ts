/**
 * Texts of this feature, merged into the app's dictionaries (i18n/en.ts, i18n/fr.ts).
 * Keys are namespaced ('prepare.…'); fr must have exactly en's keys (checked by its type).
 */
export const en = {} as const satisfies Record<string, string>;

export const fr: { [K in keyof typeof en]: string } = {};
