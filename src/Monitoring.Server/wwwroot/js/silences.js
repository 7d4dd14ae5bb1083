// The silences panel: the maintenance windows that apply to the selected site (its own and the
// tenant-wide ones), in force first, then those still to come. A silence that ends while the page
// watches stays in view, dimmed, for a little while. Rows are built once and updated in place.

import { $, h } from './dom.js';
import { label, time, utc } from './format.js';

const ORDER = { active: 0, pending: 1, expired: 2 };
const EXPIRED_SHOWN_MS = 30000;
const CONFIRM_MS = 5000;

const ms = (iso) => (iso ? Date.parse(iso) || 0 : 0);

/** What a silence matches, as short chips: "site gate-3", "type inactivity", ... */
export function matcherChips(matchers, siteName) {
  const m = matchers ?? {};
  const chips = [m.siteId ? h('span', { class: 'matcher', title: `site ${m.siteId}` }, `site ${siteName ?? m.siteId}`)
    : h('span', { class: 'matcher matcher-wide', title: 'every site of the tenant' }, 'all sites')];
  if (m.type) chips.push(h('span', { class: 'matcher' }, `type ${label(m.type)}`));
  if (m.severity) chips.push(h('span', { class: `matcher sev-${m.severity}` }, m.severity));
  if (m.guardId) chips.push(h('span', { class: 'matcher mono' }, `guard ${m.guardId}`));
  if (m.deviceId) chips.push(h('span', { class: 'matcher mono' }, `device ${m.deviceId}`));
  return chips;
}

export class SilencesPanel {
  constructor(onExpire) {
    this.onExpire = onExpire;
    this.rows = new Map();
    this.kept = new Map(); // silenceId -> until: ended while watched, still shown
    this.body = $('silences-body');
    this.problem = null;
    this.timer = null;
  }

  /** Called for each silence the store took, with the status it had before (undefined: new). */
  noticed(silence, previousStatus, status) {
    if (status === 'expired' && previousStatus && previousStatus !== 'expired') this.kept.set(silence.silenceId, Date.now() + EXPIRED_SHOWN_MS);
  }

  /** The list could not be loaded (e.g. a role that may not read it): said in place of the rows. */
  unavailable(message) {
    this.problem = message;
  }

  render(store) {
    this.store = store;
    if (!store) return;
    clearTimeout(this.timer);
    const now = Date.now();
    for (const [id, until] of this.kept) if (until <= now) this.kept.delete(id);
    const tz = store.site?.timeZone ?? 'UTC';
    const reference = store.latestTime();
    const shown = [...store.silences.values()]
      .map((silence) => ({ silence, status: store.silenceStatus(silence) }))
      .filter(({ silence, status }) => status !== 'expired' || this.kept.has(silence.silenceId))
      .sort((a, b) => ORDER[a.status] - ORDER[b.status] || ms(a.silence.startsAt) - ms(b.silence.startsAt)
        || a.silence.silenceId.localeCompare(b.silence.silenceId));
    const keep = new Set(shown.map(({ silence }) => silence.silenceId));
    for (const [id, row] of this.rows) {
      if (!keep.has(id)) {
        row.root.remove();
        this.rows.delete(id);
      }
    }
    for (const { silence, status } of shown) {
      let row = this.rows.get(silence.silenceId);
      if (!row) {
        row = this.build(silence);
        this.rows.set(silence.silenceId, row);
      }
      this.update(row, silence, status, tz, reference);
      this.body.append(row.root);
    }

    $('silences-count').textContent = shown.filter((s) => s.status === 'active').length;
    $('silences-table').hidden = shown.length === 0;
    $('silence-new').disabled = !store.siteId;
    const empty = $('silences-empty');
    empty.hidden = shown.length > 0;
    empty.textContent = !store.siteId ? 'Pick a site to see its silences.'
      : this.problem ?? 'No silence in force or planned for this site: every alert is notified.';
    const next = Math.min(...this.kept.values());
    if (Number.isFinite(next)) this.timer = setTimeout(() => this.render(this.store), Math.max(50, next - now + 20));
  }

  build(silence) {
    const r = {};
    r.status = h('span', { class: 'silence-status' });
    r.matchers = h('span', { class: 'silence-matchers' });
    r.from = h('span', { class: 'silence-from mono' });
    r.to = h('span', { class: 'silence-to mono' });
    r.by = h('span', { class: 'silence-by' });
    r.comment = h('span', { class: 'silence-comment' });
    r.expire = h('button', { type: 'button', class: 'act-button expire-button', dataset: { expire: '' } }, 'Expire…');
    r.root = h('tr', { class: 'silence-row', dataset: { silenceId: silence.silenceId } },
      h('td', {}, r.status),
      h('td', {}, r.matchers),
      h('td', {}, r.from),
      h('td', {}, r.to),
      h('td', {}, r.by, r.comment),
      h('td', { class: 'silence-actions' }, r.expire));
    const row = { ...r, silence, armed: null, busy: false };
    r.expire.addEventListener('click', () => this.expire(row));
    return row;
  }

  /** The first click arms the button; the second, within a few seconds, expires the silence. */
  async expire(row) {
    if (row.busy) return;
    if (!row.armed) {
      row.armed = setTimeout(() => this.disarm(row), CONFIRM_MS);
      row.expire.textContent = 'Confirm expire';
      row.expire.classList.add('armed');
      return;
    }
    this.disarm(row);
    row.busy = true;
    row.expire.disabled = true;
    try {
      await this.onExpire(row.silence);
    } finally {
      row.busy = false;
      row.expire.disabled = false;
    }
  }

  disarm(row) {
    clearTimeout(row.armed);
    row.armed = null;
    row.expire.textContent = 'Expire…';
    row.expire.classList.remove('armed');
  }

  update(row, silence, status, tz, reference) {
    row.silence = silence;
    row.root.className = `silence-row silence-row-${status}`;
    row.root.dataset.status = status;
    row.status.className = `silence-status sstatus-${status}`;
    row.status.textContent = status;
    row.matchers.replaceChildren(...matcherChips(silence.matchers, this.store.site?.name));
    row.from.textContent = time(silence.startsAt, tz, reference);
    row.from.title = utc(silence.startsAt);
    const ended = silence.endedAt ?? null;
    row.to.textContent = time(ended ?? silence.endsAt, tz, reference);
    row.to.title = ended
      ? `ended early at ${utc(ended)}${silence.endedBy ? ` by ${silence.endedBy}` : ''} (planned end ${utc(silence.endsAt)})`
      : `${utc(silence.endsAt)}${silence.endWhenResolved ? '; or earlier, once the alerts it silenced are resolved' : ''}`;
    row.by.textContent = silence.createdBy ?? '';
    row.by.title = `created ${utc(silence.createdAt)}`;
    row.comment.textContent = silence.comment ?? '';
    row.expire.hidden = status === 'expired';
  }
}
