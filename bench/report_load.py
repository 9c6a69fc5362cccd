"""The load section of bench/report.py: concurrent /race runs per scale, AsyncBot's AOT binary and the discord.js peer.

Kept apart from report.py so each file holds one thing; report.py calls load_section(report).
"""

IMPLS = [("asyncbot-aot", "AsyncBot (Native AOT)"), ("discordjs", "discord.js (@discordjs/core 2.6)")]


def _ms(value):
    if value is None or value != value:  # NaN: nothing was measured
        return "–"
    return f"{value / 1000:.2f} s" if abs(value) >= 1000 else f"{value:.0f} ms"


def load_section(report):
    rows = report.of("load")
    if not rows:
        report.missing.append("load")
        return
    report.emit("### Load: concurrent `/race tasks:A:2 B:3 C:1` against the fake Discord")
    report.emit()
    report.emit("Each row: a fresh fake Discord (webhook bucket 5 per 2 s per interaction token) and a fresh bot process, "
                "a short warm-up, then N interactions from N users sent as fast as the gateway takes them. "
                "Ack = interaction sent → callback arrived; late = a `Finished` line's arrival − (callback + the task's "
                "seconds), the summary's − (callback + 3 s). CPU is the bot process's user + system time from the "
                "burst to the last run's final edit, per answered run (so are REST calls); RSS is its VmHWM over the whole life of the process.")
    report.emit()
    report.emit("| N | bot | answered | lines exact | ack p50 / p99 / max | Finished late p50 / p99 / max | summary late p99 "
                "| CPU per run | REST calls per run | messages per run | timeline PNGs | 429s | peak RSS | open files (max) | wall |")
    report.emit("|---:|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in sorted(rows, key=lambda r: (r["runs"], [i for i, _ in IMPLS].index(r["impl"]) if r["impl"] in dict(IMPLS) else 9)):
        name = dict(IMPLS).get(r["impl"], r["impl"])
        busy = f" ({r['busy']} busy)" if r.get("busy") else ""
        report.emit(
            f"| {r['runs']:,} | {name} | {r['answered']:,}{busy} | {r['lines_ok']:,} | "
            f"{_ms(r['ack_ms_p50'])} / {_ms(r['ack_ms_p99'])} / {_ms(r['ack_ms_max'])} | "
            f"{_ms(r['finish_late_ms_p50'])} / {_ms(r['finish_late_ms_p99'])} / {_ms(r['finish_late_ms_max'])} | "
            f"{_ms(r['summary_late_ms_p99'])} | {r['cpu_ms_per_run']:.1f} ms | {r['rest_calls_per_run']:.1f} | "
            f"{r['messages_per_run']:.1f} | {r.get('pictures', '–')} | {r['status_429']} | {r['peak_rss_kb'] / 1024:.0f} MB | {r.get('max_open_files', '–')} | {r['wall_s']:.1f} s |")
        if r["impl"] == "asyncbot-aot" and r["runs"] >= 1000:
            answered = r["answered"] == r["runs"] and r["lines_ok"] == r["runs"] - r.get("busy", 0)
            report.target(f"load N={r['runs']:,}: every interaction answered, every line once and in order", answered,
                          f"{r['answered']:,} answered, {r['lines_ok']:,} exact")
            report.target(f"load N={r['runs']:,}: ack p99 under 250 ms", r["ack_ms_p99"] < 250, _ms(r["ack_ms_p99"]))
            report.target(f"load N={r['runs']:,}: Finished lines within 1 s of due (max)", r["finish_late_ms_max"] <= 1000,
                          _ms(r["finish_late_ms_max"]))
            report.target(f"load N={r['runs']:,}: at most 2 ms CPU per run", r["cpu_ms_per_run"] <= 2,
                          f"{r['cpu_ms_per_run']:.1f} ms")
            report.target(f"load N={r['runs']:,}: at most 150 MB peak RSS", r["peak_rss_kb"] <= 150 * 1024,
                          f"{r['peak_rss_kb'] / 1024:.0f} MB")
            report.target(f"load N={r['runs']:,}: no 429 provoked", r["status_429"] == 0, str(r["status_429"]))
    report.emit()
