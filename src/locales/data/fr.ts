/**
 * French strings. Data only, no imports: the same file is `cdn/locales/fr.js`, which
 * the kit loads beside its own script when an element first needs French, and the npm
 * build's `story-widgets/locales/fr.js` registers it (see ../fr.ts).
 */
import type { Strings } from '../../internal/locales.js';

export default {
  readFullStory: 'Lire l’article complet',
  showMoreReplies: 'Afficher {count} réponses de plus',
  showOneMoreReply: 'Afficher 1 réponse de plus',
  showFewerReplies: 'Afficher moins de réponses',
  replies: 'Réponses',
  byline: 'Par {name}',
  updated: 'Mis à jour le {date}',
  hatTip: 'Via',
  imageCredit: 'Image : {credit}',
  storyUnavailable: 'Article indisponible',
  postedOn: 'Publié sur {platform}',
  viewOriginal: 'Voir la publication d’origine',
  emailLabel: 'Adresse e-mail',
  nameLabel: 'Nom',
  subscribe: 'S’abonner',
  submitting: 'Abonnement…',
  subscribed: 'Merci ! Vous êtes abonné.',
  pending: 'Presque fini : vérifiez votre boîte de réception pour confirmer.',
  already: 'Vous êtes déjà abonné. Merci !',
  emailMissing: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse comme nom@exemple.fr.',
  consentMissing: 'Cochez la case pour accepter avant de vous abonner.',
  network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  queued: 'Vous êtes hors ligne. Votre inscription est enregistrée et sera envoyée à votre retour en ligne.',
  timeout: 'Le serveur a mis trop de temps à répondre. Réessayez.',
  rateLimited: 'Trop de tentatives. Réessayez dans {seconds} secondes.',
  rateLimitedShort: 'Trop de tentatives. Réessayez dans un instant.',
  server: 'Un problème est survenu de notre côté. Réessayez.',
  rejected: 'Cette adresse n’a pas pu être abonnée. Vérifiez-la et réessayez.',
  honeypot: 'Laissez ce champ vide',
} satisfies Strings;
