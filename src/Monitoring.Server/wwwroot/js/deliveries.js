// How an alert's notifications stand, on its card: silenced (by which silence), inhibited (by which
// alert), what was delivered ("notified tier 1 · 3 sent · 1 failed"), and on a click the delivery
// log rows of that alert (contact, channel, status, attempts, last error).

import { h } from './dom.js';
import { label, time, utc } from './format.js';

const COLUMNS = ['Contact', 'Channel', 'Tier', 'Status', 'Attempts', 'Last error', 'Updated'];

const ms = (iso) => (iso ? Date.parse(iso) || 0 : 0);

export class Deliveries {
  /** needSilence(id): asks the page to find a silence it does not hold; onChange: something arrived, render again. */
  constructor({ api, onChange, onSilenceSimilar, needSilence }) {
    this.api = api;
    this.onChange = onChange;
    this.onSilenceSimilar = onSilenceSimilar;
    this.needSilence = needSilence;
    this.sources = new Map(); // alertId of an inhibiting alert -> its type (null while asked for)
    this.logs = new Map(); // alertId -> { rows: Map(deliveryId -> Delivery), error, loading } while its log is open
    this.contacts = null; // contactId -> name, once asked for
  }

  /** The card's notice line and its log (the "Silence similar" button, card.similar, goes where the card wants it); called once per card. */
  build(card) {
    card.silenced = h('span', { class: 'notice-badge silenced-badge', tabindex: 0 }, 'silenced');
    card.inhibited = h('span', { class: 'notice-badge inhibited-badge', tabindex: 0 });
    card.delivery = h('button', { type: 'button', class: 'delivery-state', 'aria-expanded': 'false' });
    card.similar = h('button', { type: 'button', class: 'ghost-button silence-similar', title: 'Create a silence for alerts like this one (this site, this type, this guard)' }, 'Silence similar…');
    card.log = h('div', { class: 'delivery-log', hidden: true });
    card.delivery.addEventListener('click', () => this.toggle(card));
    card.similar.addEventListener('click', () => this.onSilenceSimilar(card.alert));
    card.notices = h('div', { class: 'alert-notices' }, card.silenced, card.inhibited, card.delivery);
    return [card.notices, card.log];
  }

  update(card, alert, store, tz, reference) {
    card.root.classList.toggle('silenced', !!alert.silencedBy);
    card.silenced.hidden = !alert.silencedBy;
    if (alert.silencedBy) {
      const silence = store.silences.get(alert.silencedBy);
      if (!silence) this.needSilence(alert.silencedBy);
      card.silenced.dataset.silenceId = alert.silencedBy;
      card.silenced.title = silence
        ? `Silenced by ${silence.createdBy}: “${silence.comment}”, until ${time(silence.endedAt ?? silence.endsAt, tz, reference)} (${utc(silence.endedAt ?? silence.endsAt)}). Not notified, not escalated.`
        : `Silenced by silence ${alert.silencedBy}: not notified, not escalated.`;
    }

    card.inhibited.hidden = !alert.inhibitedBy;
    if (alert.inhibitedBy) {
      const type = store.alerts.get(alert.inhibitedBy)?.type ?? this.sourceType(alert.inhibitedBy);
      card.inhibited.textContent = `inhibited by ${type ? label(type) : 'another alert'}`;
      card.inhibited.dataset.alertId = alert.inhibitedBy;
      card.inhibited.title = `Not notified while alert ${alert.inhibitedBy} is open: the people paged for it already know.`;
    }

    this.updateState(card, alert.deliveries);
    card.similar.hidden = alert.status === 'resolved';
    card.notices.hidden = card.silenced.hidden && card.inhibited.hidden && card.delivery.hidden;
    // The summary moved on: the open log asks again (the feed may have missed a row, e.g. while offline).
    const log = this.logs.get(alert.alertId);
    if (log && !log.loading && (alert.deliveries?.lastAt ?? null) !== log.lastAt) this.load(alert);
    this.renderLog(card, tz, reference);
  }

