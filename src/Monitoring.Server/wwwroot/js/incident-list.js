// The incident list: one row per incident, newest first, kept in a Map by id so live updates replace
// rows in place. Rows that no longer match the filters are dropped.

import { h } from './dom.js';

export class IncidentList {
  constructor({ body, empty, count, onSelect }) {
    this.body = body;
    this.empty = empty;
    this.count = count;
    this.onSelect = onSelect;
    this.items = new Map();
    this.filters = { status: '', siteId: '' };
    this.selectedId = null;
  }

  reset(items, filters) {
    this.filters = filters;
    this.items = new Map(items.map((i) => [i.incidentId, i]));
    this.render();
  }

  append(items) {
    for (const item of items) this.items.set(item.incidentId, item);
    this.render();
  }

  /** A live incident: kept when it matches the filters, dropped otherwise. */
  upsert(incident) {
    if (this.matches(incident)) this.items.set(incident.incidentId, incident);
    else this.items.delete(incident.incidentId);
    this.render();
  }

  select(incidentId) {
    this.selectedId = incidentId;
    for (const row of this.body.querySelectorAll('tr[data-incident-id]')) {
      row.classList.toggle('selected', row.dataset.incidentId === incidentId);
    }
  }

  matches(incident) {
    return (!this.filters.status || incident.status === this.filters.status)
      && (!this.filters.siteId || incident.siteId === this.filters.siteId);
  }

  render() {
    const sorted = [...this.items.values()].sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? '')
      || b.incidentId.localeCompare(a.incidentId));
    this.body.replaceChildren(...sorted.map((i) => this.row(i)));
    this.empty.hidden = sorted.length > 0;
    this.count.textContent = sorted.length ? `(${sorted.length})` : '';
  }

  row(incident) {
    return h('tr', {
      dataset: { incidentId: incident.incidentId, status: incident.status },
      class: incident.incidentId === this.selectedId ? 'selected' : null,
      tabindex: 0,
      onclick: () => this.onSelect(incident.incidentId),
      onkeydown: (event) => { if (event.key === 'Enter') this.onSelect(incident.incidentId); },
    },
    h('td', null, h('span', { class: `inc-status s-${incident.status}` }, incident.status)),
    h('td', null, h('span', { class: `inc-sev v-${incident.severity}` }, incident.severity)),
    h('td', null, incident.siteId, h('span', { class: 'sub' }, incident.guardId ?? 'several guards')),
    h('td', null, `${incident.openAlerts ?? 0} open / ${incident.alertIds?.length ?? 0}`),
    h('td', null, incident.assignee ?? '—'),
    h('td', { title: incident.openedAt }, shortTime(incident.openedAt)));
  }
}

export function shortTime(iso) {
  if (!iso) return '—';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '—' : at.toISOString().replace('T', ' ').slice(0, 16) + 'Z';
}
