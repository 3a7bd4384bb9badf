/** `import 'story-widgets/locales/ar'`: registers the Arabic strings up front (no English first). */
import { registerStrings } from '../internal/i18n.js';
import strings from './data/ar.js';

registerStrings('ar', strings);
