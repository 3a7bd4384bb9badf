/** `import 'story-widgets/locales/fr'`: registers the French strings up front (no English first). */
import { registerStrings } from '../internal/i18n.js';
import strings from './data/fr.js';

registerStrings('fr', strings);
