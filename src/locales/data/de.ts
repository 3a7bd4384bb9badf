/**
 * German strings. Data only, no imports: the same file is `cdn/locales/de.js`, which
 * the kit loads beside its own script when an element first needs German, and the npm
 * build's `story-widgets/locales/de.js` registers it (see ../de.ts).
 */
import type { Strings } from '../../internal/locales.js';

export default {
  readFullStory: 'Ganzen Artikel lesen',
  showMoreReplies: '{count} weitere Antworten anzeigen',
  showOneMoreReply: '1 weitere Antwort anzeigen',
  showFewerReplies: 'Weniger Antworten anzeigen',
  replies: 'Antworten',
  byline: 'Von {name}',
  updated: 'Aktualisiert am {date}',
  hatTip: 'Via',
  imageCredit: 'Bild: {credit}',
  storyUnavailable: 'Artikel nicht verfügbar',
  postedOn: 'Gepostet auf {platform}',
  viewOriginal: 'Originalbeitrag ansehen',
  emailLabel: 'E-Mail-Adresse',
  nameLabel: 'Name',
  subscribe: 'Abonnieren',
  submitting: 'Wird abonniert…',
  subscribed: 'Danke! Du hast abonniert.',
  pending: 'Fast geschafft: Bitte bestätige die Anmeldung in deinem Posteingang.',
  already: 'Du hast bereits abonniert. Danke!',
  emailMissing: 'Gib deine E-Mail-Adresse ein.',
  emailInvalid: 'Gib eine E-Mail-Adresse wie name@beispiel.de ein.',
  consentMissing: 'Setze das Häkchen, um vor dem Abonnieren zuzustimmen.',
  network: 'Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
  queued: 'Du bist offline. Deine Anmeldung ist gespeichert und wird gesendet, sobald du wieder online bist.',
  timeout: 'Der Server hat zu lange gebraucht. Bitte versuche es erneut.',
  rateLimited: 'Zu viele Versuche. Bitte versuche es in {seconds} Sekunden erneut.',
  rateLimitedShort: 'Zu viele Versuche. Bitte versuche es gleich erneut.',
  server: 'Bei uns ist etwas schiefgelaufen. Bitte versuche es erneut.',
  rejected: 'Diese Adresse konnte nicht angemeldet werden. Prüfe sie und versuche es erneut.',
  honeypot: 'Dieses Feld leer lassen',
} satisfies Strings;
