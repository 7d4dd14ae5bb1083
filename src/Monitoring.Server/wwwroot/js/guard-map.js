// The guard's positions on a small SVG map around the site's geofence: no tiles, just metres east
// and north of the site's centre (an equirectangular projection, exact enough over a site).

import { svg } from './dom.js';
import { time } from './format.js';

const SIZE = 320;
const METRES_PER_DEGREE = 111320;

export function renderMap(target, site, fixes, timeZone) {
  const centre = site && typeof site.lat === 'number'
    ? { lat: site.lat, lon: site.lon }
    : mean(fixes);
  target.replaceChildren();
  if (!centre) {
    target.append(svg('svg', { class: 'map-svg', viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'img', 'aria-label': 'No positions yet' },
      svg('text', { x: SIZE / 2, y: SIZE / 2, class: 'map-empty', 'text-anchor': 'middle' }, 'No positions yet')));
    return;
  }

  const cos = Math.cos((centre.lat * Math.PI) / 180);
  const toMetres = (f) => ({ x: (f.lon - centre.lon) * METRES_PER_DEGREE * cos, y: (f.lat - centre.lat) * METRES_PER_DEGREE });
  const points = fixes.map((f) => ({ ...toMetres(f), at: f.at }));
  const radius = site?.geofenceRadiusM ?? 0;
  const reach = Math.max(50, radius * 1.15, ...points.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y)) * 1.1));
  const scale = (SIZE / 2 - 8) / reach;
  const px = (p) => ({ cx: SIZE / 2 + p.x * scale, cy: SIZE / 2 - p.y * scale });

  const children = [
    svg('title', {}, `${fixes.length} positions; ${radius ? `geofence ${radius} m` : 'no geofence'}; the map spans ${Math.round(2 * reach)} m`),
    svg('line', { class: 'map-axis', x1: SIZE / 2, y1: 4, x2: SIZE / 2, y2: SIZE - 4 }),
    svg('line', { class: 'map-axis', x1: 4, y1: SIZE / 2, x2: SIZE - 4, y2: SIZE / 2 }),
  ];
  if (radius > 0) children.push(svg('circle', { class: 'map-fence', cx: SIZE / 2, cy: SIZE / 2, r: radius * scale }));
  if (points.length > 1) {
    children.push(svg('polyline', { class: 'map-path', points: points.map((p) => { const c = px(p); return `${c.cx.toFixed(1)},${c.cy.toFixed(1)}`; }).join(' ') }));
  }
  points.forEach((p, i) => {
    const last = i === points.length - 1;
    children.push(svg('circle', { class: last ? 'map-fix latest' : 'map-fix', ...px(p), r: last ? 5 : 3 },
      svg('title', {}, `${time(p.at, timeZone)}${last ? ' (latest)' : ''}`)));
  });
  children.push(svg('text', { class: 'map-scale', x: 8, y: SIZE - 8 }, `${Math.round(2 * reach)} m across`));
  target.append(svg('svg', { class: 'map-svg', viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'img', 'aria-label': `${fixes.length} positions` }, ...children));
}

function mean(fixes) {
  if (!fixes.length) return null;
  return {
    lat: fixes.reduce((s, f) => s + f.lat, 0) / fixes.length,
    lon: fixes.reduce((s, f) => s + f.lon, 0) / fixes.length,
  };
}
