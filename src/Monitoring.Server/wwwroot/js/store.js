// What the page knows about the selected site: guards, their first devices, alerts, tickets and the
// silences that apply to it. Merges refuse to go back in time, because a snapshot and the live feed
// can cross each other.

import { priorityRank, severityRank } from './format.js';

const ms = (iso) => (iso ? Date.parse(iso) || 0 : 0);
const TRACKING_MS = 15 * 60 * 1000;
const SILENCE_ORDER = { pending: 0, active: 1, expired: 2 };

export class Store {
  constructor() {
    this.clear(null);
  }

  clear(siteId) {
    this.siteId = siteId;
    this.site = null;
    this.guards = new Map();
    this.devices = new Map();
    this.alerts = new Map();
    this.tickets = new Map();
    this.silences = new Map();
  }

  /** True when the guard was taken (false when the data is older than what we hold). */
  putGuard(guard) {
    if (!guard?.guardId) return false;
    if (guard.siteId && this.siteId && guard.siteId !== this.siteId) {
      return this.guards.delete(guard.guardId);
    }
    const current = this.guards.get(guard.guardId);
    if (current && (ms(guard.lastSeenAt) < ms(current.lastSeenAt) || ms(guard.lastEvaluatedAt) < ms(current.lastEvaluatedAt))) {
      return false;
    }
    this.guards.set(guard.guardId, guard);
    return true;
  }

  putDevice(device) {
    if (!device?.deviceId) return false;
    const current = this.devices.get(device.deviceId);
    if (current && ms(device.lastSeenAt) < ms(current.lastSeenAt)) return false;
    this.devices.set(device.deviceId, device);
    return true;
  }

  /** Returns the alert it replaced (undefined when new), or null when the data was stale. */
  putAlert(alert) {
    if (!alert?.alertId) return null;
    if (this.siteId && alert.siteId !== this.siteId) return null;
    const current = this.alerts.get(alert.alertId);
    if (current && ms(alert.updatedAt) < ms(current.updatedAt)) return null;
    this.alerts.set(alert.alertId, alert);
    return current;
  }

  /** Same contract as putAlert: the ticket it replaced, undefined when new, null when stale. */
  putTicket(ticket) {
    if (!ticket?.ticketId) return null;
    if (this.siteId && ticket.siteId !== this.siteId) return null;
    const current = this.tickets.get(ticket.ticketId);
    if (current && (ms(ticket.updatedAt) < ms(current.updatedAt)
      || (ms(ticket.updatedAt) === ms(current.updatedAt) && (ticket.history?.length ?? 0) < (current.history?.length ?? 0)))) {
      return null;
    }
    this.tickets.set(ticket.ticketId, ticket);
    return current;
  }

  /**
   * Same contract as putAlert, for a silence of this site or a tenant-wide one; one of another site
   * is not taken (and forgotten if held). An ended silence never comes back to life.
   */
  putSilence(silence) {
    if (!silence?.silenceId) return null;
    const site = silence.matchers?.siteId;
    if (site && site !== this.siteId) {
      this.silences.delete(silence.silenceId);
      return null;
    }
    const current = this.silences.get(silence.silenceId);
    if (current?.endedAt && !silence.endedAt) return null;
    this.silences.set(silence.silenceId, silence);
    return current;
  }

  /**
   * pending, active or expired by the host's clock as the page knows it, never behind what the
   * server said (time only moves forward, and a page that has seen little may lag the host).
   */
  silenceStatus(silence) {
    const now = ms(this.hostNow());
    let status = 'active';
    if (silence.endedAt || (now && now >= ms(silence.endsAt))) status = 'expired';
    else if (!now || now < ms(silence.startsAt)) status = 'pending';
    return SILENCE_ORDER[silence.status] > SILENCE_ORDER[status] ? silence.status : status;
  }

  firstDeviceId(guard) {
    return guard?.deviceIds?.[0] ?? null;
  }

  /** On-shift first, then the worst score, then by id, so the grid reads top-down by urgency. */
  sortedGuards() {
    return [...this.guards.values()].sort((a, b) =>
      Number(b.onShift) - Number(a.onShift)
      || Number(b.isInactive) - Number(a.isInactive)
      || severityRank(b.severity) - severityRank(a.severity)
      || (b.inactivityScore ?? 0) - (a.inactivityScore ?? 0)
      || a.guardId.localeCompare(b.guardId));
  }

  /** Newest first; the worst first among alerts raised at the same time. */
  sortedAlerts(openOnly) {
    return [...this.alerts.values()]
      .filter((a) => !openOnly || a.status !== 'resolved')
      .sort((a, b) => ms(b.raisedAt) - ms(a.raisedAt)
        || severityRank(b.severity) - severityRank(a.severity)
        || b.alertId.localeCompare(a.alertId));
  }

  /** Newest first; the most urgent first among tickets opened at the same time. */
  sortedTickets(keep) {
    return [...this.tickets.values()]
      .filter((t) => keep(t))
      .sort((a, b) => ms(b.createdAt) - ms(a.createdAt)
        || priorityRank(b.priority) - priorityRank(a.priority)
        || b.ticketId.localeCompare(a.ticketId));
  }

  counts() {
    const guards = [...this.guards.values()];
    const open = [...this.alerts.values()].filter((a) => a.status !== 'resolved');
    const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const alert of open) bySeverity[alert.severity] = (bySeverity[alert.severity] ?? 0) + 1;
    return {
      onShift: guards.filter((g) => g.onShift).length,
      inactive: guards.filter((g) => g.onShift && g.isInactive).length,
      open: open.length,
      all: this.alerts.size,
      bySeverity,
    };
  }

  /**
   * The host's clock as well as the page can tell: the wall clock when the host's latest times
   * track it (a system clock), else the latest host time seen (a manual clock stands still between
   * moves, and may be far from today).
   */
  hostNow() {
    const latest = this.latestTime();
    if (!latest) return null;
    const behind = Date.now() - ms(latest);
    return behind >= -TRACKING_MS && behind <= TRACKING_MS ? new Date().toISOString() : latest;
  }

  /** The latest host-clock time the page has seen (the host may run on a manual clock). */
  latestTime() {
    let latest = 0;
    for (const g of this.guards.values()) latest = Math.max(latest, ms(g.lastSeenAt), ms(g.lastEvaluatedAt));
    for (const a of this.alerts.values()) latest = Math.max(latest, ms(a.updatedAt));
    for (const t of this.tickets.values()) latest = Math.max(latest, ms(t.updatedAt));
    for (const s of this.silences.values()) latest = Math.max(latest, ms(s.createdAt), ms(s.endedAt));
    return latest ? new Date(latest).toISOString() : null;
  }
}
