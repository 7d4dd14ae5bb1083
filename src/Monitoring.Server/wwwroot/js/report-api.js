// The reports API (GET /api/v1/reports/{name}): JSON for the page, CSV text for downloads.

import { ApiError, credentialHeaders } from './api.js';
import { getKey } from './session.js';

function path(name, query, format) {
  const params = new URLSearchParams({ from: query.from, to: query.to, format });
  if (query.siteId) params.set('siteId', query.siteId);
  return `api/v1/reports/${encodeURIComponent(name)}?${params}`;
}

async function get(name, query, format) {
  const url = path(name, query, format);
  const response = await fetch(url, { headers: credentialHeaders(getKey() ?? ''), cache: 'no-store' });
  const text = await response.text();
  if (!response.ok) {
    let problem = null;
    try { problem = JSON.parse(text); } catch { problem = { title: text.slice(0, 200) }; }
    throw new ApiError(response.status, problem, url);
  }
  return { text, filename: filenameOf(response) ?? `${name}.${format}` };
}

function filenameOf(response) {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match ? match[1] : null;
}

export const reportJson = async (name, query) => JSON.parse((await get(name, query, 'json')).text);

/** Fetches the report as CSV (the key goes in a header, so a plain link cannot) and saves it as a file. */
export async function downloadCsv(name, query) {
  const { text, filename } = await get(name, query, 'csv');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
