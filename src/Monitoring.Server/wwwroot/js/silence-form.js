// The "New silence" dialog: matchers prefilled with the site (and, from an alert card, its type and
// guard), a start (blank: now) and an end (a duration or a time, in the site's zone), a comment and
// the author. The server validates; a 400 problem's field errors are shown next to their fields.

import { $, h } from './dom.js';
import { isoToZoned, label, zonedToIso } from './format.js';

/** Alert types an operator may want to silence; the site's current alerts add theirs. */
const TYPES = [
  'inactivity', 'baseline_anomaly', 'device_offline', 'battery_critical', 'battery_low', 'battery_shift_risk',
  'poor_signal', 'high_memory', 'geofence_exit', 'concurrent_device', 'biometric_failures', 'fraud_risk',
];

export class SilenceForm {
  constructor(onCreate) {
    this.onCreate = onCreate;
    this.dialog = $('silence-dialog');
    this.form = $('silence-form');
    this.busy = false;
    this.form.addEventListener('submit', (event) => this.submit(event));
    $('silence-cancel').addEventListener('click', () => this.dialog.close());
    $('silence-end-mode').addEventListener('change', () => this.showEnd());
    this.form.addEventListener('input', (event) => this.clearError(event.target));
  }

  /** Opens the form for the store's site; prefill may set siteId ('' = all sites), type, severity, guardId, deviceId. */
  open(store, prefill, author) {
    const site = store.site;
    this.tz = site?.timeZone ?? 'UTC';
    $('silence-tz').textContent = this.tz;
    const siteOption = h('option', { value: store.siteId }, `this site: ${site?.name ?? store.siteId}`);
    $('silence-site').replaceChildren(siteOption, h('option', { value: '' }, 'all sites (tenant-wide)'));
    const types = new Set(TYPES);
    for (const alert of store.alerts.values()) if (alert.type) types.add(alert.type);
    $('silence-type').replaceChildren(h('option', { value: '' }, 'any type'),
      ...[...types].sort().map((type) => h('option', { value: type }, label(type))));
    $('silence-guards').replaceChildren(...[...store.guards.keys()].sort().map((id) => h('option', { value: id })));

    $('silence-site').value = prefill?.siteId ?? store.siteId;
    $('silence-type').value = prefill?.type ?? '';
    $('silence-severity').value = prefill?.severity ?? '';
    $('silence-guard').value = prefill?.guardId ?? '';
    $('silence-device').value = prefill?.deviceId ?? '';
    $('silence-start').value = '';
    $('silence-end-mode').value = '120';
    const now = store.hostNow();
    $('silence-end').value = now ? isoToZoned(new Date(Date.parse(now) + 2 * 3600 * 1000).toISOString(), this.tz) : '';
    $('silence-end-resolved').checked = false;
    $('silence-comment').value = '';
    $('silence-author').value = author ?? '';
    this.showEnd();
    this.clearErrors();
    if (!this.dialog.open) this.dialog.showModal();
    (author ? $('silence-comment') : $('silence-author')).focus();
  }

  showEnd() {
    $('silence-end-label').hidden = $('silence-end-mode').value !== 'until';
  }

  body() {
    const matchers = {};
    const put = (name, value) => {
      if (value) matchers[name] = value;
    };
    put('siteId', $('silence-site').value);
    put('type', $('silence-type').value);
    put('severity', $('silence-severity').value);
    put('guardId', $('silence-guard').value.trim());
    put('deviceId', $('silence-device').value.trim());
    const body = {
      matchers,
      createdBy: $('silence-author').value.trim(),
      comment: $('silence-comment').value.trim(),
      endWhenResolved: $('silence-end-resolved').checked,
    };
    const startsAt = zonedToIso($('silence-start').value, this.tz);
    if (startsAt) body.startsAt = startsAt;
    const mode = $('silence-end-mode').value;
    if (mode === 'until') body.endsAt = zonedToIso($('silence-end').value, this.tz);
    else body.durationMinutes = Number(mode);
    return body;
  }

  async submit(event) {
    event.preventDefault();
    if (this.busy) return;
    this.clearErrors();
    const body = this.body();
    if (body.endsAt === null) {
      this.showErrors({ endsAt: ['pick when the silence ends'] });
      return;
    }
    this.busy = true;
    $('silence-submit').disabled = true;
    try {
      await this.onCreate(body);
      this.dialog.close();
    } catch (error) {
      if (error?.status === 400 && error.problem?.errors) this.showErrors(error.problem.errors);
      else if (error?.status === 403) this.showErrors({ form: ['This key\'s role may not create silences. Use an admin key.'] });
      else this.showErrors({ form: [error?.message ?? String(error)] });
    } finally {
      this.busy = false;
      $('silence-submit').disabled = false;
    }
  }

  /** Each error next to its field (by wire path: "endsAt", "matchers.siteId"); one no field claims, at the bottom. */
  showErrors(errors) {
    const slots = [...this.form.querySelectorAll('[data-error-for]')];
    const find = (key) => {
      const wanted = key.toLowerCase();
      const last = wanted.split('.').pop();
      return slots.find((s) => s.dataset.errorFor.toLowerCase() === wanted)
        ?? slots.find((s) => s.dataset.errorFor.toLowerCase().split('.').pop() === last)
        ?? (wanted.startsWith('matchers') ? slots.find((s) => s.dataset.errorFor === 'matchers') : undefined)
        ?? slots.find((s) => s.dataset.errorFor === 'form');
    };
    let first = null;
    for (const [key, messages] of Object.entries(errors)) {
      const slot = find(key);
      const text = [messages].flat().join(', ');
      slot.textContent = slot.textContent ? `${slot.textContent}; ${text}` : text;
      slot.hidden = false;
      const field = slot.closest('label')?.querySelector('input, select');
      field?.classList.add('needs-input');
      first ??= field;
    }
    first?.focus();
  }

  clearError(field) {
    field?.classList?.remove('needs-input');
    const slot = field?.closest?.('label')?.querySelector('[data-error-for]');
    if (slot) {
      slot.textContent = '';
      slot.hidden = true;
    }
  }

  clearErrors() {
    for (const slot of this.form.querySelectorAll('[data-error-for]')) {
      slot.textContent = '';
      slot.hidden = true;
    }
    for (const field of this.form.querySelectorAll('.needs-input')) field.classList.remove('needs-input');
  }
}
