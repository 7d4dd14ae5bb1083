// What a tab remembers between pages and reloads: the API key and the operator's name. Every page of
// the dashboard reads them here, so one tab signs in once for all of them.

const KEY = 'monitoring.apiKey';
const OPERATOR = 'monitoring.operator';

export const getKey = () => sessionStorage.getItem(KEY);

export function setKey(key) {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

export const operatorName = () => sessionStorage.getItem(OPERATOR) ?? '';

export function setOperatorName(name) {
  sessionStorage.setItem(OPERATOR, (name ?? '').trim());
}
