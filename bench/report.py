#!/usr/bin/env python3
"""Turns the JSON lines of one bench/run.sh run into the Markdown comparison (stdlib only).

  python3 bench/report.py artifacts/bench/results.jsonl [--bdn DIR] [--mode full|quick] [--only SECTION]
  python3 bench/report.py --machine MODE     # one JSON line describing this machine (run.sh records it first)
  python3 bench/report.py --machine-end      # the load average at the end, to show how noisy the run was

Targets are judged only in full mode; quick mode (CI) shows the numbers without verdicts. Exits 1 when a section
has no results at all, which means a measurement did not run.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import statistics
import subprocess
import sys

from report_load import load_section
from report_scale import scale_section

RACE_IMPLS = [
    ("python-asyncio", "Python asyncio.gather"),
    ("node", "Node Promise.all"),
    ("dotnet-raw", ".NET floor (Task.WhenAll)"),
    ("dotnet-engine", "AsyncBot engine (records + events)"),
    ("dotnet-engine-quiet", "AsyncBot engine (records only)"),
]


def tool_version(*command):
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "missing"


def machine_line(mode):
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem_kb = 0
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            mem_kb = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
    except (OSError, StopIteration):
        pass
    commit = tool_version("git", "rev-parse", "--short", "HEAD")
    return {
        "bench": "machine",
        "mode": mode,
        "date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "os": f"{platform.system()} {platform.release()}",
        "dotnet": tool_version("dotnet", "--version"),
        "node": tool_version("node", "--version"),
        "python": platform.python_version(),
        "commit": commit,
        "load_start": list(os.getloadavg()),
    }


def load(path):
    lines = []
    with open(path, encoding="utf-8") as results:
        for line in results:
            line = line.strip()
            if line.startswith("{"):
                lines.append(json.loads(line))
    return lines


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def ms(value, digits=1):
    if value is None:
        return "–"
    if abs(value) >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.{digits}f} ms"


def mb(kb):
    return "–" if kb is None else f"{kb / 1024:.0f} MB"


def verdict(ok, judged):
    if not judged:
        return ""
    return "✅ met" if ok else "❌ missed"


class Report:
    def __init__(self, lines, mode, bdn, only=""):
        self.lines = lines
        self.only = only
        self.mode = mode
        self.judged = mode == "full"
        self.bdn = bdn
        self.out = []
        self.targets = []
        self.missing = []

    def of(self, bench, **match):
        return [l for l in self.lines if l.get("bench") == bench and all(l.get(k) == v for k, v in match.items())]

    def emit(self, text=""):
        self.out.append(text)

    def target(self, name, ok, detail):
        self.targets.append((name, ok, detail))

    def header(self):
        machine = next(iter(self.of("machine")), {})
        end = next(iter(self.of("machine-end")), {})
        self.emit(f"- Run: `bash bench/run.sh{'' if self.mode == 'full' else ' --quick'}` ({self.mode} mode), "
                  f"{machine.get('date_utc', '?')}, commit {machine.get('commit', '?')}.")
        self.emit(f"- Machine: {machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, "
                  f"{machine.get('memory_gb', '?')} GB, {machine.get('os', '?')}; .NET SDK {machine.get('dotnet', '?')}, "
                  f"Node {machine.get('node', '?')}, Python {machine.get('python', '?')}.")
        start, finish = machine.get("load_start"), end.get("load_end")
        if start and finish:
            self.emit(f"- Load average (1/5/15 min) at start {start[0]:.1f}/{start[1]:.1f}/{start[2]:.1f}, "
                      f"at end {finish[0]:.1f}/{finish[1]:.1f}/{finish[2]:.1f} — above {machine.get('cores', 2)} "
                      "means other work shared the cores and every timing here is inflated by it.")
        self.emit()

    def race(self):
        rows = self.of("race")
        if not rows:
            self.missing.append("race")
            return
        counts = sorted({r["count"] for r in rows})
        seconds = rows[0]["seconds"]
        by = {(impl, n): [r for r in rows if r["impl"] == impl and r["count"] == n] for impl, _ in RACE_IMPLS for n in counts}
        overhead = {k: med(r["overhead_ms"] for r in v) for k, v in by.items()}
        peak = {k: med(r["peak_rss_kb"] for r in v) for k, v in by.items()}
        repeats = max(len(v) for v in by.values())
        self.emit(f"### 1. Race overhead: N tasks of {seconds:g} s in gather mode")
        self.emit()
        self.emit(f"Overhead = wall time − {seconds:g} s, median of {repeats} run(s), each a fresh process after a "
                  "1000-task warm-up; .NET rows without tiered compilation, as the AOT-compiled bot runs.")
        self.emit()
        self.emit("| N | " + " | ".join(label for _, label in RACE_IMPLS) + " | engine ÷ floor |")
        self.emit("|---:|" + "---:|" * (len(RACE_IMPLS) + 1))
        for n in counts:
            floor, engine, node = overhead[("dotnet-raw", n)], overhead[("dotnet-engine", n)], overhead[("node", n)]
            ratio = engine / floor if engine is not None and floor else None
            cells = [ms(overhead[(impl, n)]) for impl, _ in RACE_IMPLS]
            self.emit(f"| {n:,} | " + " | ".join(cells) + f" | {'–' if ratio is None else f'{ratio:.2f}×'} |")
            if ratio is not None and n >= 10_000:
                self.target(f"race N={n:,}: engine at or below the .NET floor", ratio <= 1.0,
                            f"{ms(engine)} vs {ms(floor)} ({ratio:.2f}×)")
            if engine is not None and node is not None:
                self.target(f"race N={n:,}: engine ahead of Node", engine < node, f"{ms(engine)} vs Node {ms(node)}")
        self.emit()
        self.emit("Peak RSS (VmHWM, whole process):")
        self.emit()
        self.emit("| N | " + " | ".join(label for _, label in RACE_IMPLS) + " | engine − floor |")
        self.emit("|---:|" + "---:|" * (len(RACE_IMPLS) + 1))
        for n in counts:
            floor, engine = peak[("dotnet-raw", n)], peak[("dotnet-engine", n)]
            cells = [mb(peak[(impl, n)]) for impl, _ in RACE_IMPLS]
            diff = "–" if floor is None or engine is None else f"{(engine - floor) / 1024:+.1f} MB"
            self.emit(f"| {n:,} | " + " | ".join(cells) + f" | {diff} |")
            if floor is not None and engine is not None and n >= 10_000:
                self.target(f"race N={n:,}: engine's peak RSS no higher than the floor's", engine <= floor,
                            f"{mb(engine)} vs {mb(floor)}")
        self.emit()

    def pipeline(self):
        rows = self.of("pipeline")
        if not rows:
            self.missing.append("pipeline")
            return
        self.emit("### 2. Event pipeline")
        self.emit()
        self.emit("| path | events | wall | events/s (wall) | events per CPU-second | rendering alone | cores | messages |")
        self.emit("|---|---:|---:|---:|---:|---:|---:|---:|")
        names = {"dotnet-engine-render": "engine → channel → `RaceLines.Line` → UTF-8 sink",
                 "dotnet-engine-outbox": "engine → line + escape → `RunOutbox` → in-memory responder"}
        for r in rows:
            render = r.get("render_only_events_per_s")
            cells = [names.get(r["impl"], r["impl"]), f"{r['events']:,}", ms(r["elapsed_ms"]),
                     f"{r['events_per_s'] / 1e6:.2f} M", f"{r['events_per_cpu_s'] / 1e6:.2f} M",
                     "–" if render is None else f"{render / 1e6:.2f} M/s", str(r["processors"]),
                     f"{r['messages']:,}" if "messages" in r else "–"]
            self.emit("| " + " | ".join(cells) + " |")
            if r["impl"] == "dotnet-engine-render":
                self.target("pipeline: 1M events/s on one core", r["events_per_s"] >= 1e6,
                            f"{r['events_per_s'] / 1e6:.2f} M/s wall, {r['events_per_cpu_s'] / 1e6:.2f} M per CPU-second")
        self.emit()
        box = self.of("outbox")
        if box:
            self.emit("Outbox under a simulated webhook rate limit (real REST client and limiter → fake Discord):")
            self.emit()
            self.emit("| tasks | bucket | event lines | messages sent (summary included) | one message per line would need | 429s | sent while exhausted | order kept | drain after run |")
            self.emit("|---:|---|---:|---:|---:|---:|---:|---|---:|")
            for r in box:
                self.emit(f"| {r['tasks']} | {r['bucket']} | {r['events']} | {r['messages_sent']} | "
                          f"{r['naive_messages']} messages, ≥ {ms(r['naive_min_ms'])} | {r['rate_limited_429']} | "
                          f"{r['sent_while_exhausted']} | {'yes' if r['order_kept'] else '**NO**'} | {ms(r['drain_after_run_ms'])} |")
                self.target("outbox: every line once, in order, no 429", r["order_kept"] and r["rate_limited_429"] == 0,
                            f"{r['events']} lines in {r['messages_sent']} messages")
            self.emit()
        else:
            self.missing.append("outbox")

    def fetch(self):
        rows = self.of("fetch")
        if not rows:
            self.missing.append("fetch")
            return
        count, latency = rows[0]["count"], rows[0]["latency_ms"]
        self.emit(f"### 3. Fetch: {count} URLs, local server answering after {latency:g} ms")
        self.emit()
        self.emit("| client | mode | elapsed (median, warm) | runs | ÷ floor | first run (opens connections) | peak RSS |")
        self.emit("|---|---|---:|---|---:|---:|---:|")
        names = {"dotnet-engine": "AsyncBot fetch engine", "dotnet-raw": ".NET HttpClient + Task.WhenAll", "node": "Node fetch + Promise.all"}
        for r in rows:
            ratio = r["elapsed_ms"] / r["floor_ms"]
            runs = ", ".join(f"{x:.0f}" for x in r["runs_ms"])
            self.emit(f"| {names.get(r['impl'], r['impl'])} | {r['mode']} | {ms(r['elapsed_ms'])} | {runs} | {ratio:.2f}× | {ms(r.get('cold_ms'))} | {mb(r.get('peak_rss_kb'))} |")
            if r["impl"] == "dotnet-engine" and r["mode"] == "concurrent":
                self.target(f"fetch: concurrent within 1.15× of the {latency:g} ms floor", ratio <= 1.15, f"{ratio:.2f}×")
        self.emit()

    def webapi(self):
        rows = self.of("webapi")
        if not rows:
            self.missing.append("webapi")
            return
        clients, seconds = rows[0]["clients"], rows[0]["seconds"]
        self.emit(f"### 3b. Web API: {clients} clients request a {seconds:g} s race at once")
        self.emit()
        self.emit("| endpoint | whole streams | finished p50 | p99 | max |")
        self.emit("|---|---:|---:|---:|---:|")
        names = {"async": "`/api/race` (awaits its timers)", "blocking": "bench-only twin (`Thread.Sleep`)"}
        for r in rows:
            self.emit(f"| {names.get(r['impl'], r['impl'])} | {r['ok']} of {r['clients']} | {ms(r.get('p50_ms'))} | "
                      f"{ms(r.get('p99_ms'))} | {ms(r.get('max_ms'))} |")
            if r["impl"] == "async":
                done = r["ok"] == r["clients"] and r.get("max_ms") is not None
                self.target(f"web API: {clients} concurrent 1 s races all finish within 1.5 s",
                            done and r["max_ms"] <= 1500, ms(r.get("max_ms")))
        self.emit()

    def startup(self):
        rows = self.of("startup")
        self.emit("### 4. Startup and footprint of the published binary")
        self.emit()
        if not rows:
            self.emit("Not measured in this run (no `artifacts/publish/AsyncBot`).")
            self.emit()
            return
        r = rows[0]
        self.emit("| exec → READY (median) | min–max | RSS after READY, idle (median) | peak RSS | binary | runs | first start (fake still cold) |")
        self.emit("|---:|---|---:|---:|---:|---:|---:|")
        self.emit(f"| {ms(r['ready_ms'])} | {r['ready_ms_min']:.0f}–{r['ready_ms_max']:.0f} ms | {mb(r['rss_idle_kb'])} | "
                  f"{mb(r['peak_rss_kb'])} | {r['binary_bytes'] / 1e6:.1f} MB | {r['runs']} | {ms(r.get('first_ready_ms'))} |")
        self.emit()
        self.target("startup: READY in under 300 ms", r["ready_ms"] < 300, ms(r["ready_ms"]))
        self.target("startup: idle under 40 MB RSS", r["rss_idle_kb"] < 40 * 1024, mb(r["rss_idle_kb"]))

    def http_burst(self):
        rows = self.of("http-burst")
        if not rows:
            return
        self.emit("**Interactions over HTTP: a burst of signed interactions at once** (the binary in `Discord:Interactions=Http` mode)")
        self.emit()
        self.emit("| command | runs allowed | interactions | answered | ack p50 | ack p99 | max | bot peak RSS |")
        self.emit("|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            self.emit(f"| /{r['command']} | {r.get('runs_total', '')} | {r['count']} | {r['answered']} | {ms(r['ack_p50_ms'])} | {ms(r['ack_p99_ms'])} | "
                      f"{ms(r['ack_max_ms'])} | {mb(r['bot_peak_rss_kb'])} |")
        self.emit()
        for r in rows:
            if r["count"] >= 1000:
                self.target(f"http: 1,000 signed /{r['command']} answered, p99 under 250 ms",
                            r["answered"] == r["count"] and r["ack_p99_ms"] < 250, ms(r["ack_p99_ms"]))

    def micro(self):
        files = sorted(glob.glob(os.path.join(self.bdn, "*-report-github.md"))) if self.bdn else []
        self.emit("### 5. Micro-benchmarks (BenchmarkDotNet)")
        self.emit()
        if not files:
            self.missing.append("micro-benchmarks")
            self.emit("No BenchmarkDotNet results.")
            return
        environment_shown = False
        for path in files:
            name = os.path.basename(path).split("-report")[0].rsplit(".", 1)[-1]
            with open(path, encoding="utf-8") as report:
                lines = report.read().splitlines()
            fences = [i for i, line in enumerate(lines) if line.startswith("```")]
            environment = lines[fences[0] + 1:fences[1]] if len(fences) >= 2 else []
            table = [line for line in lines if line.startswith("|")]
            if not environment_shown and environment:
                self.emit("```")
                self.emit("\n".join(line for line in environment if line.strip()))
                self.emit("```")
                self.emit()
                environment_shown = True
            self.emit(f"**{name}**")
            self.emit()
            self.emit("\n".join(table))
            self.emit()

    def summary(self):
        if not self.judged:
            self.emit("Quick mode: numbers only, no verdicts (small N, short runs, shared CI machine).")
            return
        self.emit("### Targets")
        self.emit()
        for name, ok, detail in self.targets:
            self.emit(f"- {verdict(ok, True)} — {name}: {detail}")

    def render(self):
        self.header()
        sections = [("race", self.race), ("pipeline", self.pipeline), ("fetch", self.fetch), ("webapi", self.webapi),
                    ("startup", self.startup), ("startup", self.http_burst), ("load", lambda: load_section(self)),
                    ("scale", lambda: scale_section(self)),
                    ("micro", self.micro)]
        for name, section in sections:
            if not self.only or self.only == name:
                section()
        self.summary()
        return "\n".join(self.out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results", nargs="?")
    parser.add_argument("--bdn")
    parser.add_argument("--mode", default="full")
    parser.add_argument("--machine")
    parser.add_argument("--machine-end", action="store_true")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    if args.machine:
        print(json.dumps(machine_line(args.machine)))
        return 0
    if args.machine_end:
        print(json.dumps({"bench": "machine-end", "load_end": list(os.getloadavg())}))
        return 0
    report = Report(load(args.results), args.mode, args.bdn, args.only)
    print(report.render())
    if report.missing:
        print(f"report: no results for {', '.join(report.missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
