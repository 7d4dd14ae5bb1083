// The sites on a map drawn from their own coordinates: an equirectangular projection of the sites'
// bounding box (longitude scaled by the cosine of the mean latitude, so distances look right), a
// graticule for bearings, one dot per site coloured by its worst open alert. No tiles, no network.

import { svg } from './dom.js';
import { siteSeverity } from './overview.js';

const W = 640;
const H = 360;
const PAD = 36;
const LABEL_ROOM = 120; // on the right: the names are written right of their dots

export function drawSiteMap(root, sites, onOpen) {
  const placed = sites.filter((s) => Number.isFinite(s.lat) && Number.isFinite(s.lon));
  if (placed.length === 0) {
    root.replaceChildren(svg('text', { x: W / 2, y: H / 2, class: 'map-empty', 'text-anchor': 'middle' }, 'No site has coordinates yet.'));
    return;
  }
  const project = projection(placed);
  const children = [...graticule(project)];
  for (const site of [...placed].reverse()) { // the most urgent last, so it is drawn on top
    const [x, y] = project(site.lat, site.lon);
    const severity = siteSeverity(site) ?? 'none';
    const r = 5 + Math.min(9, Math.sqrt(site.guardsOnShift ?? 0));
    children.push(svg('g', {
      class: `map-site sev-${severity}`, dataset: { siteId: site.siteId }, tabindex: 0, onclick: () => onOpen(site.siteId),
    },
    svg('title', {}, `${site.name}: ${site.guardsOnShift ?? 0} on shift, ${site.inactiveGuards ?? 0} inactive`),
    svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
    svg('text', { x: (x + r + 3).toFixed(1), y: (y + 4).toFixed(1) }, site.name)));
  }
  root.setAttribute('viewBox', `0 0 ${W} ${H}`);
  root.replaceChildren(...children);
}

/** (lat, lon) to (x, y) in the viewBox: the sites' box, padded, fitted and centred. */
function projection(sites) {
  const lats = sites.map((s) => s.lat);
  const lons = sites.map((s) => s.lon);
  const k = Math.max(0.2, Math.cos(((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI / 180));
  const minX = Math.min(...lons) * k;
  const maxX = Math.max(...lons) * k;
  const minY = Math.min(...lats);
  const maxY = Math.max(...lats);
  const spanX = Math.max(maxX - minX, 0.01);
  const spanY = Math.max(maxY - minY, 0.01);
  const scale = Math.min((W - 2 * PAD - LABEL_ROOM) / spanX, (H - 2 * PAD) / spanY);
  const offX = PAD + (W - 2 * PAD - LABEL_ROOM - spanX * scale) / 2;
  const offY = (H - spanY * scale) / 2;
  const project = (lat, lon) => [offX + (lon * k - minX) * scale, offY + (maxY - lat) * scale];
  project.bounds = {
    west: (minX - offX / scale) / k, east: (minX + (W - offX) / scale) / k, south: maxY - (H - offY) / scale, north: maxY + offY / scale,
  };
  return project;
}

/** Lines of latitude and longitude at a round step that gives a handful across the view. */
function* graticule(project) {
  const { west, east, south, north } = project.bounds;
  const step = niceStep(Math.max(east - west, north - south) / 5);
  for (let lon = Math.ceil(Math.max(west, -180) / step) * step; lon <= Math.min(east, 180); lon += step) {
    const [x1, y1] = project(north, lon);
    const [x2, y2] = project(south, lon);
    yield svg('line', { class: 'map-grid', x1: x1.toFixed(1), y1: y1.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1) });
    yield svg('text', { class: 'map-grid-label', x: (x1 + 2).toFixed(1), y: (H - 4).toFixed(1) }, `${round(lon)}°`);
  }
  for (let lat = Math.ceil(Math.max(south, -90) / step) * step; lat <= Math.min(north, 90); lat += step) {
    const [x1, y1] = project(lat, west);
    const [x2, y2] = project(lat, east);
    yield svg('line', { class: 'map-grid', x1: x1.toFixed(1), y1: y1.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1) });
    yield svg('text', { class: 'map-grid-label', x: 2, y: (y1 - 2).toFixed(1) }, `${round(lat)}°`);
  }
}

function niceStep(raw) {
  const base = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-6)));
  return [1, 2, 5, 10].map((m) => m * base).find((s) => s >= raw) ?? 10 * base;
}

function round(value) {
  return Number(value.toFixed(4)).toString();
}
