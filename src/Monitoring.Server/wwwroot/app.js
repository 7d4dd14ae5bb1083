// The operator dashboard: key entry, the tenant overview (landing page), the strip of critical and
// high alerts of every site, and a site's view (guards grid, tickets, silences and alerts panels), live.
// Plain ES modules, no build step. Everything it shows comes from the REST API (snapshot) and the
// SignalR hub (changes); see docs/api.md.

import { AlertsPanel } from './js/alerts.js';
import { alarm, chime, initAlarm, settled } from './js/alarm.js';
import { createApi } from './js/api.js';
import { Deliveries } from './js/deliveries.js';
import { $, h } from './js/dom.js';
import { label } from './js/format.js';
import { renderGuards } from './js/guards.js';
import { LiveFeed } from './js/live.js';
import { Overview } from './js/overview.js';
import { SilenceForm } from './js/silence-form.js';
import { silenceActions } from './js/silence-actions.js';
import { SilencesPanel } from './js/silences.js';
import { bindOperatorField, getKey, operatorName, setKey, setOperatorName } from './js/session.js';
import { Store } from './js/store.js';
import { AlertStrip } from './js/strip.js';
import { fetchListedTickets, TicketsPanel } from './js/tickets.js';

const SITE = 'monitoring.siteId';
const DEVICE_REFRESH_MS = 30000;
const FRESH_MS = 4000;
const TICK_MS = 30000; // SLA countdowns and overdue markers move on even when nothing else happens

const api = createApi(getKey);
const store = new Store();
const deliveries = new Deliveries({ api, onChange: scheduleRender, onSilenceSimilar: silenceSimilar, needSilence: (id) => silences.need(id) });
const panel = new AlertsPanel(act, showTicket, deliveries);
const ticketsPanel = new TicketsPanel(moveTicket);
const silencesPanel = new SilencesPanel((silence) => silences.expire(silence));
const silenceForm = new SilenceForm((body) => silences.create(body));
const silences = silenceActions({
  api, store, panel: silencesPanel, render, scheduleRender, toast, handleError, actingAs: () => $('operator-input').value.trim(),
});
const overview = new Overview({ api, onOpen: (siteId) => openSite(siteId) });
const strip = new AlertStrip({ api, siteName: (siteId) => overview.name(siteId), onOpen: (siteId) => openSite(siteId), onRing: () => chime() });
const feed = new LiveFeed({ api, getKey, onEnvelope: applyEnvelope, onStatus: showStatus, onResync: resync, tenantWide: true });
const deviceFetchedAt = new Map();
const fresh = new Map();
let snapshotGeneration = 0;
let renderTimer = null;
let toastTimer = null;

function init() {
  initAlarm();
  const operator = $('operator-input');
  bindOperatorField(operator);
  operator.addEventListener('input', () => setOperatorName(operator.value));
  $('site-select').addEventListener('change', (event) => selectSite(event.target.value));
  $('sites-refresh').addEventListener('click', () => loadSites());
  $('overview-button').addEventListener('click', () => openSite(''));
  $('key-change').addEventListener('click', () => askKey());
  $('silence-new').addEventListener('click', () => openSilenceForm({}));
  $('key-form').addEventListener('submit', submitKey);
  $('key-dialog').addEventListener('cancel', (event) => {
    if (!getKey()) event.preventDefault();
  });
  render();
  setInterval(() => {
    scheduleRender(); // ages in the strip
    if (!store.siteId) return;
    silences.refresh(); // tenant-wide silences have no site group to arrive live through
  }, TICK_MS);
  if (getKey()) start();
  else askKey();
}

function askKey(message) {
  $('key-input').value = '';
  $('key-operator').value = operatorName();
  $('key-error').textContent = message ?? '';
  $('key-error').hidden = !message;
  const select = $('site-select');
  if (select.disabled) select.firstElementChild.textContent = 'Enter an API key first';
  const dialog = $('key-dialog');
  if (!dialog.open) dialog.showModal();
  $('key-input').focus();
}

async function submitKey(event) {
  event.preventDefault();
  const key = $('key-input').value.trim();
  if (!key) return;
  const previous = getKey();
  $('key-submit').disabled = true;
  setKey(key);
  try {
    const sites = await api.sites(500);
    const name = $('key-operator').value.trim();
    if (name) {
      setOperatorName(name);
      $('operator-input').value = name;
    }
    bindOperatorField($('operator-input'));
    $('key-dialog').close();
    await feed.stop();
    store.clear(null);
    start(sites);
  } catch (error) {
    setKey(previous);
    $('key-error').textContent = error.status === 401
      ? 'This key is not recognised by the server.'
      : error.status === 403
        ? 'This key may not read the grid (a device key only sends telemetry). Use a viewer, operator or admin key.'
        : `Could not reach the server: ${error.message}`;
    $('key-error').hidden = false;
  } finally {
    $('key-submit').disabled = false;
  }
}

