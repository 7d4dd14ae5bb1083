// The tenant overview, the dashboard's landing page: one row per site (guards on shift, inactive
// guards, open alerts by severity, its worst guard), most urgent first, and the sites on a map drawn
// from their own coordinates (js/site-map.js). It is fed by GET api/v1/sites and then by the hub's
// site_summary envelopes (one per site per second at most), never by per-guard updates.

import { $, h } from './dom.js';
import { score, SEVERITIES, severityOfScore } from './format.js';
import { drawSiteMap } from './site-map.js';

const SITES_LIMIT = 500;

/** Most urgent first: critical, high, inactive guards, medium, low, the worst score, then by name. */
export function urgencyOrder(a, b) {
  const c = (s, k) => s.activeAlerts?.[k] ?? 0;
  return c(b, 'critical') - c(a, 'critical')
    || c(b, 'high') - c(a, 'high')
    || (b.inactiveGuards ?? 0) - (a.inactiveGuards ?? 0)
    || c(b, 'medium') - c(a, 'medium')
    || c(b, 'low') - c(a, 'low')
    || (b.worstGuardScore ?? -1) - (a.worstGuardScore ?? -1)
    || (a.name ?? a.siteId).localeCompare(b.name ?? b.siteId)
    || a.siteId.localeCompare(b.siteId);
}

/** The worst severity a site shows: its worst open alert, else none. */
export function siteSeverity(site) {
  return SEVERITIES.find((s) => (site.activeAlerts?.[s] ?? 0) > 0) ?? null;
}

export class Overview {
  constructor({ api, onOpen }) {
    this.api = api;
    this.onOpen = onOpen;
    this.sites = new Map();
    this.seenAt = new Map(); // the feed's `at` of each site's summary held, so an older one never wins
    this.loaded = false;
  }

  async load() {
    this.take(await this.api.sites(SITES_LIMIT));
  }

  /** A snapshot of the sites (GET api/v1/sites), replacing what is held. */
  take(sites) {
    this.sites.clear();
    for (const site of sites) this.sites.set(site.siteId, site);
    this.loaded = true;
  }

  /** A site_summary envelope; false when it was older than what is held. */
  put(envelope) {
    const site = envelope?.data;
    if (!site?.siteId) return false;
    const at = Date.parse(envelope.at ?? '') || 0;
    if (at && at < (this.seenAt.get(site.siteId) ?? 0)) return false;
    if (at) this.seenAt.set(site.siteId, at);
    this.sites.set(site.siteId, site);
    return true;
  }

  name(siteId) {
    return this.sites.get(siteId)?.name ?? siteId;
  }

  sorted() {
    return [...this.sites.values()].sort(urgencyOrder);
  }

  render(visible) {
    $('overview').hidden = !visible;
    if (!visible) return;
    const sites = this.sorted();
    const body = $('overview-body');
    body.replaceChildren(...sites.map((site) => this.row(site)));
    $('overview-empty').hidden = sites.length > 0;
    $('overview-empty').textContent = this.loaded ? 'No sites yet: a site appears when an admin puts it or a guard starts a shift there.' : 'Loading sites…';
    const totals = { onShift: 0, inactive: 0, critical: 0, high: 0 };
    for (const site of sites) {
      totals.onShift += site.guardsOnShift ?? 0;
      totals.inactive += site.inactiveGuards ?? 0;
      totals.critical += site.activeAlerts?.critical ?? 0;
      totals.high += site.activeAlerts?.high ?? 0;
    }
    $('overview-meta').textContent = `${sites.length} site${sites.length === 1 ? '' : 's'} · ${totals.onShift} on shift · `
      + `${totals.inactive} inactive · ${totals.critical} critical · ${totals.high} high`;
    drawSiteMap($('site-map'), sites, (siteId) => this.onOpen(siteId));
  }

  row(site) {
    const severity = siteSeverity(site);
    const open = () => this.onOpen(site.siteId);
    const worst = site.worstGuardId
      ? h('span', { class: `score-badge sev-${severityOfScore(site.worstGuardScore ?? 0)}`, title: 'Highest inactivity score at the last evaluation' },
        h('span', { class: 'mono strong' }, site.worstGuardId), ' ',
        h('span', { class: 'score-value' }, score(site.worstGuardScore)))
      : h('span', { class: 'muted' }, '—');
    return h('tr', {
      class: `site-row${severity ? ` sev-edge-${severity}` : ''}`,
      dataset: { siteId: site.siteId },
      tabindex: 0,
      title: `Open ${site.name} (today's site view)`,
      onclick: open,
      onkeydown: (event) => {
        if (event.key === 'Enter') open();
      },
    },
    h('td', { class: 'site-name' }, h('span', { class: 'strong' }, site.name), h('span', { class: 'sub mono' }, `${site.siteId} · ${site.timeZone}`)),
    h('td', { class: 'num', dataset: { field: 'on-shift' } }, String(site.guardsOnShift ?? 0)),
    h('td', { class: `num${site.inactiveGuards ? ' tone-bad' : ''}`, dataset: { field: 'inactive' } }, String(site.inactiveGuards ?? 0)),
    h('td', {}, h('span', { class: 'sev-chips' }, SEVERITIES.map((s) => {
      const n = site.activeAlerts?.[s] ?? 0;
      return h('span', { class: `chip sev-${s}${n ? '' : ' zero'}`, dataset: { severity: s } }, `${n} ${s}`);
    }))),
    h('td', { dataset: { field: 'worst' } }, worst));
  }
}
