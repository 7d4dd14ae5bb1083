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
