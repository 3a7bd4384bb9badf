import { formEntries, postForm } from './form.js';
import type { Provider } from './types.js';

/**
 * Buttondown's embed form: `POST https://buttondown.com/api/emails/embed-subscribe/<username>`,
 * form-encoded `email` (+ `embed=1`, one `tag` per tag). Buttondown confirms by email by
 * default, so an accepted signup is `pending`.
 */
export const buttondownProvider: Provider = {
  send(signup, { action, signal }) {
    const entries = formEntries(signup, 'email', 'metadata__name', 'tag');
    if (!signup.fields) entries.push(['embed', '1']);
    return postForm(entries, action, signal, { status: 'pending' });
  },
};
