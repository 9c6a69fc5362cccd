"""The scale section of bench/report.py: one burst of signed /race interactions over replicas sharing a store, and the
same burst on one replica with the in-memory registry.

Kept apart from report.py so each file holds one thing; report.py calls scale_section(report).
"""


def _ms(value):
    if value is None or value != value:  # NaN or null: nothing was measured
        return "–"
    if abs(value) >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.1f} ms" if abs(value) < 10 else f"{value:.0f} ms"


STORES = {"garnet": "sharing one Garnet", "garnet-process": "sharing one Garnet (own process)", "memory": "in-memory registry"}


def _setup(r):
    where = STORES.get(r["store"], r["store"])
    return f"{r['replicas']} {'replica' if r['replicas'] == 1 else 'replicas'}, {where}"


def scale_section(report):
    rows = report.of("scale")
    report.emit("### Scale-out: signed `/race tasks:A:2 B:3 C:1` over replicas sharing one store")
    report.emit()
    if not rows:
        report.emit("Not measured in this run (no `artifacts/publish/AsyncBot`).")
        report.emit()
        return
    report.emit("Each row: a fresh fake Discord (REST, Discord's limits), the store when shared, the published binary as "
                "that many processes in `Discord:Interactions=Http` mode; then N signed interactions from N users, sent "
                "evenly over the spread and dealt round-robin to the replicas. HTTP answer = request sent → answer read "
                "by the driver; plan = a visible `Racing …` reply the fake accepted. CPU is the replicas' user + system "
                "time from the burst to the last run's final edit, summed, per run (it depends on how many summaries "
                "carried their timeline PNG: each replica skips a picture that cannot start drawing within 0.5 s); store "
                "round trips are the commands Garnet processed in that time, per run.")
    report.emit()
    report.emit("| setup | N | sent over | plans (refused / lost) | HTTP answer p50 / p99 / max | lines exact "
                "| Finished late p50 / p99 / max | timeline PNGs | CPU per run | peak RSS per replica | store round trips per run "
                "| store PING from the driver p50 / max | 429s | wall |")
    report.emit("|---|---:|---:|---:|---|---:|---|---:|---:|---|---:|---|---:|---:|")
    for r in rows:
        rss = " / ".join(f"{kb / 1024:.0f}" for kb in r["peak_rss_kb_per_replica"]) + " MB"
        shared = r["store"] != "memory"
        store = f"{r['store_commands_per_run']:.1f}" if shared else "–"
        ping = f"{_ms(r.get('store_ping_ms_p50'))} / {_ms(r.get('store_ping_ms_max'))}" if shared else "–"
        report.emit(
            f"| {_setup(r)} | {r['count']:,} | {r['send_s'] * 1000:.0f} ms | {r['plans']:,} ({r['refused']} / {r['lost']}) | "
            f"{_ms(r['http_ms_p50'])} / {_ms(r['http_ms_p99'])} / {_ms(r['http_ms_max'])} | {r['lines_ok']:,} | "
            f"{_ms(r['finish_late_ms_p50'])} / {_ms(r['finish_late_ms_p99'])} / {_ms(r['finish_late_ms_max'])} | "
            f"{r['pictures']:,} | {r['cpu_ms_per_run']:.2f} ms | {rss} | {store} | {ping} | {r['status_429']} | {r['wall_s']:.1f} s |")
    report.emit()
    for r in rows:
        if r["store"] in ("garnet", "garnet-process") and r["replicas"] > 1 and r["count"] >= 1000:
            whole = r["plans"] == r["count"] and r["lines_ok"] == r["count"] and r["finished"] == r["count"]
            name = f"scale: {r['count']:,} interactions over {r['replicas']} replicas sharing one store"
            report.target(f"{name}, each answered with the plan and its lines exactly once, in order", whole,
                          f"{r['plans']:,} plans, {r['refused']} refused, {r['lost']} lost, {r['lines_ok']:,} exact")
            report.target(f"{name}, answered with p99 under 250 ms", r["http_ms_p99"] is not None and r["http_ms_p99"] < 250,
                          f"p99 {_ms(r['http_ms_p99'])} (one replica in memory, same run: "
                          f"{', '.join(_ms(m['http_ms_p99']) for m in rows if m['store'] == 'memory' and m['replicas'] == 1) or '–'})")