  updateState(card, d) {
    const total = d ? (d.pending ?? 0) + (d.sent ?? 0) + (d.failed ?? 0) + (d.dead ?? 0) : 0;
    const none = total === 0 && d?.lastTier == null;
    card.delivery.hidden = none && !this.logs.has(card.alert.alertId);
    if (none) {
      card.delivery.replaceChildren('no notification sent');
      return;
    }
    const parts = [h('span', {}, d.lastTier == null ? 'notifying' : `notified tier ${d.lastTier}`)];
    const count = (n, text, bad) => n > 0 && parts.push(' · ', h('span', { class: bad ? 'delivery-bad' : '' }, `${n} ${text}`));
    count(d.sent ?? 0, 'sent', false);
    count(d.pending ?? 0, 'pending', false);
    count(d.failed ?? 0, 'failed', true);
    count(d.dead ?? 0, 'dead', true);
    card.delivery.replaceChildren(...parts);
    card.delivery.classList.toggle('has-failures', (d.failed ?? 0) + (d.dead ?? 0) > 0);
    card.delivery.title = `Deliveries of this alert${d.lastAt ? `, last change ${utc(d.lastAt)}` : ''}: click for the log`;
  }

  /** The type of an alert that inhibits one of ours, fetched once when the page does not hold it. */
  sourceType(alertId) {
    if (this.sources.has(alertId)) return this.sources.get(alertId);
    this.sources.set(alertId, null);
    this.api.alert(alertId)
      .then((source) => {
        this.sources.set(alertId, source.type ?? null);
        this.onChange();
      })
      .catch(() => {});
    return null;
  }

  toggle(card) {
    const id = card.alert.alertId;
    if (this.logs.has(id)) this.logs.delete(id);
    else this.load(card.alert);
    this.onChange();
  }

  async load(alert) {
    const alertId = alert.alertId;
    const log = this.logs.get(alertId) ?? { rows: new Map(), error: null };
    log.lastAt = alert.deliveries?.lastAt ?? null;
    log.loading = true;
    this.logs.set(alertId, log);
    try {
      const [page] = await Promise.all([this.api.deliveries(alertId), this.loadContacts()]);
      for (const delivery of page?.items ?? []) this.put(log, delivery);
      log.error = null;
    } catch (error) {
      log.error = error.status === 403 ? 'This key may not read the delivery log.' : `Could not load the delivery log: ${error.message}`;
    } finally {
      log.loading = false;
      this.onChange();
    }
  }

  async loadContacts() {
    if (this.contacts) return;
    this.contacts = new Map();
    try {
      const result = await this.api.contacts();
      for (const contact of Array.isArray(result) ? result : result?.items ?? []) this.contacts.set(contact.contactId, contact.name);
    } catch {
      // The log still shows contact ids.
    }
  }

  /** A delivery from the feed (notification_sent / _failed): true when an open log took it. */
  noticed(delivery) {
    let taken = false;
    for (const alertId of delivery?.alertIds ?? []) {
      const log = this.logs.get(alertId);
      if (log) taken = this.put(log, delivery) || taken;
    }
    return taken;
  }

  put(log, delivery) {
    const current = log.rows.get(delivery.deliveryId);
    if (current && ms(delivery.updatedAt) < ms(current.updatedAt)) return false;
    log.rows.set(delivery.deliveryId, delivery);
    return true;
  }

  renderLog(card, tz, reference) {
    const log = this.logs.get(card.alert.alertId);
    card.log.hidden = !log;
    card.delivery.setAttribute('aria-expanded', String(!!log));
    if (!log) return;
    const rows = [...log.rows.values()].sort((a, b) => ms(b.createdAt) - ms(a.createdAt) || a.deliveryId.localeCompare(b.deliveryId));
    if (log.error || rows.length === 0) {
      card.log.replaceChildren(h('p', { class: 'muted' }, log.error ?? (log.loading ? 'Loading…' : 'No delivery for this alert yet.')));
      return;
    }
    card.log.replaceChildren(h('table', { class: 'deliveries' },
      h('thead', {}, h('tr', {}, COLUMNS.map((c) => h('th', {}, c)))),
      h('tbody', {}, rows.map((d) => h('tr', { dataset: { deliveryId: d.deliveryId, status: d.status } },
        h('td', { title: d.contactId }, this.contacts?.get(d.contactId) ?? d.contactId),
        h('td', {}, d.channel),
        h('td', { class: 'num', title: d.reason ? `reason: ${label(d.reason)}` : '' }, d.tier),
        h('td', {}, h('span', { class: `dstatus dstatus-${d.status}` }, d.status)),
        h('td', { class: 'num' }, d.attempts ?? 0),
        h('td', { class: 'delivery-error' }, d.lastError ?? ''),
        h('td', { class: 'mono', title: utc(d.updatedAt) }, time(d.updatedAt, tz, reference)))))));
  }
}
