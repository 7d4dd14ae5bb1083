// The incident workspace's requests (docs/api.md, incidents), through api.js's requestJson.

import { requestJson } from './api.js';

export function createIncidentApi(getKey) {
  const request = (method, path, body) => requestJson(getKey, method, path, body);

  const e = encodeURIComponent;
  return {
    sites: () => request('GET', 'api/v1/sites?limit=500'),
    list: ({ status, siteId, cursor }) => request('GET', `api/v1/incidents?limit=100${status ? `&status=${e(status)}` : ''}`
      + `${siteId ? `&siteId=${e(siteId)}` : ''}${cursor ? `&cursor=${e(cursor)}` : ''}`),
    timeline: (incidentId) => request('GET', `api/v1/incidents/${e(incidentId)}/timeline`),
    act: (incidentId, action, body) => request('POST', `api/v1/incidents/${e(incidentId)}/${action}`, body),
  };
}
