/**
 * Japanese strings. Data only, no imports: the same file is `cdn/locales/ja.js`, which
 * the kit loads beside its own script when an element first needs Japanese, and the npm
 * build's `story-widgets/locales/ja.js` registers it (see ../ja.ts).
 */
import type { Strings } from '../../internal/locales.js';

export default {
  readFullStory: '記事全文を読む',
  showMoreReplies: 'ほかの返信を{count}件表示',
  showOneMoreReply: 'ほかの返信を1件表示',
  showFewerReplies: '返信を折りたたむ',
  replies: '返信',
  byline: '{name}',
  updated: '{date} 更新',
  hatTip: '情報元',
  imageCredit: '画像: {credit}',
  storyUnavailable: '記事を表示できません',
  postedOn: '{platform}に投稿',
  viewOriginal: '元の投稿を見る',
  emailLabel: 'メールアドレス',
  nameLabel: '名前',
  subscribe: '購読する',
  submitting: '登録中…',
  subscribed: 'ありがとうございます。購読が完了しました。',
  pending: 'あと少しです。受信トレイのメールで購読を確認してください。',
  already: 'すでに購読済みです。ありがとうございます。',
  emailMissing: 'メールアドレスを入力してください。',
  emailInvalid: 'name@example.com のような形式でメールアドレスを入力してください。',
  consentMissing: '購読する前にチェックボックスで同意してください。',
  network: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  queued: 'オフラインです。登録内容を保存し、オンラインに戻ったときに送信します。',
  timeout: 'サーバーの応答に時間がかかりすぎました。もう一度お試しください。',
  rateLimited: '試行回数が多すぎます。{seconds}秒後にもう一度お試しください。',
  rateLimitedShort: '試行回数が多すぎます。しばらくしてからもう一度お試しください。',
  server: 'こちら側で問題が発生しました。もう一度お試しください。',
  rejected: 'このメールアドレスは登録できませんでした。確認してもう一度お試しください。',
  honeypot: 'この欄は空のままにしてください',
} satisfies Strings;
