#!/usr/bin/env python3
"""The capacity model of docs/capacity-planning.md: silos, cores, RAM, PostgreSQL load and database
size for a fleet, from per-unit figures measured on this machine (the defaults, each named in the
doc with the command that measured it) and planning assumptions (marked so; change them to match
your fleet). Prints a Markdown table.

  scripts/capacity-model.py                                  the doc's table
  scripts/capacity-model.py --guards 25000 --events-per-minute 6 --cores-per-silo 8
"""
import argparse
import math


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # Assumptions (not measured here).
    p.add_argument("--guards", default="1000,10000,100000,300000,1000000", help="fleet sizes, all guards on shift at once")
    p.add_argument("--events-per-minute", type=float, default=2.0, help="events per phone per minute on shift (assumption)")
    p.add_argument("--cores-per-silo", type=int, default=4, help="cores of one silo's machine or pod (assumption)")
    p.add_argument("--ram-per-silo-gb", type=float, default=16.0, help="memory of one silo's machine or pod (assumption)")
    p.add_argument("--utilisation", type=float, default=0.6, help="CPU share a silo or the database may plan to use (assumption)")
    p.add_argument("--spare-silos", type=int, default=1, help="silos beyond need, so one can fail or restart (assumption)")
    p.add_argument("--frontends", type=int, default=2, help="front-end processes (role frontend)")
    # Measured here (docs/capacity-planning.md says where).
    p.add_argument("--silo-idle-cores", type=float, default=0.12, help="a silo's CPU with guards on shift and no telemetry (measured)")
    p.add_argument("--host-us", type=float, default=38.0, help="silo CPU us per event above that (measured)")
    p.add_argument("--evaluation-us", type=float, default=300.0, help="silo CPU us per guard evaluation, every 5 min (measured)")
    p.add_argument("--postgres-idle-cores", type=float, default=0.05, help="PostgreSQL's CPU with no telemetry (measured)")
    p.add_argument("--postgres-us", type=float, default=28.0, help="PostgreSQL CPU us per event above that (measured)")
    p.add_argument("--guard-bytes", type=float, default=11300.0, help="managed bytes per on-shift guard (measured)")
    p.add_argument("--heap-factor", type=float, default=3.0, help="process memory per managed byte (measured: working set / heap)")
    p.add_argument("--silo-base-mb", type=float, default=250.0, help="a silo's memory with no guard (measured)")
    p.add_argument("--archive-bytes", type=float, default=190.0, help="database bytes per archived event (measured)")
    p.add_argument("--feed-rows", type=float, default=0.75, help="event-log rows per telemetry event (measured)")
    p.add_argument("--feed-bytes", type=float, default=700.0, help="database bytes per event-log row (measured)")
    p.add_argument("--telemetry-days", type=int, default=30, help="Monitoring__Retention__TelemetryDays")
    p.add_argument("--event-log-days", type=int, default=90, help="Monitoring__Retention__EventLogDays")
    p.add_argument("--silo-connections", type=int, default=20, help="Monitoring__Storage__MaxConnections of a silo")
    p.add_argument("--frontend-connections", type=int, default=6, help="Monitoring__Storage__MaxConnections of a front-end")
    a = p.parse_args()

    print("| guards on shift | events/s | silo CPU, all silos (cores busy) | silos | RAM per silo | PostgreSQL CPU (cores to plan) | database growth per day | database at retention | PostgreSQL connections |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for guards in (int(g) for g in a.guards.split(",")):
        events = guards * a.events_per_minute / 60
        work = events * a.host_us / 1e6 + guards * a.evaluation_us / 1e6 / 300
        needed = max(1, math.ceil((work / a.utilisation) / (a.cores_per_silo - a.silo_idle_cores / a.utilisation)))
        guard_ram = guards * a.guard_bytes * a.heap_factor
        for_memory = math.ceil(guard_ram / (a.ram_per_silo_gb * 1e9 * 0.8 - a.silo_base_mb * 1e6))
        silos = max(2, max(needed, for_memory) + a.spare_silos)
        cores = work + silos * a.silo_idle_cores
        # With one silo down, the others hold its guards: size each for guards / (silos - spare).
        ram_gb = (a.silo_base_mb * 1e6 + guard_ram / max(1, silos - a.spare_silos)) / 1e9
        postgres = (a.postgres_idle_cores + events * a.postgres_us / 1e6) / a.utilisation
        per_day = events * 86400
        growth_gb = per_day * (a.archive_bytes + a.feed_rows * a.feed_bytes) / 1e9
        stored_gb = per_day * (a.archive_bytes * a.telemetry_days + a.feed_rows * a.feed_bytes * a.event_log_days) / 1e9
        connections = silos * a.silo_connections + a.frontends * a.frontend_connections
        print(f"| {guards:,} | {events:,.0f} | {cores:.2f} | {silos} x {a.cores_per_silo} cores | {ram_gb:.1f} GB "
              f"| {postgres:.2f} | {growth_gb:,.1f} GB | {size(stored_gb)} | {connections}{' (over 97)' if connections > 97 else ''} |")


def size(gb: float) -> str:
    return f"{gb / 1000:,.1f} TB" if gb >= 1000 else f"{gb:,.0f} GB"


if __name__ == "__main__":
    main()
