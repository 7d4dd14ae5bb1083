// The report tables: plain DOM built with h(), numbers as the API gives them.

import { h } from './dom.js';

const dash = (value) => (value === null || value === undefined ? '–' : value);
export const percent = (ratio) => (ratio === null || ratio === undefined ? '–' : `${(ratio * 100).toFixed(1)} %`);
export const seconds = (s) => {
  if (s === null || s === undefined) return '–';
  if (s < 120) return `${s} s`;
  return `${(s / 60).toFixed(1)} min`;
};

/** A table: columns are [header, cell(row)] pairs; each row gets data-key for tests and links. */
export function table(id, columns, rows, empty = 'Nothing in this period.') {
  if (rows.length === 0) return h('p', { class: 'rp-empty', id }, empty);
  return h('table', { class: 'rp-table', id },
    h('thead', null, h('tr', null, columns.map(([title]) => h('th', null, title)))),
    h('tbody', null, rows.map((row) => h('tr', { dataset: { key: row.key ?? row.guardId ?? row.incidentId ?? '' } },
      columns.map(([, cell]) => h('td', null, String(dash(cell(row)))))))));
}

export const slaTable = (report) => table('sla-table', [
  ['Severity', (r) => r.key], ['Alerts', (r) => r.alerts], ['Met', (r) => r.met], ['Breached', (r) => r.breached],
  ['Pending', (r) => r.pending], ['Compliance', (r) => percent(r.compliance)], ['Escalated', (r) => r.escalated],
  ['Ack p50', (r) => seconds(r.timeToAcknowledge.p50S)], ['Ack p90', (r) => seconds(r.timeToAcknowledge.p90S)],
  ['Resolve p50', (r) => seconds(r.timeToResolve.p50S)], ['Resolve p90', (r) => seconds(r.timeToResolve.p90S)],
], [report.total, ...report.bySeverity]);

const volume = (id, title) => (rows) => table(id, [
  [title, (r) => r.key], ['Alerts', (r) => r.alerts], ['Critical', (r) => r.critical], ['High', (r) => r.high],
  ['Medium', (r) => r.medium], ['Low', (r) => r.low], ['Deep night', (r) => r.deepNightAlerts], ['Incidents', (r) => r.incidents],
], rows);

export const typeTable = volume('type-table', 'Type');
export const siteTable = volume('site-table', 'Site');

export const deepTable = (items) => table('deep-table', [
  ['Incident', (i) => i.incidentId], ['Site', (i) => i.siteId], ['Guard', (i) => i.guardId], ['Site time', (i) => i.localTime.slice(0, 16).replace('T', ' ')],
  ['Severity', (i) => i.severity], ['Alerts', (i) => i.alertCount], ['Types', (i) => i.alertTypes.join(', ')], ['Open', (i) => (i.open ? 'yes' : 'no')],
], items, 'No incident in deep night.');

const verdicts = (id, title) => (rows) => table(id, [
  [title, (r) => r.key], ['Alerts', (r) => r.alerts], ['Open', (r) => r.open], ['Cleared', (r) => r.cleared], ['Confirmed', (r) => r.confirmed],
  ['False positive', (r) => r.falsePositive], ['Resolved', (r) => r.resolved], ['FP rate', (r) => percent(r.falsePositiveRate)],
], rows);

export const ruleTable = verdicts('rule-table', 'Rule');
export const ruleSiteTable = verdicts('rule-site-table', 'Site');

export const guardTable = (rows) => table('guard-table', [
  ['Guard', (r) => r.guardId], ['Site', (r) => r.siteId], ['Alerts', (r) => r.alerts], ['Critical', (r) => r.critical],
  ['Inactivity', (r) => r.inactivityAlerts], ['Inactive min', (r) => r.inactiveMinutes], ['Acknowledged', (r) => r.acknowledged],
  ['SLA met', (r) => r.slaMet], ['SLA breached', (r) => r.slaBreached], ['False positive', (r) => r.falsePositive], ['Deep night', (r) => r.deepNightAlerts],
], rows);
