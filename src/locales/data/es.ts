/**
 * Spanish strings. Data only, no imports: the same file is `cdn/locales/es.js`, which
 * the kit loads beside its own script when an element first needs Spanish, and the npm
 * build's `story-widgets/locales/es.js` registers it (see ../es.ts).
 */
import type { Strings } from '../../internal/locales.js';

export default {
  readFullStory: 'Leer la historia completa',
  showMoreReplies: 'Mostrar {count} respuestas más',
  showOneMoreReply: 'Mostrar 1 respuesta más',
  showFewerReplies: 'Mostrar menos respuestas',
  replies: 'Respuestas',
  byline: 'Por {name}',
  updated: 'Actualizado el {date}',
  hatTip: 'Vía',
  imageCredit: 'Imagen: {credit}',
  storyUnavailable: 'Historia no disponible',
  postedOn: 'Publicado en {platform}',
  viewOriginal: 'Ver la publicación original',
  emailLabel: 'Correo electrónico',
  nameLabel: 'Nombre',
  subscribe: 'Suscribirme',
  submitting: 'Suscribiendo…',
  subscribed: '¡Gracias! Ya estás suscrito.',
  pending: 'Casi listo: revisa tu bandeja de entrada para confirmar la suscripción.',
  already: 'Ya estabas suscrito. ¡Gracias!',
  emailMissing: 'Escribe tu correo electrónico.',
  emailInvalid: 'Escribe un correo como nombre@ejemplo.com.',
  consentMissing: 'Marca la casilla para aceptar antes de suscribirte.',
  network: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  queued: 'Estás sin conexión. Guardamos tu suscripción y la enviaremos cuando vuelvas a estar en línea.',
  timeout: 'El servidor tardó demasiado en responder. Inténtalo de nuevo.',
  rateLimited: 'Demasiados intentos. Inténtalo de nuevo en {seconds} segundos.',
  rateLimitedShort: 'Demasiados intentos. Inténtalo de nuevo en un momento.',
  server: 'Algo salió mal de nuestro lado. Inténtalo de nuevo.',
  rejected: 'No pudimos suscribir este correo. Revísalo e inténtalo de nuevo.',
  honeypot: 'Deja este campo vacío',
} satisfies Strings;
