// The incident workspace (incidents.html): the tenant's incidents with status and site filters, and
// one incident's detail with its timeline and the four actions, kept live through the hub.
// The URL holds the filters (?status=&siteId=) and the open incident (#inc_...).

import { $, h } from './dom.js';
import { ensureKey } from './key-gate.js';
import { getKey, operatorName, setOperatorName } from './session.js';
import { createIncidentApi } from './incident-api.js';
import { IncidentList } from './incident-list.js';
import { renderIncident, renderTimeline } from './incident-detail.js';
import { wireActions } from './incident-actions.js';
import { connectIncidents } from './incident-live.js';

const api = createIncidentApi(getKey);
const params = new URLSearchParams(location.search);
let selectedId = decodeURIComponent(location.hash.slice(1)) || null;
let nextCursor = null;
let timelineTimer = null;
let live = null;

const say = (message) => { $('status-message').textContent = message; };
const filters = () => ({ status: $('filter-status').value, siteId: $('filter-site').value });

const list = new IncidentList({ body: $('incident-rows'), empty: $('incidents-empty'), count: $('list-count'), onSelect: select });

async function loadList() {
  const wanted = filters();
  const page = await api.list(wanted);
  nextCursor = page.nextCursor;
  $('incidents-more').hidden = !nextCursor;
  list.reset(page.items, wanted);
  list.select(selectedId);
}

async function loadMore() {
  const page = await api.list({ ...filters(), cursor: nextCursor });
  nextCursor = page.nextCursor;
  $('incidents-more').hidden = !nextCursor;
  list.append(page.items);
}

async function select(incidentId) {
  selectedId = incidentId;
  history.replaceState(null, '', `${location.pathname}${location.search}#${encodeURIComponent(incidentId)}`);
  list.select(incidentId);
  $('action-error').hidden = true;
  await loadTimeline();
}

async function loadTimeline() {
  if (!selectedId) return;
  try {
    const timeline = await api.timeline(selectedId);
    renderTimeline(timeline);
    $('incident-detail').hidden = false;
    // A failed resubscription is the feed's trouble, not the timeline's: the next reconnect retries it.
    live?.setOpenSite(timeline.incident.siteId).catch((error) => say(`Live updates for ${timeline.incident.siteId}: ${error.message}`));
  } catch (e) {
    say(e.status === 404 ? `No incident ${selectedId}.` : `Could not load ${selectedId}: ${e.message}`);
  }
}

// Several updates in a burst (an alert storm) make one timeline request.
function refreshTimelineSoon() {
  clearTimeout(timelineTimer);
  timelineTimer = setTimeout(loadTimeline, 300);
}

function onIncident(incident) {
  list.upsert(incident);
  list.select(selectedId);
  if (incident.incidentId === selectedId) {
    renderIncident(incident);
    refreshTimelineSoon();
  }
}

function setConnection(state, text) {
  $('conn').dataset.state = state;
  $('conn-text').textContent = text;
}

async function loadSites() {
  const sites = await api.sites();
  const select = $('filter-site');
  select.replaceChildren(h('option', { value: '' }, 'all sites'),
    ...sites.map((s) => h('option', { value: s.siteId }, s.name ? `${s.name} (${s.siteId})` : s.siteId)));
  select.value = params.get('siteId') ?? '';
}

async function main() {
  await ensureKey(api);
  $('operator-input').value = operatorName();
  $('operator-input').addEventListener('change', (event) => setOperatorName(event.target.value));
  $('filter-status').value = params.get('status') ?? '';
  await loadSites();
  live = connectIncidents({ getKey, onIncident, onStatus: setConnection, onReconnected: () => { loadList(); loadTimeline(); } });
  await live.setSite(filters().siteId);
  const applyFilters = async () => {
    const wanted = filters();
    const query = new URLSearchParams(Object.entries(wanted).filter(([, v]) => v));
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
    await live.setSite(wanted.siteId);
    await loadList();
  };
  $('filter-status').addEventListener('change', applyFilters);
  $('filter-site').addEventListener('change', applyFilters);
  $('incidents-more').addEventListener('click', loadMore);
  wireActions({
    api,
    currentId: () => selectedId,
    onDone: async (incident, action) => {
      onIncident(incident);
      say(`${action} applied to ${incident.incidentId}.`);
      await loadTimeline();
    },
  });
  await loadList();
  if (selectedId) await loadTimeline();
  say('Ready.');
}

main().catch((e) => say(`Could not start: ${e.message}`));
