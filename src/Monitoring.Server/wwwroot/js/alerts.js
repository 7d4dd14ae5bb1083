// The alerts panel, newest first. Each card is built once and then updated in place, so that a
// response an operator is typing survives live updates. The notice line (silenced, inhibited,
// deliveries) is deliveries.js's.

import { $, h } from './dom.js';
import { label, score, time, utc } from './format.js';

const METHODS = ['call', 'ivr', 'supervisor', 'camera'];
const RESOLUTIONS = [['confirmed', 'Confirmed'], ['false_positive', 'False positive'], ['resolved', 'Resolved']];

export class AlertsPanel {
  constructor(onAction, onTicket, deliveries) {
    this.onAction = onAction;
    this.onTicket = onTicket;
    this.deliveries = deliveries;
    this.cards = new Map();
    this.openOnly = true;
    this.list = $('alerts-list');
    $('filter-open').addEventListener('click', () => this.setFilter(true));
    $('filter-all').addEventListener('click', () => this.setFilter(false));
  }

  setFilter(openOnly) {
    this.openOnly = openOnly;
    $('filter-open').classList.toggle('active', openOnly);
    $('filter-all').classList.toggle('active', !openOnly);
    $('filter-open').setAttribute('aria-pressed', String(openOnly));
    $('filter-all').setAttribute('aria-pressed', String(!openOnly));
    this.render(this.store);
  }

  render(store) {
    this.store = store;
    if (!store) return;
    const tz = store.site?.timeZone ?? 'UTC';
    const reference = store.latestTime();
    const shown = store.sortedAlerts(this.openOnly);
    const keep = new Set(shown.map((a) => a.alertId));
    for (const [id, card] of this.cards) {
      if (!keep.has(id)) {
        card.root.remove();
        this.cards.delete(id);
      }
    }
    for (const alert of shown) {
      let card = this.cards.get(alert.alertId);
      if (!card) {
        card = this.build(alert);
        this.cards.set(alert.alertId, card);
      }
      this.update(card, alert, tz, reference);
      this.list.append(card.root);
    }
    const counts = store.counts();
    $('open-count').textContent = counts.open;
    $('all-count').textContent = counts.all;
    const empty = $('alerts-empty');
    empty.hidden = shown.length > 0;
    empty.textContent = store.siteId ? (this.openOnly ? 'No open alerts. All quiet.' : 'No alerts at this site yet.') : 'Pick a site to see its alerts.';
  }

  build(alert) {
    const r = {};
    r.severity = h('span', { class: 'sev-badge' });
    r.type = h('span', { class: 'alert-type' });
    r.guard = h('span', { class: 'alert-guard mono' });
    r.raised = h('span', { class: 'alert-time mono' });
    r.status = h('span', { class: 'status' });
    r.ticket = h('button', { type: 'button', class: 'ticket-link' });
    r.facts = h('div', { class: 'alert-facts' });
    r.history = h('div', { class: 'alert-history' });
    r.ack = h('button', { type: 'button', class: 'act-button', dataset: { action: 'acknowledge' } }, 'Acknowledge');
    r.method = h('select', { class: 'verify-method', 'aria-label': 'Verification method' },
      METHODS.map((m) => h('option', { value: m }, m.toUpperCase())));
    r.response = h('input', { type: 'text', class: 'verify-response', placeholder: 'response', title: 'What the guard or supervisor answered, e.g. guard answered, all fine', maxlength: 500, 'aria-label': 'Verification response' });
    r.verify = h('button', { type: 'button', class: 'act-button', dataset: { action: 'verify' } }, 'Verify');
    r.resolution = h('select', { class: 'resolve-resolution', 'aria-label': 'Resolution' },
      RESOLUTIONS.map(([value, text]) => h('option', { value }, text)));
    r.notes = h('input', { type: 'text', class: 'resolve-notes', placeholder: 'note (optional)', maxlength: 500, 'aria-label': 'Resolution note' });
    r.resolve = h('button', { type: 'button', class: 'act-button', dataset: { action: 'resolve' } }, 'Resolve');
    r.actions = h('div', { class: 'alert-actions' },
      h('div', { class: 'action-row' }, r.ack, h('span', { class: 'action-group' }, r.method, r.response, r.verify)),
      h('div', { class: 'action-row' }, h('span', { class: 'action-group' }, r.resolution, r.notes, r.resolve)));
    r.root = h('article', { class: 'alert-card', dataset: { alertId: alert.alertId } },
      h('header', { class: 'alert-head' }, r.severity, r.type, r.guard, r.raised),
      h('div', { class: 'alert-status-line' }, r.status, r.facts, r.ticket),
      r.history,
      r.actions);

    const card = { ...r, alert, busy: false };
    r.history.before(...this.deliveries.build(card));
    r.ticket.after(card.similar);
    r.ack.addEventListener('click', () => this.act(card, 'acknowledge', {}));
    r.verify.addEventListener('click', () => {
      if (!r.response.value.trim()) {
        r.response.focus();
        r.response.classList.add('needs-input');
        return;
      }
      this.act(card, 'verify', { method: r.method.value, response: r.response.value.trim() }, () => { r.response.value = ''; });
    });
    r.ticket.addEventListener('click', () => card.alert.ticketId && this.onTicket(card.alert.ticketId));
    r.response.addEventListener('input', () => r.response.classList.remove('needs-input'));
    r.resolve.addEventListener('click', () => {
      const notes = r.notes.value.trim();
      this.act(card, 'resolve', notes ? { resolution: r.resolution.value, notes } : { resolution: r.resolution.value }, () => { r.notes.value = ''; });
    });
    return card;
  }

