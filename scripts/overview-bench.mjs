// Figures for the tenant overview (docs/benchmarks.md, "issue 17: overview"). Two modes:
//
//   bytes: one tenant-wide hub client (SignalR JSON over a raw WebSocket, as a dashboard subscribes
//          with Subscribe({})) counts what it receives for --seconds, by envelope type.
//     node --experimental-websocket scripts/overview-bench.mjs bytes --url http://127.0.0.1:5600 --key K [--seconds 30] [--warmup 5]
//
//   paint: the dashboard in headless Chromium (Playwright as shipped with the Microsoft.Playwright
//          NuGet package, Debian's /usr/bin/chromium): --runs fresh tabs with the key already in the
//          tab, timing first contentful paint and the first render of the overview with its sites;
//          then --changes times, a new guard starts a shift at a site and the page notes when that
//          site's "on shift" cell changes: the delay from the ingest's 202 to the overview.
//     node scripts/overview-bench.mjs paint --url http://127.0.0.1:5600 --key K [--runs 5] [--changes 30] [--sites 100]
//          [--place true (PUT the sites site-0.. with coordinates first, so the map has them)]
//
// The host and the load come from elsewhere, e.g. the Simulator's feed verb (see docs/benchmarks.md).

import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, ...rest] = process.argv.slice(2);
const opts = {};
for (let i = 0; i + 1 < rest.length; i += 2) opts[rest[i].replace(/^--/, '')] = rest[i + 1];
const url = new URL(opts.url ?? 'http://127.0.0.1:5600/');
const key = opts.key ?? (() => { throw new Error('--key is required'); })();
const num = (name, fallback) => Number(opts[name] ?? fallback);
const RS = '\x1e';

if (mode === 'bytes') await bytes();
else if (mode === 'paint') await paint();
else {
  console.error('usage: overview-bench.mjs bytes|paint --url URL --key K [...] (see the head of this file)');
  process.exit(2);
}

async function bytes() {
  const warmup = num('warmup', 5) * 1000;
  const seconds = num('seconds', 30);
  const ws = new WebSocket(`${url.origin.replace(/^http/, 'ws')}/hubs/monitoring?access_token=${encodeURIComponent(key)}`);
  const tally = new Map();
  let counting = false;
  let total = 0;
  let frames = 0;
  ws.onopen = () => ws.send(JSON.stringify({ protocol: 'json', version: 1 }) + RS);
  let subscribed = false;
  ws.onmessage = (message) => {
    const text = typeof message.data === 'string' ? message.data : Buffer.from(message.data).toString('utf8');
    if (!subscribed) {
      subscribed = true;
      ws.send(JSON.stringify({ type: 1, invocationId: '1', target: 'Subscribe', arguments: [{}] }) + RS);
    }
    if (!counting) return;
    const size = Buffer.byteLength(text, 'utf8');
    total += size;
    frames++;
    for (const record of text.split(RS)) {
      if (!record) continue;
      const m = JSON.parse(record);
      const envelopes = m.type === 1 && m.target === 'event' ? [m.arguments[0]] : m.type === 1 && m.target === 'events' ? m.arguments[0] : [];
      const recordBytes = Buffer.byteLength(record, 'utf8') + 1;
      const kind = envelopes.length ? null : `(protocol type ${m.type})`;
      if (kind) add(kind, 1, recordBytes);
      for (const e of envelopes) add(e.type, 1, recordBytes / envelopes.length);
    }
  };
  const add = (type, n, b) => {
    const t = tally.get(type) ?? { n: 0, b: 0 };
    t.n += n;
    t.b += b;
    tally.set(type, t);
  };
  ws.onerror = (e) => console.error('websocket error', e.message ?? e);
  await sleep(warmup);
  counting = true;
  const started = performance.now();
  await sleep(seconds * 1000);
  counting = false;
  const elapsed = (performance.now() - started) / 1000;
  ws.close();
  console.log(`tenant-wide client, ${elapsed.toFixed(1)} s: ${Math.round(total / elapsed)} bytes/s, ${Math.round(frames / elapsed)} frames/s`);
  console.log('type | envelopes/s | bytes/s');
  for (const [type, t] of [...tally].sort((a, b) => b[1].b - a[1].b)) {
    console.log(`${type} | ${(t.n / elapsed).toFixed(1)} | ${Math.round(t.b / elapsed)}`);
  }
}

