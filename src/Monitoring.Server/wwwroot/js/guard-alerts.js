// The guard's alert history: the alerts raised for the guard in the period, newest first.

import { h } from './dom.js';
import { time, utc } from './format.js';

export function renderAlerts(list, caption, history, timeZone) {
  const alerts = history.alerts ?? [];
  caption.textContent = alerts.length
    ? `${alerts.length}${history.alertsTruncated ? '+' : ''} in ${history.hours} h`
    : '';
  list.replaceChildren(...(alerts.length ? alerts.map((a) => item(a, timeZone, history.to)) : [
    h('li', { class: 'muted empty' }, `No alerts in the last ${history.hours} h.`),
  ]));
}

function item(alert, timeZone, reference) {
  const state = alert.resolution ? `${alert.status} (${alert.resolution.replace('_', ' ')})` : alert.status;
  return h('li', { class: `alert-item status-${alert.status}`, dataset: { alertId: alert.alertId } },
    h('span', { class: `chip sev-${alert.severity}` }, alert.severity),
    h('span', { class: 'alert-type mono' }, alert.type),
    h('span', { class: 'alert-state' }, state),
    typeof alert.score === 'number' ? h('span', { class: 'mono muted' }, alert.score.toFixed(2)) : null,
    h('span', { class: 'mono muted alert-time', title: utc(alert.raisedAt) }, time(alert.raisedAt, timeZone, reference)));
}
