/**
 * Texts of the exercise illustrations (frontend/src/training/illustrations), merged into the app's
 * dictionaries (i18n/en.ts, i18n/fr.ts); fr must have exactly en's keys (checked by its type).
 */
export const en = {
  'illustration.alt': 'How to do {name}',
  'illustration.pending': 'The illustration of {name} is being drawn',
  'illustration.failed': 'No illustration of {name} yet',
};

export const fr: typeof en = {
  'illustration.alt': 'Comment faire : {name}',
  'illustration.pending': 'L’illustration de {name} est en cours de création',
  'illustration.failed': 'Pas encore d’illustration pour {name}',
};