  async act(card, action, body, onDone) {
    if (card.busy) return;
    card.busy = true;
    this.setDisabled(card);
    try {
      if (await this.onAction(card.alert, action, body)) onDone?.();
    } finally {
      card.busy = false;
      this.setDisabled(card);
    }
  }

  update(card, alert, tz, reference) {
    card.alert = alert;
    const sev = alert.severity ?? 'low';
    card.root.className = `alert-card sev-edge-${sev} status-${alert.status}`;
    card.root.classList.toggle('urgent', sev === 'critical' && alert.status === 'active');
    card.severity.className = `sev-badge sev-${sev}`;
    card.severity.textContent = sev.toUpperCase();
    card.type.textContent = label(alert.type);
    card.guard.textContent = alert.guardId ?? alert.deviceId ?? '';
    card.raised.textContent = time(alert.raisedAt, tz, reference);
    card.raised.title = `raised ${utc(alert.raisedAt)}`;
    card.status.className = `status status-${alert.status}`;
    card.status.textContent = alert.resolution ? `${alert.status}: ${label(alert.resolution)}` : alert.status;
    card.status.dataset.status = alert.status;

    const facts = [];
    if (typeof alert.score === 'number') facts.push(`score ${score(alert.score)}`);
    if (alert.status === 'active') facts.push(`ack due ${time(alert.slaDueAt, tz, reference)}`);
    if (alert.escalationLevel > 0) facts.push(`escalated x${alert.escalationLevel}`);
    if (alert.incidentId) facts.push(`incident ${alert.incidentId.length > 14 ? `${alert.incidentId.slice(0, 12)}…` : alert.incidentId}`);
    card.facts.title = alert.incidentId ? `incident ${alert.incidentId}` : '';
    card.facts.textContent = facts.join(' · ');
    this.updateTicket(card, alert);
    this.deliveries.update(card, alert, this.store, tz, reference);

    const lines = [];
    if (alert.acknowledgedBy) lines.push(`acknowledged by ${alert.acknowledgedBy} at ${time(alert.acknowledgedAt, tz, reference)}`);
    for (const v of alert.verifications ?? []) lines.push(`${(v.method ?? '').toUpperCase()} by ${v.by} at ${time(v.at, tz, reference)}: “${v.response}”`);
    if (alert.resolvedBy) lines.push(`resolved by ${alert.resolvedBy} at ${time(alert.resolvedAt, tz, reference)}`);
    for (const note of alert.notes ?? []) lines.push(`note: ${note}`);
    card.history.replaceChildren(...lines.map((line) => h('div', {}, line)));
    card.history.hidden = lines.length === 0;
    card.actions.hidden = alert.status === 'resolved';
    this.setDisabled(card);
  }

  /** The badge that leads to the alert's ticket: its priority and status when the page holds it. */
  updateTicket(card, alert) {
    const badge = card.ticket;
    badge.hidden = !alert.ticketId;
    if (!alert.ticketId) return;
    const ticket = this.store?.tickets.get(alert.ticketId);
    badge.dataset.ticketId = alert.ticketId;
    badge.className = `ticket-link${ticket ? ` prio-${ticket.priority}` : ''}`;
    badge.textContent = ticket ? `${(ticket.priority ?? '').toUpperCase()} ticket · ${label(ticket.status)}` : 'Ticket';
    badge.title = `Ticket ${alert.ticketId}${ticket?.assignee ? `, assigned to ${ticket.assignee}` : ''}: show it in the tickets panel`;
  }

  setDisabled(card) {
    const status = card.alert.status;
    card.ack.disabled = card.busy || status !== 'active';
    card.verify.disabled = card.busy || status === 'resolved';
    card.resolve.disabled = card.busy || status === 'resolved';
  }
}
