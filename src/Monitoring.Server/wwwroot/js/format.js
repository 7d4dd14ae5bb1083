// Formatting helpers: times in the site's zone, severities, numbers. No DOM state here.

export const SEVERITIES = ['critical', 'high', 'medium', 'low'];

const rank = { critical: 4, high: 3, medium: 2, low: 1 };

export function severityRank(severity) {
  return rank[severity] ?? 0;
}

export function severityOfScore(score) {
  if (score >= 0.9) return 'critical';
  if (score >= 0.8) return 'high';
  if (score >= 0.6) return 'medium';
  return 'low';
}

export const PRIORITIES = ['p1', 'p2', 'p3', 'p4'];

const priorityRanks = { p1: 4, p2: 3, p3: 2, p4: 1 };

/** p1 (most urgent) ranks highest. */
export function priorityRank(priority) {
  return priorityRanks[priority] ?? 0;
}

const formatters = new Map();

function formatter(timeZone, withDate) {
  const id = `${timeZone}|${withDate}`;
  let f = formatters.get(id);
  if (!f) {
    const options = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
    if (withDate) Object.assign(options, { day: '2-digit', month: 'short' });
    try {
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formatters.set(id, f);
  }
  return f;
}

/** "14:03:07" in the site's zone; the date too when it is not the reference day. */
export function time(iso, timeZone, referenceIso) {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '—';
  const day = (d) => formatter(timeZone, true).formatToParts(d).filter((p) => p.type === 'day' || p.type === 'month').map((p) => p.value).join(' ');
  const withDate = referenceIso ? day(at) !== day(new Date(referenceIso)) : false;
  return formatter(timeZone, withDate).format(at);
}

/** Full UTC time for tooltips. */
export function utc(iso) {
  return iso ? new Date(iso).toISOString().replace('.000Z', 'Z') : '';
}

/** "45s", "14m", "2h 05m", "3d 4h": a span of milliseconds, sign dropped. */
export function duration(ms) {
  const s = Math.floor(Math.abs(ms) / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const hours = Math.floor(m / 60);
  if (hours < 48) return `${hours}h ${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

export function score(value) {
  return typeof value === 'number' ? value.toFixed(2) : '—';
}

export function label(wire) {
  return (wire ?? '').replaceAll('_', ' ');
}

/** 0..4 bars from dBm, as phones show them. */
export function signalBars(dbm) {
  if (typeof dbm !== 'number') return 0;
  if (dbm >= -70) return 4;
  if (dbm >= -85) return 3;
  if (dbm >= -100) return 2;
  if (dbm >= -110) return 1;
  return 0;
}

const wallFormatters = new Map();

function wallParts(epochMs, timeZone) {
  let f = wallFormatters.get(timeZone);
  if (!f) {
    const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
    try {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    wallFormatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(new Date(epochMs)).map((p) => [p.type, Number(p.value)]));
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(epochMs, timeZone) {
  const p = wallParts(epochMs, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second) - (epochMs - (epochMs % 1000));
}

/** A datetime-local value ("2026-11-27T14:30"), read as the zone's wall time, as an ISO instant; null when blank. */
export function zonedToIso(value, timeZone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value ?? '');
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  // Twice: the offset at the first guess may differ from the offset at the answer near a DST change.
  const guess = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(guess, timeZone)).toISOString();
}

/** An ISO instant as a datetime-local value in the zone's wall time (minutes). */
export function isoToZoned(iso, timeZone) {
  const at = Date.parse(iso ?? '');
  if (Number.isNaN(at)) return '';
  const p = wallParts(at, timeZone);
  const two = (n) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour % 24)}:${two(p.minute)}`;
}