async function paint() {
  const { chromium } = await import(pathToFileURL(playwrightPath()).href);
  const runs = num('runs', 5);
  const changes = num('changes', 30);
  const sites = num('sites', 100);
  const headers = { 'X-Api-Key': key, 'Content-Type': 'application/json' };
  if (opts.place === 'true') {
    for (let i = 0; i < sites; i++) {
      const body = { name: `Site ${i}`, timeZone: 'Europe/Paris', lat: 43 + (i % 10) * 0.6, lon: -1 + Math.floor(i / 10) * 0.8, geofenceRadiusM: 300 };
      const r = await fetch(new URL(`api/v1/sites/site-${i}`, url), { method: 'PUT', headers, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(`PUT site-${i}: HTTP ${r.status}`);
    }
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--no-proxy-server'],
  });
  const fcp = [];
  const rendered = [];
  let page;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
    await context.addInitScript((k) => sessionStorage.setItem('monitoring.apiKey', k), key);
    page = await context.newPage();
    await page.goto(url.href);
    // app.js marks overview-rendered when it first draws the overview with its sites, and
    // overview-painted just after the next animation frame, i.e. once that frame was produced.
    await page.waitForFunction(() => performance.getEntriesByName('overview-painted').length > 0, null, { timeout: 60000 });
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      rendered: performance.getEntriesByName('overview-rendered')[0].startTime,
      painted: performance.getEntriesByName('overview-painted')[0].startTime,
      rows: document.querySelectorAll('#overview-body tr').length,
    }));
    fcp.push(t.fcp);
    rendered.push(t.painted);
    console.log(`run ${run + 1}: first contentful paint ${t.fcp?.toFixed(0)} ms, overview rendered ${t.rendered.toFixed(0)} ms, painted ${t.painted.toFixed(0)} ms, ${t.rows} sites`);
    if (run < runs - 1) await context.close();
  }
  console.log(`first contentful paint: median ${median(fcp).toFixed(0)} ms; overview with its sites painted: median ${median(rendered).toFixed(0)} ms (from navigation start)`);

  await page.waitForFunction(() => document.querySelector('#conn')?.dataset.state === 'live', null, { timeout: 60000 });
  const delays = [];
  const stamp = Date.now();
  for (let k = 0; k < changes; k++) {
    const siteId = `site-${(k * 7) % sites}`;
    const waiting = page.evaluate((id) => new Promise((resolve, reject) => {
      const cell = () => document.querySelector(`#overview-body tr[data-site-id="${id}"] [data-field="on-shift"]`);
      const before = cell()?.textContent;
      const observer = new MutationObserver(() => {
        if (cell()?.textContent !== before) {
          observer.disconnect();
          resolve(Date.now());
        }
      });
      observer.observe(document.getElementById('overview-body'), { childList: true, subtree: true, characterData: true });
      setTimeout(() => reject(new Error(`no change at ${id} within 30 s`)), 30000);
    }), siteId);
    await sleep(50); // the observer is in place
    const event = { deviceId: `ovb-d-${stamp}-${k}`, seq: 0, ts: new Date().toISOString(), type: 'shift_start', guardId: `ovb-g-${stamp}-${k}`, siteId };
    const response = await fetch(new URL('api/v1/telemetry', url), { method: 'POST', headers, body: JSON.stringify({ events: [event] }) });
    const accepted = Date.now();
    if (response.status !== 202) throw new Error(`telemetry: HTTP ${response.status}`);
    delays.push((await waiting) - accepted);
    await sleep(300);
  }
  delays.sort((a, b) => a - b);
  console.log(`guard change to overview (${changes} shift starts, from the 202 to the cell's change): p50 ${pct(delays, 0.5)} ms, p95 ${pct(delays, 0.95)} ms, max ${delays[delays.length - 1]} ms`);
  await browser.close();
}

function playwrightPath() {
  if (opts.playwright) return join(opts.playwright, 'index.mjs');
  const root = join(homedir(), '.nuget', 'packages', 'microsoft.playwright');
  const version = readdirSync(root).sort().at(-1);
  return join(root, version, '.playwright', 'package', 'index.mjs');
}

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