function start(preloadedSites) {
  feed.start();
  loadSites(preloadedSites);
}

async function loadSites(preloaded) {
  let sites;
  try {
    if (preloaded) overview.take(preloaded);
    else await overview.load();
    sites = [...overview.sites.values()];
  } catch (error) {
    handleError(error, 'Could not load the sites');
    return;
  }
  loadStrip();
  const select = $('site-select');
  const hashSite = new URLSearchParams(location.hash.slice(1)).get('site');
  const wanted = store.siteId ?? hashSite; // no site named: the overview, the landing page
  const options = [h('option', { value: '' }, sites.length ? 'Choose a site…' : 'No sites configured yet')];
  for (const site of [...sites].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))) {
    options.push(h('option', { value: site.siteId }, site.name === site.siteId ? site.name : `${site.name} (${site.siteId})`));
  }
  if (wanted && !sites.some((s) => s.siteId === wanted)) options.push(h('option', { value: wanted }, `${wanted} (not in the list)`));
  select.replaceChildren(...options);
  select.disabled = false;
  select.value = wanted ?? '';
  setMessage(`${sites.length} site${sites.length === 1 ? '' : 's'} for this key.`);
  render();
  if (wanted && wanted !== store.siteId) await selectSite(wanted);
}

async function loadStrip() {
  try {
    await strip.load();
    scheduleRender();
  } catch (error) {
    handleError(error, 'Could not load the alerts of every site');
  }
}

/** After a reconnect the feed's log no longer reaches: everything shown is loaded anew. */
async function resync() {
  await Promise.all([
    overview.load().then(scheduleRender, (error) => handleError(error, 'Could not load the sites')),
    loadStrip(),
    loadSnapshot(),
  ]);
}

/** From the overview, the strip or the Overview button ('' : back to the overview). */
function openSite(siteId) {
  $('site-select').value = siteId;
  if ((siteId || null) !== store.siteId) selectSite(siteId);
}

async function selectSite(siteId) {
  sessionStorage.setItem(SITE, siteId ?? '');
  history.replaceState(null, '', siteId ? `#site=${encodeURIComponent(siteId)}` : location.pathname);
  store.clear(siteId || null);
  deviceFetchedAt.clear();
  deliveries.logs.clear();
  render();
  await feed.setSite(store.siteId);
  await loadSnapshot();
}

async function loadSnapshot() {
  const siteId = store.siteId;
  if (!siteId) return;
  const generation = ++snapshotGeneration;
  const quiet = store.site === null; // the first load of a site does not ring for old alerts
  // Tickets load alongside; a failure there leaves the rest of the grid usable.
  const ticketsLoad = fetchListedTickets(api, siteId).then((items) => ({ items }), (error) => ({ error }));
  const silencesLoad = silences.refresh();
  try {
    const [site, guards, alerts, devices] = await Promise.all([
      api.site(siteId), api.siteGuards(siteId), api.alerts(siteId, 100), api.siteDevices(siteId)]);
    const tickets = await ticketsLoad;
    await silencesLoad;
    if (generation !== snapshotGeneration || store.siteId !== siteId) return;
    store.site = site;
    for (const guard of guards) store.putGuard(guard);
    for (const alert of alerts.items ?? []) {
      const previous = store.putAlert(alert);
      if (!quiet && previous === undefined) maybeAlarm(alert, previous);
    }
    const fetchedAt = Date.now();
    for (const device of devices) {
      store.putDevice(device);
      deviceFetchedAt.set(device.deviceId, fetchedAt);
    }
    if (tickets.error) handleError(tickets.error, 'Could not load the tickets');
    else putListedTickets(tickets.items);
    setMessage(`Loaded ${site.name}${feed.connected ? '; live updates on' : ''}.`);
    render();
  } catch (error) {
    handleError(error, `Could not load site ${siteId}`);
  }
}

/** Takes a snapshot of the listed tickets; one held that is no longer listed has closed meanwhile, so it is asked for again. */
function putListedTickets(items) {
  const listed = new Set();
  for (const ticket of items) {
    listed.add(ticket.ticketId);
    const previous = store.putTicket(ticket);
    if (previous !== null) ticketsPanel.noticed(ticket, previous, false);
  }
  for (const ticket of store.tickets.values()) {
    if (!listed.has(ticket.ticketId) && ticket.status !== 'closed') refreshTicket(ticket.ticketId);
  }
}

function refreshTicket(ticketId) {
  return api.ticket(ticketId)
    .then((ticket) => {
      const previous = store.putTicket(ticket);
      if (previous !== null) {
        ticketsPanel.noticed(ticket, previous, false);
        scheduleRender();
      }
    })
    .catch(() => {});
}

