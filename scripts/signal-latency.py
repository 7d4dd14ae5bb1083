#!/usr/bin/env python3
"""Signal latency, alert -> incident, against one running host (scripts/bench.sh signals).

Starts the shifts of --guards guards on --sites sites (begun 40 minutes ago, phones silent but for
three early heartbeats, so every guard is inactive), then, one guard at a time, asks the host to evaluate the guard now
(POST /api/v1/guards/{id}/evaluate raises the inactivity alert, saves it and publishes its signal
before it answers) and polls the alert (GET /api/v1/alerts/{id}, every --poll-ms) until it names
its incident. The latency is from the evaluate answer to the first read showing the incident, so
it includes the stream, the correlation grain's fold and state write, and its write-back to the
alert; the poll adds up to --poll-ms. Prints a Markdown table.
"""
import argparse
import http.client
import json
import statistics
import sys
import time
import urllib.parse
from datetime import datetime, timedelta, timezone


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--guards", type=int, default=200)
    p.add_argument("--sites", type=int, default=20)
    p.add_argument("--poll-ms", type=float, default=2.0)
    p.add_argument("--timeout", type=float, default=120.0)
    p.add_argument("--label", default="")
    a = p.parse_args()

    url = urllib.parse.urlparse(a.url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {"X-Api-Key": a.key, "Content-Type": "application/json"}

    def call(method, path, body=None):
        conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        r = conn.getresponse()
        text = r.read()
        return r.status, (json.loads(text) if text else None)

    # Begun 40 minutes ago: the (default, 30-minute) inactivity window lies inside the shift.
    start = datetime.now(timezone.utc) - timedelta(minutes=40)
    guards = [(f"sg-{i:04}", f"sd-{i:04}", f"ss-{i % a.sites:03}") for i in range(a.guards)]
    seq = {}

    def event(device, kind, ts, **extra):
        seq[device] = seq.get(device, 0) + 1
        e = {"deviceId": device, "seq": seq[device], "ts": ts.isoformat().replace("+00:00", "Z"), "type": kind}
        e.update(extra)
        return e

    for chunk in range(0, len(guards), 200):
        part = guards[chunk:chunk + 200]
        batch = [event(d, "shift_start", start, guardId=g, siteId=s) for g, d, s in part]
        status, body = call("POST", "/api/v1/telemetry", {"events": batch})
        if status != 202:
            print(f"shift start answered {status}: {body}", file=sys.stderr)
            return 1
        for r in range(3):
            ts = start + timedelta(minutes=r + 1)
            batch = [event(d, "heartbeat", ts, battery=90, charging=False, signalDbm=-75, memoryPct=40) for _, d, _ in part]
            status, body = call("POST", "/api/v1/telemetry", {"events": batch})
            if status != 202:
                print(f"heartbeats answered {status}: {body}", file=sys.stderr)
                return 1

    latencies, totals, polls = [], [], 0
    for guard, _, _ in guards:
        t0 = time.perf_counter()
        status, state = call("POST", f"/api/v1/guards/{guard}/evaluate")
        t1 = time.perf_counter()
        if status != 200 or not state.get("activeAlerts"):
            print(f"evaluate {guard}: {status}, no active alert: {state}", file=sys.stderr)
            return 1
        alert_id = state["activeAlerts"][0]["alertId"]
        while True:
            status, alert = call("GET", f"/api/v1/alerts/{alert_id}")
            polls += 1
            if status == 200 and alert.get("incidentId"):
                break
            if time.perf_counter() - t1 > a.timeout:
                print(f"alert {alert_id}: no incident after {a.timeout} s", file=sys.stderr)
                return 1
            time.sleep(a.poll_ms / 1000)
        t2 = time.perf_counter()
        latencies.append((t2 - t1) * 1000)
        totals.append((t2 - t0) * 1000)

    def pct(values, q):
        s = sorted(values)
        return s[min(len(s) - 1, max(0, int(round(q / 100 * len(s) + 0.5)) - 1))]

    print(f"| {a.label or 'run'} | alerts | p50 ms | p90 ms | p99 ms | max ms | mean ms | evaluate + link p50 ms | polls per alert |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| evaluate answered -> alert shows incident | {len(latencies)} | {pct(latencies, 50):.1f} | {pct(latencies, 90):.1f} | "
          f"{pct(latencies, 99):.1f} | {max(latencies):.1f} | {statistics.mean(latencies):.1f} | {pct(totals, 50):.1f} | {polls / len(latencies):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
