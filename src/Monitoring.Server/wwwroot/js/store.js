// What the page knows about the selected site: guards, their first devices, and alerts. Merges
// refuse to go back in time, because a snapshot and the live feed can cross each other.

import { severityRank } from './format.js';

const ms = (iso) => (iso ? Date.parse(iso) || 0 : 0);

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

  /** The latest host-clock time the page has seen (the host may run on a manual clock). */
  latestTime() {
    let latest = 0;
    for (const g of this.guards.values()) latest = Math.max(latest, ms(g.lastSeenAt), ms(g.lastEvaluatedAt));
    for (const a of this.alerts.values()) latest = Math.max(latest, ms(a.updatedAt));
    return latest ? new Date(latest).toISOString() : null;
  }
}
