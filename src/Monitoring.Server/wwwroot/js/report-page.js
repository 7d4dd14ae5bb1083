// The reports page: a period and a site, the four reports of the API as tables and plots, and
// each as a CSV download. It signs in through the key gate before loading anything.

import { createApi } from './api.js';
import { $, h } from './dom.js';
import { ensureKey } from './key-gate.js';
import { getKey } from './session.js';
import { downloadCsv, reportJson } from './report-api.js';
import { falsePositivePlot, hourPlot } from './report-plots.js';
import {
  deepTable, guardTable, percent, ruleSiteTable, ruleTable, siteTable, slaTable, typeTable,
} from './report-tables.js';

const api = createApi(getKey);
let current = null;

// datetime-local inputs hold UTC wall time here: "2026-12-10T06:00".
const toInput = (date) => date.toISOString().slice(0, 16);
const fromInput = (value) => `${value}:00Z`;

function setStatus(text, isError = false) {
  const status = $('rp-status');
  status.textContent = text;
  status.classList.toggle('rp-error', isError);
}

function initialQuery() {
  const params = new URLSearchParams(location.search);
  const to = params.get('to') ? new Date(params.get('to')) : new Date();
  const from = params.get('from') ? new Date(params.get('from')) : new Date(to.getTime() - 24 * 3600 * 1000);
  return { from, to, siteId: params.get('siteId') ?? '' };
}

async function loadSites(selected) {
  const select = $('rp-site');
  const sites = await api.sites();
  select.replaceChildren(h('option', { value: '' }, 'All sites'),
    ...sites.map((s) => h('option', { value: s.siteId }, s.name && s.name !== s.siteId ? `${s.name} (${s.siteId})` : s.siteId)));
  select.value = selected;
}

function card(id, label, value) {
  return h('div', { class: 'rp-card', id }, h('span', { class: 'rp-card-value' }, String(value)), h('span', { class: 'rp-card-label' }, label));
}

function render(query, [sla, alerts, rules, guards]) {
  $('rp-cards').replaceChildren(
    card('card-alerts', 'alerts raised', alerts.total.alerts),
    card('card-compliance', 'answered within SLA', percent(sla.total.compliance)),
    card('card-fp', 'false positives of verdicts', percent(rules.total.falsePositiveRate)),
    card('card-deep', 'deep-night incidents', alerts.total.deepNightIncidents));
  $('rp-sla').replaceChildren(slaTable(sla));
  $('rp-by-type').replaceChildren(typeTable(alerts.byType));
  $('rp-by-site').replaceChildren(siteTable(alerts.bySite));
  $('rp-deep').replaceChildren(deepTable(alerts.deepNightIncidents));
  $('rp-rules').replaceChildren(ruleTable(rules.byRule));
  $('rp-rule-sites').replaceChildren(ruleSiteTable(rules.bySite));
  $('rp-guards').replaceChildren(guardTable(guards.guards));
  $('rp-main').hidden = false;
  hourPlot($('rp-hour-plot'), alerts);
  falsePositivePlot($('rp-fp-plot'), rules);
  const scope = query.siteId ? `site ${query.siteId}` : 'all sites';
  setStatus(`${scope}, ${query.from} to ${query.to}; figures as of ${sla.period.generatedAt}.`);
  document.body.dataset.loaded = 'true';
}

async function show(event) {
  event?.preventDefault();
  const query = { from: fromInput($('rp-from').value), to: fromInput($('rp-to').value), siteId: $('rp-site').value };
  setStatus('Loading…');
  document.body.dataset.loaded = 'false';
  try {
    const reports = await Promise.all(['sla', 'alerts', 'rules', 'guards'].map((name) => reportJson(name, query)));
    current = query;
    render(query, reports);
  } catch (e) {
    setStatus(`Could not build the reports: ${e.message}`, true);
  }
}

async function download(event) {
  const name = event.currentTarget.dataset.report;
  if (!current) return;
  try {
    await downloadCsv(name, current);
  } catch (e) {
    setStatus(`Could not download ${name}: ${e.message}`, true);
  }
}

async function start() {
  await ensureKey(api);
  const query = initialQuery();
  $('rp-from').value = toInput(query.from);
  $('rp-to').value = toInput(query.to);
  try {
    await loadSites(query.siteId);
  } catch (e) {
    setStatus(`Could not load the sites: ${e.message}`, true);
  }
  $('rp-form').addEventListener('submit', show);
  for (const button of document.querySelectorAll('.rp-csv')) button.addEventListener('click', download);
  await show();
}

start();
