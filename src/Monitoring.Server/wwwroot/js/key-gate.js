// The sign-in step of the pages beside the grid (incidents, guard, reports): when the tab holds no
// key yet, a dialog asks for one and checks it against the API before the page loads anything.

import { h } from './dom.js';
import { getKey, setKey } from './session.js';

/** Resolves once the tab holds a key the API accepts for reading. */
export function ensureKey(api) {
  if (getKey()) return Promise.resolve();
  return new Promise((resolve) => {
    const input = h('input', { type: 'password', id: 'gate-key', autocomplete: 'off', required: true });
    const error = h('p', { class: 'key-error', id: 'gate-error', hidden: true });
    const dialog = h('dialog', { class: 'key-dialog', id: 'gate-dialog' },
      h('form', {
        method: 'dialog',
        onsubmit: async (event) => {
          event.preventDefault();
          setKey(input.value.trim());
          try {
            await api.sites();
            dialog.close();
            dialog.remove();
            resolve();
          } catch (e) {
            setKey(null);
            error.textContent = e.status === 401 ? 'This key is not recognised by the server.'
              : e.status === 403 ? 'This key may not read (use a viewer, operator or admin key).'
                : `Could not reach the server: ${e.message}`;
            error.hidden = false;
          }
        },
      },
      h('h2', null, 'API key'),
      h('label', { for: 'gate-key' }, 'Key'), input, error,
      h('button', { type: 'submit', id: 'gate-submit' }, 'Sign in')));
    dialog.addEventListener('cancel', (event) => event.preventDefault());
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
