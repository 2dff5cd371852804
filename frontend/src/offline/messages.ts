/**
 * Texts of the offline live session (outbox status, held writes), merged into the app's
 * dictionaries (i18n/en.ts, i18n/fr.ts). fr must have exactly en's keys (checked by its type).
 */
export const en = {
  'offline.waiting': 'Offline — {n} sets waiting',
  'offline.waitingOne': 'Offline — 1 set waiting',
  'offline.kept': 'Offline — what you log is kept on this device',
  'offline.sending': 'Sending {n} sets…',
  'offline.sendingOne': 'Sending 1 set…',
  'offline.held.set': 'A set logged at {time} could not be saved: {reason}.',
  'offline.held.complete': 'Finishing the session at {time} could not be saved: {reason}.',
  'offline.reason.closed': 'the session was finished or deleted on another device',
  'offline.reason.refused': 'the server refused it ({detail})',
  'offline.dismiss': 'Dismiss',
  'offline.finished.title': 'Session finished',
  'offline.finished.body': 'Your feedback is kept on this device and will be sent after your sets as soon as you are back online; the summary appears then.',
} satisfies Record<string, string>;

export const fr: { [K in keyof typeof en]: string } = {
  'offline.waiting': 'Hors ligne — {n} séries en attente',
  'offline.waitingOne': 'Hors ligne — 1 série en attente',
  'offline.kept': 'Hors ligne — ce que vous notez est gardé sur cet appareil',
  'offline.sending': 'Envoi de {n} séries…',
  'offline.sendingOne': 'Envoi d’une série…',
  'offline.held.set': 'Une série notée à {time} n’a pas pu être enregistrée : {reason}.',
  'offline.held.complete': 'La fin de séance de {time} n’a pas pu être enregistrée : {reason}.',
  'offline.reason.closed': 'la séance a été terminée ou supprimée sur un autre appareil',
  'offline.reason.refused': 'le serveur l’a refusée ({detail})',
  'offline.dismiss': 'Ignorer',
  'offline.finished.title': 'Séance terminée',
  'offline.finished.body': 'Votre retour est gardé sur cet appareil et sera envoyé après vos séries dès que vous serez de nouveau en ligne ; le bilan s’affichera alors.',
};
