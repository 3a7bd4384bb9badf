/** `import 'story-widgets/locales/es'`: registers the Spanish strings up front (no English first). */
import { registerStrings } from '../internal/i18n.js';
import strings from './data/es.js';

registerStrings('es', strings);
