// A plain inline-SVG sparkline of a guard's inactivity score over the last hours (recentScores:
// one point per evaluation, oldest first). Y is 0..1, the dashed line is the guard's threshold.

import { svg } from './dom.js';
import { score as formatScore, severityOfScore } from './format.js';

const WIDTH = 132;
const HEIGHT = 30;
const PAD = 3;
const SPAN_MS = 4 * 60 * 60 * 1000;

export function sparkline(points, threshold, timeZoneLabel) {
  const data = (points ?? [])
    .map((p) => ({ at: Date.parse(p.at), score: Number(p.score), severity: p.severity }))
    .filter((p) => Number.isFinite(p.at) && Number.isFinite(p.score));
  const y = (value) => PAD + (1 - Math.max(0, Math.min(1, value))) * (HEIGHT - 2 * PAD);
  const limit = typeof threshold === 'number' && threshold > 0 ? threshold : 0.8;

  const root = svg('svg', {
    class: 'spark',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    role: 'img',
    'aria-label': data.length ? `inactivity score, ${data.length} evaluations` : 'no evaluations yet',
  });
  root.append(svg('line', { class: 'spark-threshold', x1: 0, x2: WIDTH, y1: y(limit), y2: y(limit) }));

  if (data.length === 0) {
    root.append(svg('text', { class: 'spark-empty', x: WIDTH / 2, y: HEIGHT / 2 + 4, 'text-anchor': 'middle' }, 'no evaluation yet'));
    return root;
  }

  const end = data[data.length - 1].at;
  const start = Math.min(end - SPAN_MS / 8, Math.max(data[0].at, end - SPAN_MS));
  const shown = data.filter((p) => p.at >= start);
  const x = (at) => PAD + ((at - start) / Math.max(1, end - start)) * (WIDTH - 2 * PAD);
  const last = shown[shown.length - 1];
  const severity = last.severity || severityOfScore(last.score);

  const line = shown.map((p) => `${x(p.at).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const area = `${x(shown[0].at).toFixed(1)},${HEIGHT - PAD} ${line} ${x(last.at).toFixed(1)},${HEIGHT - PAD}`;
  root.append(
    svg('polygon', { class: `spark-area sev-${severity}`, points: area }),
    svg('polyline', { class: `spark-line sev-${severity}`, points: line }),
    svg('circle', { class: `spark-dot sev-${severity}`, cx: x(last.at), cy: y(last.score), r: 2.5 }),
    svg('title', {}, `${shown.length} evaluations; latest ${formatScore(last.score)} (${severity}); threshold ${formatScore(limit)}${timeZoneLabel ? `; ${timeZoneLabel}` : ''}`),
  );
  return root;
}
