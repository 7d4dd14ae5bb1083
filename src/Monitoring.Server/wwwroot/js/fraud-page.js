// The fraud page: guards at risk now, per-site heat, one guard's 30 days (pick a row), and the
// trained models when the host has them. It signs in through the key gate before loading anything.

import { createApi, requestJson } from './api.js';
import { $, h } from './dom.js';
import { ensureKey } from './key-gate.js';
import { getKey } from './session.js';
import { label, utc } from './format.js';

const api = createApi(getKey);
const get = (path) => requestJson(getKey, 'GET', path);
const e = encodeURIComponent;

function setStatus(text, isError = false) {
  const status = $('fr-status');
  status.textContent = text;
  status.classList.toggle('fr-error', isError);
}

function scoreChip(value) {
  const level = value >= 0.8 ? 'fr-high' : value > 0.5 ? 'fr-mid' : 'fr-low';
  return h('span', { class: `fr-score ${level}` }, value.toFixed(2));
}

function table(head, rows) {
  return h('table', { class: 'fr-table' },
    h('thead', null, h('tr', null, ...head.map((name) => h('th', null, name)))),
    h('tbody', null, ...rows));
}

const why = (top) => (top ?? []).slice(0, 3).map((c) => `${label(c.feature)} ${c.weight >= 0 ? '+' : ''}${c.weight.toFixed(2)}`).join(', ');

function renderLive(live) {
  if (live.items.length === 0) {
    $('fr-live').replaceChildren(h('p', { class: 'fr-empty', id: 'fr-live-empty' }, 'No guard at risk.'));
    return;
  }
  $('fr-live').replaceChildren(table(['Guard', 'Site', 'Event', 'When (UTC)', 'Score', 'Rules', 'Model', 'Why'],
    live.items.map((r) => h('tr', { class: 'fr-pick fr-risk', 'data-guard': r.guardId, onclick: () => showGuard(r.guardId) },
      h('td', null, r.guardId), h('td', null, r.siteId), h('td', null, label(r.eventType)), h('td', null, utc(r.at)),
      h('td', null, scoreChip(r.score)), h('td', null, r.ruleScore.toFixed(2)), h('td', null, r.modelVersion), h('td', null, why(r.top))))));
}

function renderSites(heat) {
  if (heat.items.length === 0) {
    $('fr-sites').replaceChildren(h('p', { class: 'fr-empty' }, 'No scored event in the period.'));
    return;
  }
  $('fr-sites').replaceChildren(table(['Site', 'Events', 'Mean', 'Max', '> 0.5', '≥ 0.8', ''],
    heat.items.map((s) => h('tr', { class: 'fr-site', 'data-site': s.siteId },
      h('td', null, s.siteId), h('td', null, String(s.events)), h('td', null, s.meanScore.toFixed(2)), h('td', null, scoreChip(s.maxScore)),
      h('td', null, String(s.aboveRisk)), h('td', null, String(s.aboveAlert)),
      h('td', null, h('span', { class: 'fr-heat', style: `width: ${Math.max(4, Math.round(s.meanScore * 100))}px` }))))));
}

async function showGuard(guardId) {
  try {
    const history = await get(`api/v1/fraud/guards/${e(guardId)}`);
    $('fr-guard-title').textContent = `Guard ${guardId}: ${history.events.length} scored events in 30 days, ${history.alerts.length} fraud alerts`;
    $('fr-guard').replaceChildren(table(['When (UTC)', 'Event', 'Device / seq', 'Score', 'Rules', 'Label', 'Alert', 'Why'],
      history.events.map((s) => h('tr', null,
        h('td', null, utc(s.at)), h('td', null, label(s.eventType)), h('td', null, `${s.deviceId} / ${s.seq}`),
        h('td', null, scoreChip(s.score)), h('td', null, s.ruleScore.toFixed(2)), h('td', null, s.label ?? '—'),
        h('td', null, s.alertId ?? ''), h('td', null, why(s.top))))));
    $('fr-guard-panel').hidden = false;
  } catch (err) {
    setStatus(`Could not load guard ${guardId}: ${err.message}`, true);
  }
}

async function renderModels() {
  try {
    const models = await get('api/v1/fraud/models');
    const versions = models.versions ?? models.models ?? [];
    const active = models.activeVersion ?? models.active ?? null;
    $('fr-models').replaceChildren(h('p', null, `Active: ${active ?? 'rules-v1 (no model has passed its gates)'}`),
      versions.length === 0 ? h('p', { class: 'fr-empty' }, 'No trained version yet.')
        : table(['Version', 'Trained (UTC)', 'Precision', 'Recall', 'F1', 'Failed gates'],
          versions.map((v) => h('tr', null, h('td', null, v.version ?? ''), h('td', null, v.trainedAt ? utc(v.trainedAt) : ''),
            h('td', null, fixed(v.metrics?.precision)), h('td', null, fixed(v.metrics?.recall)), h('td', null, fixed(v.metrics?.f1)),
            h('td', null, (v.failedGates ?? []).join(', '))))));
  } catch (err) {
    $('fr-models').replaceChildren(h('p', { class: 'fr-empty' },
      err.status === 404 ? 'Models are not available on this host (rule-based score only).' : `Could not load the models: ${err.message}`));
  }
}

const fixed = (value) => (typeof value === 'number' ? value.toFixed(3) : '');

async function refresh(event) {
  event?.preventDefault();
  setStatus('Loading…');
  document.body.dataset.loaded = 'false';
  try {
    const [live, heat] = await Promise.all([get(`api/v1/fraud/live?hours=${e($('fr-hours').value)}`), get('api/v1/fraud/sites')]);
    renderLive(live);
    renderSites(heat);
    await renderModels();
    setStatus(`${live.items.length} guard(s) at risk since ${utc(live.from)}; as of ${utc(live.to)}.`);
    document.body.dataset.loaded = 'true';
  } catch (err) {
    setStatus(`Could not load the fraud views: ${err.message}`, true);
  }
}

async function start() {
  await ensureKey(api);
  $('fr-form').addEventListener('submit', refresh);
  await refresh();
}

start();
