// The tenant-wide strip under the top bar: every critical and high alert still waiting for someone
// (status active), whichever site is open, most severe and newest first. A new one at a site other
// than the open one rings (js/alarm.js) and makes the strip pulse; a click opens its site.

import { $, h } from './dom.js';
import { duration, label, severityRank } from './format.js';

const SEVERE = new Set(['critical', 'high']);
const SHOWN = 12;
const RING_MS = 3000;

const ms = (iso) => (iso ? Date.parse(iso) || 0 : 0);

export class AlertStrip {
  constructor({ api, siteName, onOpen, onRing }) {
    this.api = api;
    this.siteName = siteName;
    this.onOpen = onOpen;
    this.onRing = onRing;
    this.alerts = new Map();
    this.ringTimer = null;
  }

  /** The snapshot: active critical and high alerts of the whole tenant (quiet: nothing rings). */
  async load() {
    const [critical, high] = await Promise.all([this.api.activeAlerts('critical'), this.api.activeAlerts('high')]);
    this.alerts.clear();
    for (const alert of [...(critical.items ?? []), ...(high.items ?? [])]) this.alerts.set(alert.alertId, alert);
  }

  /**
   * An alert from the feed: kept while it is active and critical or high, dropped otherwise. True
   * when the strip changed; a new one at another site than `openSiteId` rings unless it is silenced.
   */
  put(alert, openSiteId) {
    if (!alert?.alertId) return false;
    const current = this.alerts.get(alert.alertId);
    if (current && ms(alert.updatedAt) < ms(current.updatedAt)) return false;
    const keep = alert.status === 'active' && SEVERE.has(alert.severity);
    if (!keep) return this.alerts.delete(alert.alertId);
    this.alerts.set(alert.alertId, alert);
    const rises = !current || severityRank(alert.severity) > severityRank(current.severity);
    if (rises && alert.siteId !== openSiteId && !alert.silencedBy) this.ring(alert);
    return true;
  }

  ring(alert) {
    const strip = $('alert-strip');
    strip.classList.remove('ringing');
    void strip.offsetWidth; // restart the animation
    strip.classList.add('ringing');
    clearTimeout(this.ringTimer);
    this.ringTimer = setTimeout(() => strip.classList.remove('ringing'), RING_MS);
    this.onRing(alert);
  }

  sorted() {
    return [...this.alerts.values()].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)
      || ms(b.raisedAt) - ms(a.raisedAt) || a.alertId.localeCompare(b.alertId));
  }

  render(openSiteId, now) {
    const alerts = this.sorted();
    const strip = $('alert-strip');
    strip.hidden = alerts.length === 0;
    const items = alerts.slice(0, SHOWN).map((alert) => h('button', {
      type: 'button',
      class: `strip-alert sev-${alert.severity}${alert.siteId === openSiteId ? ' here' : ''}`,
      dataset: { alertId: alert.alertId, siteId: alert.siteId },
      title: `Open ${this.siteName(alert.siteId)}`,
      onclick: () => this.onOpen(alert.siteId),
    },
    h('span', { class: 'strip-sev' }, alert.severity.toUpperCase()),
    h('span', { class: 'strip-type' }, label(alert.type)),
    h('span', { class: 'strip-site' }, this.siteName(alert.siteId)),
    alert.guardId ? h('span', { class: 'mono' }, alert.guardId) : null,
    h('span', { class: 'muted mono' }, duration(now - ms(alert.raisedAt)))));
    if (alerts.length > SHOWN) items.push(h('span', { class: 'strip-more muted' }, `+${alerts.length - SHOWN} more`));
    $('alert-strip-count').textContent = `${alerts.length} waiting`;
    $('alert-strip-items').replaceChildren(...items);
  }
}
