// The incident workspace's requests (docs/api.md, incidents). Same conventions as api.js: relative
// paths, the tab's key in X-Api-Key, problem+json answers thrown as ApiError.

import { ApiError } from './api.js';

export function createIncidentApi(getKey) {
  async function request(method, path, body) {
    const headers = { 'X-Api-Key': getKey() ?? '', Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method, headers, cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body),
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

  const e = encodeURIComponent;
  return {
    sites: () => request('GET', 'api/v1/sites?limit=500'),
    list: ({ status, siteId, cursor }) => request('GET', `api/v1/incidents?limit=100${status ? `&status=${e(status)}` : ''}`
      + `${siteId ? `&siteId=${e(siteId)}` : ''}${cursor ? `&cursor=${e(cursor)}` : ''}`),
    timeline: (incidentId) => request('GET', `api/v1/incidents/${e(incidentId)}/timeline`),
    act: (incidentId, action, body) => request('POST', `api/v1/incidents/${e(incidentId)}/${action}`, body),
  };
}
