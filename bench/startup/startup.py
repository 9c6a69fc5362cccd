#!/usr/bin/env python3
"""Startup and footprint of the published bot: time from exec to READY against the fake Discord, and RSS at idle.

Starts the fake Discord (gateway + REST on 127.0.0.1, port 0) as its own process and starts the bot once against it
unmeasured (the fake is a JIT-compiled ASP.NET app: its first WebSocket handshake costs it ~200 ms of its own JIT,
which is not the bot's startup; that first figure is still reported as first_ready_ms), then --runs times: starts the
bot binary with DISCORD_TOKEN and Discord__ApiBaseUrl pointing at the fake, waits for the fake to report that it
sent READY (its own wall-clock stamp, compared with the stamp taken just before exec), lets the bot idle for
--idle-s seconds, reads its VmRSS/VmHWM from /proc, and stops it with SIGTERM (it must exit 0). Prints one JSON line.
"""
import argparse
import json
import os
import queue
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def status_kb(pid, key):
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1])
    return -1


def start_fake(command):
    fake = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    first = json.loads(fake.stdout.readline())
    events = queue.Queue()

    def pump():
        for line in fake.stdout:
            line = line.strip()
            if line:
                events.put(json.loads(line))

    threading.Thread(target=pump, daemon=True).start()
    return fake, first["api_base_url"], first["token"], events


def one_run(binary, api_base_url, token, events, idle_s, health_file):
    env = {k: v for k, v in os.environ.items() if not k.startswith("Discord__") and k != "DISCORD_TOKEN"}
    env.update({
        "DISCORD_TOKEN": token,
        "Discord__ApiBaseUrl": api_base_url,
        "Health__File": health_file,
        "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
    })
    spawn_ms = time.time() * 1000
    bot = subprocess.Popen([binary], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, cwd=os.path.dirname(binary))
    try:
        ready = events.get(timeout=30)
    except queue.Empty:
        bot.kill()
        raise SystemExit("startup: the bot did not reach READY within 30 s: " + bot.stderr.read().decode()[-2000:])
    ready_ms = ready["unix_ms"] - spawn_ms
    rss_at_ready = status_kb(bot.pid, "VmRSS:")
    time.sleep(idle_s)
    rss_idle = status_kb(bot.pid, "VmRSS:")
    peak = status_kb(bot.pid, "VmHWM:")
    bot.send_signal(signal.SIGTERM)
    code = bot.wait(timeout=15)
    return {"ready_ms": round(ready_ms, 1), "rss_at_ready_kb": rss_at_ready, "rss_idle_kb": rss_idle,
            "peak_rss_kb": peak, "exit_code": code}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True, help="the published AsyncBot binary")
    parser.add_argument("--fake", required=True, nargs="+", help="command that runs the fake Discord host")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle-s", type=float, default=2.0)
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    fake, api_base_url, token, events = start_fake(args.fake)
    runs = []
    try:
        with tempfile.TemporaryDirectory() as work:
            first = one_run(binary, api_base_url, token, events, 0.2, os.path.join(work, "health-first"))
            for i in range(args.runs):
                runs.append(one_run(binary, api_base_url, token, events, args.idle_s, os.path.join(work, f"health{i}")))
    finally:
        fake.stdin.close()
        try:
            fake.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fake.kill()
    print(json.dumps({
        "bench": "startup",
        "impl": "aot-binary",
        "runs": len(runs),
        "idle_s": args.idle_s,
        "ready_ms": statistics.median(r["ready_ms"] for r in runs),
        "ready_ms_min": min(r["ready_ms"] for r in runs),
        "ready_ms_max": max(r["ready_ms"] for r in runs),
        "rss_idle_kb": statistics.median(r["rss_idle_kb"] for r in runs),
        "peak_rss_kb": max(r["peak_rss_kb"] for r in runs),
        "first_ready_ms": first["ready_ms"],
        "binary_bytes": os.path.getsize(binary),
        "exit_codes": sorted({r["exit_code"] for r in runs}),
        "each": runs,
    }))
    return 0 if all(r["exit_code"] == 0 for r in runs + [first]) else 1


if __name__ == "__main__":
    sys.exit(main())
