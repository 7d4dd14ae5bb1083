// What a tab remembers between pages and reloads: the API key (or a signed-in person's bearer token)
// and the operator's name. Every page of the dashboard reads them here, so one tab signs in once for
// all of them.

const KEY = 'monitoring.apiKey';
const OPERATOR = 'monitoring.operator';

export const getKey = () => sessionStorage.getItem(KEY);

export function setKey(key) {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

/** Whether a credential is a JWT (three base64url parts) rather than an API key. */
export const isToken = (key) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(key ?? '');

/**
 * The subject of the tab's token, or null with an API key. Read for display only: the server checks
 * the signature, and acts as this subject whatever the page sends.
 */
export function tokenSubject() {
  const key = getKey();
  if (!isToken(key)) return null;
  try {
    const part = key.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part.padEnd(Math.ceil(part.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    const sub = JSON.parse(new TextDecoder().decode(bytes)).sub;
    return typeof sub === 'string' && sub ? sub : null;
  } catch {
    return null;
  }
}

export const operatorName = () => tokenSubject() ?? sessionStorage.getItem(OPERATOR) ?? '';

export function setOperatorName(name) {
  if (tokenSubject()) return;
  sessionStorage.setItem(OPERATOR, (name ?? '').trim());
}

/** With a token the operator-name field shows its subject and cannot be edited; with a key it is the operator's to fill. */
export function bindOperatorField(input) {
  const subject = tokenSubject();
  input.readOnly = subject !== null;
  input.title = subject !== null ? 'Signed in with a token: every action is recorded as its subject' : '';
  input.value = subject ?? sessionStorage.getItem(OPERATOR) ?? '';
}
