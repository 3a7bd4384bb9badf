/**
 * Arabic strings. Data only, no imports: the same file is `cdn/locales/ar.js`, which
 * the kit loads beside its own script when an element first needs Arabic, and the npm
 * build's `story-widgets/locales/ar.js` registers it (see ../ar.ts).
 */
import type { Strings } from '../../internal/locales.js';

export default {
  readFullStory: 'اقرأ القصة كاملة',
  showMoreReplies: 'عرض {count} ردود أخرى',
  showOneMoreReply: 'عرض رد واحد آخر',
  showFewerReplies: 'عرض ردود أقل',
  replies: 'الردود',
  byline: 'بقلم {name}',
  updated: 'آخر تحديث: {date}',
  hatTip: 'عبر',
  imageCredit: 'الصورة: {credit}',
  storyUnavailable: 'القصة غير متاحة',
  postedOn: 'نُشر على {platform}',
  viewOriginal: 'عرض المنشور الأصلي',
  emailLabel: 'البريد الإلكتروني',
  nameLabel: 'الاسم',
  subscribe: 'اشترك',
  submitting: 'جارٍ الاشتراك…',
  subscribed: 'شكرًا! تم اشتراكك.',
  pending: 'اقتربنا: تحقق من بريدك الوارد لتأكيد الاشتراك.',
  already: 'أنت مشترك بالفعل. شكرًا!',
  emailMissing: 'أدخل بريدك الإلكتروني.',
  emailInvalid: 'أدخل بريدًا إلكترونيًا مثل name@example.com.',
  consentMissing: 'حدّد المربع للموافقة قبل الاشتراك.',
  network: 'تعذر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
  queued: 'أنت غير متصل. حفظنا اشتراكك وسنرسله عند عودتك إلى الاتصال.',
  timeout: 'استغرق الخادم وقتًا طويلاً للرد. حاول مرة أخرى.',
  rateLimited: 'محاولات كثيرة جدًا. حاول مرة أخرى بعد {seconds} ثانية.',
  rateLimitedShort: 'محاولات كثيرة جدًا. حاول مرة أخرى بعد قليل.',
  server: 'حدث خطأ من جهتنا. حاول مرة أخرى.',
  rejected: 'تعذر اشتراك هذا البريد. تحقق منه وحاول مرة أخرى.',
  honeypot: 'اترك هذا الحقل فارغًا',
} satisfies Strings;
