// The guard page (guard.html?guard=ID): the guard's last hours as charts, its positions on a small
// map around the site's geofence, and its alerts; kept current from the hub's guard group.

import { createApi } from './api.js';
import { $, h } from './dom.js';
import { score, time } from './format.js';
import { GuardCharts } from './guard-charts.js';
import { renderMap } from './guard-map.js';
import { renderAlerts } from './guard-alerts.js';
import { followGuard } from './guard-live.js';
import { warmingUpBadge } from './guards.js';
import { ensureKey } from './key-gate.js';
import { getKey } from './session.js';

const REFRESH_DELAY_MS = 1000;

const api = createApi(getKey);
const guardId = new URLSearchParams(location.search).get('guard') ?? '';
const state = { guard: null, site: null, history: null, charts: null, refreshTimer: null };

async function main() {
  $('guard-id').textContent = guardId || '(none)';
  document.title = `${guardId} · Guard · NOC`;
  if (!guardId) return fail('No guard given: open this page as guard.html?guard=ID, or from the grid.');
  await ensureKey(api);
  $('hours-select').addEventListener('change', () => refresh());
  await refresh();
  followGuard({
    guardId,
    getKey,
    onEnvelope: (envelope) => {
      if (envelope?.guardId && envelope.guardId !== guardId) return;
      if (envelope?.type === 'guard_updated' && envelope.data) showGuard(envelope.data);
      scheduleRefresh();
    },
    onStatus: (s, text) => {
      $('live-status').dataset.state = s;
      $('live-status').textContent = text;
    },
    onReconnected: () => refresh(),
  });
}

function scheduleRefresh() {
  if (state.refreshTimer) return;
  state.refreshTimer = setTimeout(() => {
    state.refreshTimer = null;
    refresh();
  }, REFRESH_DELAY_MS);
}

async function refresh() {
  try {
    const [guard, history] = await Promise.all([api.guard(guardId), api.guardHistory(guardId, $('hours-select').value)]);
    if (guard.siteId && guard.siteId !== state.site?.siteId) state.site = await api.site(guard.siteId).catch(() => null);
    $('page-error').hidden = true;
    showGuard(guard);
    showHistory(history);
  } catch (error) {
    fail(error.status === 404 ? `No guard '${guardId}' for this key.` : `Could not load the guard: ${error.message}`);
  }
}

function zone() {
  return state.site?.timeZone ?? 'UTC';
}

function showGuard(guard) {
  state.guard = guard;
  const shift = $('guard-shift');
  shift.className = `pill ${guard.onShift ? (guard.onBreak ? 'pill-break' : 'pill-on') : 'pill-off'}`;
  shift.textContent = guard.onShift
    ? `${guard.onBreak ? 'On break' : 'On shift'} since ${time(guard.onBreak ? guard.breakStartedAt : guard.shiftStartedAt, zone(), guard.lastSeenAt)}`
    : 'Off shift';
  const severity = guard.severity ?? 'low';
  $('guard-score').replaceChildren(guard.warmingUp
    ? warmingUpBadge(guard.warmingUp)
    : h('span', { class: `score-badge sev-${severity}`, id: 'score-badge' },
      h('span', { class: 'score-value' }, score(guard.inactivityScore)), h('span', { class: 'score-sev' }, severity)));
  $('guard-site').textContent = guard.siteId ? `site ${state.site?.name ?? guard.siteId} · ${zone()}` : '';
}

function showHistory(history) {
  state.history = history;
  state.charts ??= new GuardCharts(zone());
  state.charts.timeZone = zone();
  state.charts.render(history, state.guard?.threshold);
  $('map-caption').textContent = history.fixes.length ? `${history.fixes.length} in ${history.hours} h` : '';
  renderMap($('map'), state.site, history.fixes, zone());
  renderAlerts($('alert-history'), $('alerts-caption'), history, zone());
}

function fail(message) {
  const error = $('page-error');
  error.textContent = message;
  error.hidden = false;
}

main();
