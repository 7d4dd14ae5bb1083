// The incident's detail: its facts, notes, merged timeline and the alerts, guards, tickets and
// deliveries behind it, all from one GET api/v1/incidents/{id}/timeline.

import { $, h } from './dom.js';
import { shortTime } from './incident-list.js';

const text = (id, value) => { $(id).textContent = value ?? '—'; };

/** The header and facts; also what a live incident_updated refreshes at once. */
export function renderIncident(incident) {
  $('incident-detail').dataset.incidentId = incident.incidentId;
  $('incident-detail').dataset.status = incident.status;
  text('detail-title', incident.incidentId);
  const status = $('detail-status');
  status.textContent = incident.status;
  status.className = `inc-status s-${incident.status}`;
  const severity = $('detail-severity');
  severity.textContent = incident.severity;
  severity.className = `inc-sev v-${incident.severity}`;
  text('detail-site', incident.siteId);
  text('detail-guard', incident.guardId ?? 'several guards');
  text('detail-opened', shortTime(incident.openedAt));
  text('detail-score', `${Number(incident.correlationScore ?? 0).toFixed(2)} · ${(incident.alertTypes ?? []).join(', ')}`);
  text('detail-assignee', incident.assignee);
  text('detail-root-cause', incident.rootCause);
  text('detail-closed', incident.closedAt ? `${shortTime(incident.closedAt)} by ${incident.closedBy} as ${incident.resolution}` : null);
  $('detail-notes').replaceChildren(...(incident.notes ?? []).map((n) => h('li', null,
    h('span', { class: 'sub' }, `${n.by} · ${shortTime(n.at)}`), h('span', { class: 'note-text' }, n.text))));
  const closed = incident.status === 'closed';
  for (const control of $('incident-actions').querySelectorAll('input, textarea, select, button')) control.disabled = closed;
}

export function renderTimeline(timeline) {
  renderIncident(timeline.incident);
  $('timeline').replaceChildren(...timeline.entries.map((e) => h('li', { dataset: { source: e.source, action: e.action } },
    h('time', { datetime: e.at }, shortTime(e.at)),
    h('span', { class: `src src-${e.source}` }, e.source),
    h('span', { class: 'what' }, describe(e)))));
  $('alerts-count').textContent = timeline.alertCount > timeline.alerts.length
    ? `(newest ${timeline.alerts.length} of ${timeline.alertCount})` : `(${timeline.alertCount})`;
  rows('detail-alerts', timeline.alerts, (a) => [a.alertId, a.type, a.severity, a.status, a.guardId ?? '—', shortTime(a.raisedAt)],
    (a) => ({ alertId: a.alertId }));
  rows('detail-guards', timeline.guards, (g) => [g.guardId, g.onShift ? 'on shift' : 'off shift',
    g.inactivityScore == null ? '—' : `score ${Number(g.inactivityScore).toFixed(2)}`, `seen ${shortTime(g.lastSeenAt)}`],
  (g) => ({ guardId: g.guardId }));
  rows('detail-tickets', timeline.tickets, (t) => [t.ticketId, t.priority, t.status, t.assignee ?? '—', `due ${shortTime(t.slaDueAt)}`],
    (t) => ({ ticketId: t.ticketId }));
  rows('detail-deliveries', timeline.deliveries, (d) => [d.contactId, d.channel, d.reason, d.status, shortTime(d.sentAt ?? d.updatedAt)],
    (d) => ({ deliveryId: d.deliveryId }));
}

function describe(entry) {
  const who = entry.by ? ` by ${entry.by}` : '';
  const detail = entry.text ? `: ${entry.text}` : '';
  const state = entry.status ? ` → ${entry.status}` : '';
  return `${entry.id} ${entry.action}${state}${who}${detail}`;
}

function rows(bodyId, items, cells, data) {
  const body = $(bodyId);
  if (!items.length) {
    body.replaceChildren(h('tr', null, h('td', { class: 'muted' }, 'none')));
    return;
  }
  body.replaceChildren(...items.map((item) => h('tr', { dataset: data(item) }, ...cells(item).map((c) => h('td', null, c)))));
}
