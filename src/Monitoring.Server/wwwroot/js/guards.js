// The guards grid: one row per guard (keyed by data-guard-id), worst first.

import { $, h } from './dom.js';
import { score, severityRank, signalBars, time, utc } from './format.js';
import { sparkline } from './sparkline.js';

export function renderGuards(store) {
  const body = $('guards-body');
  const tz = store.site?.timeZone ?? 'UTC';
  const reference = store.latestTime();
  const rows = new Map([...body.children].map((row) => [row.dataset.guardId, row]));
  const guards = store.sortedGuards();

  for (const guard of guards) {
    const device = store.devices.get(store.firstDeviceId(guard));
    const row = guardRow(guard, device, tz, reference);
    const existing = rows.get(guard.guardId);
    if (existing) {
      existing.replaceWith(row);
      rows.delete(guard.guardId);
    }
    body.append(row); // append moves it into sorted position
  }
  for (const stale of rows.values()) stale.remove();

  const empty = $('guards-empty');
  empty.hidden = guards.length > 0;
  empty.textContent = store.siteId
    ? 'No guards at this site yet. A guard appears here as soon as a phone sends shift_start for this site.'
    : 'Pick a site to see its guards.';
}

function guardRow(guard, device, tz, reference) {
  const severity = guard.severity ?? 'low';
  const alerts = guard.activeAlerts ?? [];
  const worst = alerts.reduce((w, a) => (severityRank(a.severity) > severityRank(w) ? a.severity : w), null);
  const classes = ['guard-row'];
  if (!guard.onShift) classes.push('off-shift');
  if (guard.onShift && guard.isInactive) classes.push(`inactive sev-edge-${severity}`);

  return h('tr', { class: classes.join(' '), dataset: { guardId: guard.guardId } },
    h('td', { class: 'guard-id' },
      h('a', { class: 'mono strong guard-link', href: `guard.html?guard=${encodeURIComponent(guard.guardId)}`, title: 'Open the guard\'s last hours' }, guard.guardId),
      h('span', { class: 'sub mono' }, guard.deviceIds?.length ? guard.deviceIds.join(', ') : 'no device')),
    h('td', {}, shiftCell(guard, tz, reference)),
    h('td', {},
      guard.warmingUp ? warmingUpBadge(guard.warmingUp)
        : h('span', { class: `score-badge sev-${severity}`, title: `${severity}; threshold ${score(guard.threshold)}` },
          h('span', { class: 'score-value' }, score(guard.inactivityScore)),
          h('span', { class: 'score-sev' }, severity)),
      guard.isDeepNight ? h('span', { class: 'sub', title: 'Deep night at the site: score x1.2' }, 'deep night') : null),
    h('td', { class: 'trend' }, sparkline(guard.recentScores, guard.threshold, `times in ${tz}`)),
    h('td', { class: 'mono', title: utc(guard.lastSeenAt), dataset: { field: 'last-seen' } }, time(guard.lastSeenAt, tz, reference)),
    h('td', {}, batteryCell(device)),
    h('td', {}, signalCell(device)),
    h('td', {}, alerts.length
      ? h('span', { class: `chip sev-${worst}`, title: alerts.map((a) => `${a.type} (${a.severity}, ${a.status})`).join('\n') }, `${alerts.length} open`)
      : h('span', { class: 'muted' }, '—')));
}

/** No score yet: the 30-minute window still reaches back before the shift. */
export function warmingUpBadge(warmingUp) {
  return h('span', { class: 'score-badge warming-up', title: 'The evaluation window does not lie inside the shift yet: no score, no inactivity alert' },
    `warming up (${warmingUp.minutes} of ${warmingUp.of} min)`);
}

function shiftCell(guard, tz, reference) {
  if (!guard.onShift) {
    return [h('span', { class: 'pill pill-off shift' }, 'Off shift'),
      guard.shiftEndedAt ? h('span', { class: 'sub' }, `ended ${time(guard.shiftEndedAt, tz, reference)}`) : null];
  }
  if (guard.onBreak) {
    return [h('span', { class: 'pill pill-break shift' }, 'On break'),
      h('span', { class: 'sub' }, `since ${time(guard.breakStartedAt, tz, reference)}`)];
  }
  return [h('span', { class: 'pill pill-on shift' }, 'On shift'),
    h('span', { class: 'sub' }, `since ${time(guard.shiftStartedAt, tz, reference)}`)];
}

function batteryCell(device) {
  if (typeof device?.battery !== 'number') return h('span', { class: 'muted' }, '—');
  const level = Math.round(device.battery);
  const tone = device.charging ? 'ok' : level < 10 ? 'bad' : level < 20 ? 'warn' : 'ok';
  const title = [device.charging ? 'charging' : 'on battery',
    typeof device.drainPctPerHour === 'number' ? `drain ${device.drainPctPerHour.toFixed(1)} %/h` : null,
    device.predictedEmptyAt ? `empty at ${utc(device.predictedEmptyAt)}` : null].filter(Boolean).join('; ');
  return h('span', { class: `battery tone-${tone}`, title },
    h('span', { class: 'battery-shell' }, h('span', { class: 'battery-fill', style: `width:${Math.max(4, Math.min(100, level))}%` })),
    h('span', { class: 'mono' }, `${level}%${device.charging ? ' ⚡' : ''}`));
}

function signalCell(device) {
  if (typeof device?.signalDbm !== 'number') return h('span', { class: 'muted' }, '—');
  const bars = signalBars(device.signalDbm);
  const tone = bars <= 1 ? 'bad' : bars === 2 ? 'warn' : 'ok';
  return h('span', { class: `signal tone-${tone}`, title: `${device.network ?? 'network unknown'}; ${device.online ? 'online' : 'offline'}` },
    h('span', { class: 'bars' }, [1, 2, 3, 4].map((n) => h('span', { class: n <= bars ? 'bar on' : 'bar', style: `height:${n * 3 + 2}px` }))),
    h('span', { class: 'mono' }, `${Math.round(device.signalDbm)} dBm`));
}
