/** `import 'story-widgets/locales/ja'`: registers the Japanese strings up front (no English first). */
import { registerStrings } from '../internal/i18n.js';
import strings from './data/ja.js';

registerStrings('ja', strings);
