// The REST API (docs/api.md), keyed by X-Api-Key (or a bearer token when the tab signed in with one). Paths are relative so the page also works behind a
// reverse proxy under a sub-path.

import { isToken } from './session.js';

export class ApiError extends Error {
  constructor(status, problem, path) {
    super(problem?.detail || fieldErrors(problem?.errors) || problem?.title || `HTTP ${status} on ${path}`);
    this.status = status;
    this.problem = problem;
  }
}

/** A validation problem's `errors` as one line: "assignee: required when ...; by: required". */
function fieldErrors(errors) {
  if (!errors || typeof errors !== 'object') return '';
  return Object.entries(errors).map(([field, messages]) => `${field}: ${[messages].flat().join(', ')}`).join('; ');
}

/** The credential headers for a key or a bearer token, for REST calls. */
export function credentialHeaders(key) {
  return isToken(key) ? { Authorization: `Bearer ${key}` } : { 'X-Api-Key': key };
}

/**
 * The hub's HTTP headers: an API key rides as X-Api-Key beside access_token (browsers cannot set
 * headers on a WebSocket); a bearer token needs none, SignalR sends it as Authorization itself.
 */
export function hubHeaders(key) {
  return isToken(key) ? {} : { 'X-Api-Key': key };
}

/** One JSON request with the tab's credential; a problem+json answer is thrown as ApiError. */
export async function requestJson(getKey, method, path, body) {
  const headers = { ...credentialHeaders(getKey() ?? ''), Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = { title: text.slice(0, 200) };
    }
  }
  if (!response.ok) throw new ApiError(response.status, json, path);
  return json;
}

export function createApi(getKey) {
  const request = (method, path, body) => requestJson(getKey, method, path, body);

  const e = encodeURIComponent;
  return {
    sites: (limit) => request('GET', `api/v1/sites${limit ? `?limit=${limit}` : ''}`),
    site: (siteId) => request('GET', `api/v1/sites/${e(siteId)}`),
    guard: (guardId) => request('GET', `api/v1/guards/${e(guardId)}`),
    guardHistory: (guardId, hours) => request('GET', `api/v1/guards/${e(guardId)}/history?hours=${hours}`),
    siteGuards: (siteId) => request('GET', `api/v1/sites/${e(siteId)}/guards?limit=500`),
    siteDevices: (siteId) => request('GET', `api/v1/sites/${e(siteId)}/devices?limit=500`),
    device: (deviceId) => request('GET', `api/v1/devices/${e(deviceId)}`),
    alert: (alertId) => request('GET', `api/v1/alerts/${e(alertId)}`),
    activeAlerts: (severity) => request('GET', `api/v1/alerts?status=active&severity=${e(severity)}&limit=100`),
    alerts: (siteId, limit) => request('GET', `api/v1/alerts?siteId=${e(siteId)}&limit=${limit}`),
    events: (after, limit) => request('GET', `api/v1/events?after=${after}&limit=${limit}`),
    act: (alertId, action, body) => request('POST', `api/v1/alerts/${e(alertId)}/${action}`, body),
    ticket: (ticketId) => request('GET', `api/v1/tickets/${e(ticketId)}`),
    tickets: (siteId, status, limit, cursor) =>
      request('GET', `api/v1/tickets?siteId=${e(siteId)}&status=${e(status)}&limit=${limit}${cursor ? `&cursor=${e(cursor)}` : ''}`),
    transition: (ticketId, body) => request('POST', `api/v1/tickets/${e(ticketId)}/transition`, body),
    silences: (status) => request('GET', `api/v1/silences?status=${e(status)}`),
    createSilence: (body) => request('POST', 'api/v1/silences', body),
    silence: (silenceId) => request('GET', `api/v1/silences/${e(silenceId)}`),
    expireSilence: (silenceId, by) => request('DELETE', `api/v1/silences/${e(silenceId)}${by ? `?by=${e(by)}` : ''}`),
    contacts: () => request('GET', 'api/v1/contacts'),
    deliveries: (alertId) => request('GET', `api/v1/notifications?alertId=${e(alertId)}`),
  };
}
