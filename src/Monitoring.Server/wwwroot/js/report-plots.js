// The report plots, drawn by uPlot (vendored at lib/uplot, the global `uPlot`).

import { h } from './dom.js';

const WIDTH = 860;
const HEIGHT = 220;

function bars() {
  return uPlot.paths.bars({ size: [0.6, 40] });
}

function plot(target, id, series, data, xValues) {
  target.replaceChildren();
  const holder = h('div', { id, class: 'rp-uplot' });
  target.append(holder);
  const width = Math.max(320, Math.min(WIDTH, target.clientWidth || WIDTH));
  return new uPlot({
    width,
    height: HEIGHT,
    scales: { x: { time: false } },
    legend: { show: true },
    axes: [
      { stroke: '#7b8a9a', grid: { stroke: '#222d3a' }, values: xValues },
      { stroke: '#7b8a9a', grid: { stroke: '#222d3a' } },
    ],
    series: [{ label: 'x' }, ...series],
  }, data, holder);
}

/** Alerts and deep-night alerts per site-local hour 00..23. */
export function hourPlot(target, report) {
  const hours = report.byHour.map((r) => Number(r.key));
  return plot(target, 'hour-plot', [
    { label: 'alerts', stroke: '#4ea1ff', fill: 'rgba(78,161,255,0.35)', paths: bars() },
    { label: 'deep night', stroke: '#ff4d5e', fill: 'rgba(255,77,94,0.35)', paths: bars() },
  ], [hours, report.byHour.map((r) => r.alerts), report.byHour.map((r) => r.deepNightAlerts)],
  (u, ticks) => ticks.map((t) => `${String(t).padStart(2, '0')}h`));
}

/** False-positive rate per rule, in percent (a rule without verdicts shows no bar). */
export function falsePositivePlot(target, report) {
  const rules = report.byRule;
  if (rules.length === 0) {
    target.replaceChildren();
    return null;
  }
  return plot(target, 'fp-plot', [
    { label: 'false-positive %', stroke: '#f2c230', fill: 'rgba(242,194,48,0.35)', paths: bars() },
  ], [rules.map((_, i) => i), rules.map((r) => (r.falsePositiveRate === null ? null : r.falsePositiveRate * 100))],
  (u, ticks) => ticks.map((t) => (Number.isInteger(t) && rules[t] ? rules[t].key : '')));
}
