// The tickets panel: the selected site's tickets that still wait for someone (new, assigned,
// in progress, and resolved ones waiting to be closed), newest first, with only the moves the
// workflow allows from each status. Rows are built once and updated in place, so that a click is
// not lost to a live update. A ticket that closes stays in view, dimmed, for a little while.

import { $, h } from './dom.js';
import { duration, label, time, utc } from './format.js';

/** The statuses listed on load: everything but closed. */
export const LISTED_STATUSES = ['new', 'assigned', 'in_progress', 'resolved'];

/** The moves of docs/api.md's workflow, in button order, and the statuses each is legal from. */
const MOVES = [
  { to: 'assigned', from: ['new', 'assigned'], title: 'Name who works on it (assigned to someone else before work starts: reassign)' },
  { to: 'in_progress', from: ['assigned'], text: 'Start', title: 'Work on it has started' },
  { to: 'resolved', from: ['in_progress'], text: 'Resolve', title: 'The cause is dealt with' },
  { to: 'closed', from: ['resolved'], text: 'Close', title: 'Nothing left to do: closed is final' },
];
const OPEN = new Set(['new', 'assigned', 'in_progress']);
const PAGE = 200;
const MAX_PAGES = 5;
const FRESH_MS = 4000;
const CLOSED_SHOWN_MS = 30000;
const SPOTLIGHT_MS = 2500;

const ms = (iso) => (iso ? Date.parse(iso) || 0 : 0);

/** Every listed ticket of the site, one query per status (the API filters on one status at a time). */
export async function fetchListedTickets(api, siteId) {
  const lists = await Promise.all(LISTED_STATUSES.map(async (status) => {
    const items = [];
    let cursor = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await api.tickets(siteId, status, PAGE, cursor);
      items.push(...(result?.items ?? []));
      cursor = result?.nextCursor;
      if (!cursor) break;
    }
    return items;
  }));
  return lists.flat();
}

/** Past its SLA and not resolved yet, by the host's clock as the page knows it (Store.hostNow). */
export function isOverdue(ticket, hostNowIso) {
  return OPEN.has(ticket.status) && !!hostNowIso && ms(ticket.slaDueAt) > 0 && ms(ticket.slaDueAt) < ms(hostNowIso);
}

function historyLine(entry, tz, reference) {
  const what = entry.action === 'moved' ? `moved to ${label(entry.status)}` : entry.action;
  return `${time(entry.at, tz, reference)} ${what}${entry.assignee ? ` (${entry.assignee})` : ''} by ${entry.by}`;
}

export class TicketsPanel {
  constructor(onMove) {
    this.onMove = onMove;
    this.rows = new Map();
    this.fresh = new Map(); // ticketId -> until: just opened, highlighted
    this.kept = new Map(); // ticketId -> until: closed, or asked for from an alert, shown anyway
    this.body = $('tickets-body');
    this.timer = null;
  }

  /** Called for each ticket the store took. Live ones that are new get a highlight. */
  noticed(ticket, previous, live) {
    const now = Date.now();
    if (live && previous === undefined) this.fresh.set(ticket.ticketId, now + FRESH_MS);
    if (ticket.status === 'closed' && previous && previous.status !== 'closed') this.kept.set(ticket.ticketId, now + CLOSED_SHOWN_MS);
  }

  /** Keeps a ticket in view for a while whatever its status (an operator asked to see it). */
  keep(ticketId) {
    this.kept.set(ticketId, Date.now() + CLOSED_SHOWN_MS);
  }

  shows(ticket) {
    return ticket.status !== 'closed' || (this.kept.get(ticket.ticketId) ?? 0) > Date.now();
  }

  render(store) {
    this.store = store;
    if (!store) return;
    clearTimeout(this.timer);
    const now = Date.now();
    for (const map of [this.fresh, this.kept]) {
      for (const [id, until] of map) if (until <= now) map.delete(id);
    }
    const tz = store.site?.timeZone ?? 'UTC';
    const reference = store.latestTime();
    const hostNow = store.hostNow();
    const shown = store.sortedTickets((t) => this.shows(t));
    const keep = new Set(shown.map((t) => t.ticketId));
    for (const [id, row] of this.rows) {
      if (!keep.has(id)) {
        row.root.remove();
        this.rows.delete(id);
      }
    }
    for (const ticket of shown) {
      let row = this.rows.get(ticket.ticketId);
      if (!row) {
        row = this.build(ticket);
        this.rows.set(ticket.ticketId, row);
      }
      this.update(row, ticket, tz, reference, hostNow);
      this.body.append(row.root); // append moves it into sorted position
    }

    const open = shown.filter((t) => OPEN.has(t.status));
    const overdue = open.filter((t) => isOverdue(t, hostNow)).length;
    $('tickets-open-count').textContent = open.length;
    $('tickets-overdue').textContent = `${overdue} overdue`;
    $('tickets-overdue').classList.toggle('zero', overdue === 0);
    $('tickets-table').hidden = shown.length === 0;
    const empty = $('tickets-empty');
    empty.hidden = shown.length > 0;
    empty.textContent = store.siteId ? 'No open tickets at this site.' : 'Pick a site to see its tickets.';

    const next = Math.min(...this.fresh.values(), ...this.kept.values());
    if (Number.isFinite(next)) this.timer = setTimeout(() => this.render(this.store), Math.max(50, next - now + 20));
  }