function refreshDevice(deviceId, force) {
  if (!deviceId) return;
  if (!force && Date.now() - (deviceFetchedAt.get(deviceId) ?? 0) < DEVICE_REFRESH_MS) return;
  deviceFetchedAt.set(deviceId, Date.now());
  api.device(deviceId)
    .then((device) => {
      if (store.putDevice(device)) scheduleRender();
    })
    .catch(() => deviceFetchedAt.delete(deviceId));
}

function applyEnvelope(envelope) {
  const data = envelope?.data;
  $('feed-seq').textContent = `seq ${feed.lastSeq}`;
  if (!data) return;
  if (envelope.type === 'site_summary') {
    if (overview.put(envelope)) scheduleRender();
    return;
  }
  if ((envelope.type === 'alert_raised' || envelope.type === 'alert_updated') && strip.put(data, store.siteId)) scheduleRender();
  if (!store.siteId) return;
  const siteId = envelope.siteId ?? data.siteId;
  switch (envelope.type) {
    case 'guard_updated':
      if ((siteId === store.siteId || store.guards.has(data.guardId)) && store.putGuard(data)) {
        refreshDevice(store.firstDeviceId(data), false);
        scheduleRender();
      }
      break;
    case 'device_updated':
      if ([...store.guards.values()].some((g) => store.firstDeviceId(g) === data.deviceId) && store.putDevice(data)) {
        deviceFetchedAt.set(data.deviceId, Date.now());
        scheduleRender();
      }
      break;
    case 'alert_raised':
    case 'alert_updated': {
      const previous = store.putAlert(data);
      if (previous === null) break;
      if (previous === undefined) fresh.set(data.alertId, Date.now() + FRESH_MS);
      maybeAlarm(data, previous);
      scheduleRender();
      break;
    }
    case 'ticket_opened':
    case 'ticket_updated': {
      const previous = store.putTicket(data);
      if (previous === null) break;
      ticketsPanel.noticed(data, previous, true);
      scheduleRender();
      break;
    }
    case 'silence_updated':
      if (silences.put(data)) scheduleRender();
      break;
    case 'notification_sent':
    case 'notification_failed':
      if (deliveries.noticed(data)) scheduleRender();
      break;
    default:
      break; // incidents show through their alerts' incidentId
  }
}

function maybeAlarm(alert, previous) {
  // A silenced alert is shown, not announced: someone planned for it.
  if (alert.status !== 'active' || alert.silencedBy) settled(alert.alertId);
  if (alert.silencedBy) return;
  if (alert.severity !== 'critical' || alert.status !== 'active') return;
  if (previous && previous.severity === 'critical') return;
  alarm(`${label(alert.type)} · guard ${alert.guardId ?? '?'} · ${store.site?.name ?? alert.siteId}`, alert.alertId);
}

/** The operator's name from the "Acting as" field; null (and a hint) when it is empty. */
function actingAs() {
  const by = $('operator-input').value.trim();
  if (!by) {
    toast('Type your name in the Acting as field first: every action records who took it.', 'warn');
    $('operator-input').focus();
    return null;
  }
  return by;
}

async function act(alert, action, body) {
  const by = actingAs();
  if (!by) return false;
  try {
    const updated = await api.act(alert.alertId, action, { ...body, by });
    if (store.putAlert(updated) !== null) render();
    if (updated.status !== 'active') settled(updated.alertId);
    toast({ acknowledge: 'Alert acknowledged.', verify: 'Verification recorded.', resolve: 'Alert resolved.' }[action], 'ok');
    return true;
  } catch (error) {
    if (error.status === 409) {
      toast(`Not done: ${error.message}`, 'warn');
      api.alert(alert.alertId).then((fresher) => store.putAlert(fresher) !== null && render()).catch(() => {});
    } else {
      handleError(error, `Could not ${action} the alert`);
    }
    return false;
  }
}

const MOVED = { assigned: 'Ticket assigned.', in_progress: 'Work on the ticket started.', resolved: 'Ticket resolved.', closed: 'Ticket closed.' };

async function moveTicket(ticket, to) {
  const by = actingAs();
  if (!by) return false;
  const body = { to, by };
  if (to === 'assigned') {
    const question = `Assign the ${ticket.priority?.toUpperCase()} ${label(ticket.category)} ticket${ticket.guardId ? ` (guard ${ticket.guardId})` : ''} to:`;
    const assignee = prompt(question, ticket.status === 'new' ? by : '');
    if (assignee === null) return false;
    body.assignee = assignee.trim();
  }
  try {
    const updated = await api.transition(ticket.ticketId, body);
    const previous = store.putTicket(updated);
    if (previous !== null) {
      ticketsPanel.noticed(updated, previous, false);
      render();
    }
    toast(MOVED[to], 'ok');
    return true;
  } catch (error) {
    if (error.status === 409 || error.status === 400) {
      // 409: someone moved it first (the problem names its status now); 400: the request was refused (e.g. no assignee).
      toast(`Not done: ${error.message}`, 'warn');
      if (error.status === 409) refreshTicket(ticket.ticketId);
    } else {
      handleError(error, 'Could not move the ticket');
    }
    return false;
  }
}

