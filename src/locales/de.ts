/** `import 'story-widgets/locales/de'`: registers the German strings up front (no English first). */
import { registerStrings } from '../internal/i18n.js';
import strings from './data/de.js';

registerStrings('de', strings);