  /** Scrolls to a ticket's row and makes it blink once; false when it is not shown. */
  spotlight(ticketId) {
    const row = this.rows.get(ticketId);
    if (!row) return false;
    row.root.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    row.root.classList.remove('spotlight');
    void row.root.offsetWidth; // restart the animation
    row.root.classList.add('spotlight');
    clearTimeout(row.spotlightTimer);
    row.spotlightTimer = setTimeout(() => row.root.classList.remove('spotlight'), SPOTLIGHT_MS);
    return true;
  }

  build(ticket) {
    const r = {};
    r.priority = h('span', { class: 'prio-badge' });
    r.category = h('span', { class: 'ticket-category' });
    r.subject = h('span', { class: 'sub mono' });
    r.status = h('span', { class: 'ticket-status' });
    r.assignee = h('span', { class: 'ticket-assignee' });
    r.sla = h('span', { class: 'ticket-sla mono' });
    r.slaNote = h('span', { class: 'sub' });
    r.alerts = h('span', { class: 'ticket-alerts mono' });
    r.buttons = MOVES.map((move) => h('button', {
      type: 'button', class: 'act-button move-button', title: move.title, dataset: { move: move.to },
    }, move.text ?? ''));
    r.none = h('span', { class: 'muted' }, '—');
    r.root = h('tr', { class: 'ticket-row', dataset: { ticketId: ticket.ticketId } },
      h('td', {}, r.priority),
      h('td', { class: 'ticket-what' }, r.category, r.subject),
      h('td', {}, r.status),
      h('td', {}, r.assignee),
      h('td', {}, r.sla, r.slaNote),
      h('td', { class: 'num' }, r.alerts),
      h('td', { class: 'ticket-actions' }, h('span', { class: 'move-group' }, r.buttons), r.none));

    const row = { ...r, ticket, busy: false };
    MOVES.forEach((move, index) => r.buttons[index].addEventListener('click', () => this.move(row, move.to)));
    return row;
  }

  async move(row, to) {
    if (row.busy) return;
    row.busy = true;
    this.setDisabled(row);
    try {
      await this.onMove(row.ticket, to);
    } finally {
      row.busy = false;
      this.setDisabled(row);
    }
  }

  update(row, ticket, tz, reference, hostNow) {
    row.ticket = ticket;
    const priority = ticket.priority ?? 'p4';
    const overdue = isOverdue(ticket, hostNow);
    row.root.className = `ticket-row prio-edge-${priority} tstatus-row-${ticket.status}`;
    row.root.classList.toggle('overdue', overdue);
    row.root.classList.toggle('fresh', this.fresh.has(ticket.ticketId));
    row.root.dataset.status = ticket.status;

    row.priority.className = `prio-badge prio-${priority}`;
    row.priority.textContent = priority.toUpperCase();
    row.category.textContent = label(ticket.category);
    row.subject.textContent = [ticket.guardId ?? 'whole site', `opened ${time(ticket.createdAt, tz, reference)}`].join(' · ');
    row.subject.title = `ticket ${ticket.ticketId}${ticket.incidentId ? `; incident ${ticket.incidentId}` : ''}; opened ${utc(ticket.createdAt)}`;

    row.status.className = `ticket-status tstatus-${ticket.status}`;
    row.status.textContent = label(ticket.status);
    row.status.dataset.status = ticket.status;
    row.status.title = (ticket.history ?? []).map((entry) => historyLine(entry, tz, reference)).join('\n');

    row.assignee.textContent = ticket.assignee ?? '—';
    row.assignee.classList.toggle('muted', !ticket.assignee);

    row.sla.textContent = time(ticket.slaDueAt, tz, reference);
    row.sla.title = `resolve by ${utc(ticket.slaDueAt)}`;
    const left = ms(ticket.slaDueAt) - ms(hostNow);
    if (overdue) {
      row.slaNote.replaceChildren(h('span', { class: 'overdue-marker', title: 'Past its SLA and not resolved' }, `OVERDUE ${duration(left)}`));
    } else {
      row.slaNote.textContent = OPEN.has(ticket.status) && hostNow ? `in ${duration(left)}` : '';
    }

    const count = ticket.alertIds?.length ?? 0;
    row.alerts.textContent = count;
    row.alerts.title = count ? `alerts: ${ticket.alertIds.join(', ')}` : 'no alerts attached';

    MOVES.forEach((move, index) => {
      const button = row.buttons[index];
      button.hidden = !move.from.includes(ticket.status);
      if (move.to === 'assigned') button.textContent = ticket.status === 'assigned' ? 'Reassign…' : 'Assign…';
    });
    row.none.hidden = row.buttons.some((b) => !b.hidden);
    this.setDisabled(row);
  }

  setDisabled(row) {
    for (const button of row.buttons) button.disabled = row.busy;
  }
}