/** Opens the silence form for the selected site, prefilled; the author is the Acting as name. */
function openSilenceForm(prefill) {
  if (!store.siteId) return;
  silenceForm.open(store, prefill, $('operator-input').value.trim());
}

/** From an alert card: a silence for alerts like it (its site, its type, its guard). */
function silenceSimilar(alert) {
  openSilenceForm({ siteId: alert.siteId, type: alert.type, guardId: alert.guardId ?? '' });
}

/** From an alert's ticket badge: the ticket's row, fetched first when the page does not hold it (a closed one). */
async function showTicket(ticketId) {
  if (!store.tickets.has(ticketId)) {
    try {
      const ticket = await api.ticket(ticketId);
      const previous = store.putTicket(ticket);
      if (previous !== null) ticketsPanel.noticed(ticket, previous, false);
    } catch (error) {
      handleError(error, `Could not load ticket ${ticketId}`);
      return;
    }
  }
  ticketsPanel.keep(ticketId);
  render();
  ticketsPanel.spotlight(ticketId);
}

function handleError(error, what) {
  if (error?.status === 401) {
    askKey('The server no longer accepts this key. Enter a valid one.');
  } else if (error?.status === 403) {
    toast('This key\'s role may not do that: a viewer key only reads; acting on alerts and tickets needs an operator or admin key.', 'error');
  } else {
    toast(`${what}: ${error?.message ?? error}`, 'error');
  }
}

const STATUS_TEXT = {
  idle: 'Not connected',
  connecting: 'Connecting…',
  syncing: 'Catching up…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

function showStatus(state, detail) {
  const conn = $('conn');
  conn.dataset.state = state;
  conn.title = `Live feed: ${detail}`;
  $('conn-text').textContent = STATUS_TEXT[state] ?? state;
  if (state === 'offline' || state === 'reconnecting') setMessage(`Live feed ${detail}. The grid may be stale until it is back.`);
  else if (state === 'live') setMessage('Live feed connected.');
}

function scheduleRender() {
  if (renderTimer) return;
  renderTimer = setTimeout(render, 40);
}

function render() {
  clearTimeout(renderTimer);
  renderTimer = null;
  const now = Date.now();
  for (const [id, until] of fresh) if (until < now) fresh.delete(id);
  $('site-view').hidden = !store.siteId;
  overview.render(!store.siteId);
  strip.render(store.siteId, now);
  if (overview.loaded && !store.siteId && performance.getEntriesByName('overview-rendered').length === 0) {
    // The overview's first render with its data, and the frame that shows it (docs/benchmarks.md).
    performance.mark('overview-rendered');
    requestAnimationFrame(() => setTimeout(() => performance.mark('overview-painted'), 0));
  }
  renderGuards(store);
  ticketsPanel.render(store);
  silencesPanel.render(store);
  panel.render(store);
  for (const [id, card] of panel.cards) card.root.classList.toggle('fresh', fresh.has(id));
  if (fresh.size) setTimeout(scheduleRender, FRESH_MS);

  const counts = store.counts();
  $('site-counters').hidden = !store.siteId;
  $('count-on-shift').textContent = counts.onShift;
  $('count-inactive').textContent = counts.inactive;
  for (const severity of ['critical', 'high', 'medium', 'low']) {
    const chip = $(`count-${severity}`);
    chip.textContent = `${counts.bySeverity[severity]} ${severity}`;
    chip.classList.toggle('zero', counts.bySeverity[severity] === 0);
  }
  const site = store.site;
  $('site-meta').textContent = site
    ? `${site.name} · ${site.timeZone} · threshold ${site.inactivityThreshold == null ? 'tenant default' : site.inactivityThreshold.toFixed(2)}`
    : '';
  $('tz-note').textContent = site ? `Times in ${site.timeZone} (site local)` : '';
}

function setMessage(text) {
  $('status-message').textContent = text;
}

function toast(text, tone) {
  const element = $('toast');
  element.textContent = text;
  element.className = `toast tone-${tone ?? 'ok'}`;
  element.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { element.hidden = true; }, 5000);
}

// Last, once every module-level constant below init() exists: with a key already in the tab (a reload),
// init() connects at once and the feed reports its status synchronously.
init();
