#!/usr/bin/env python3
"""Python's floor, the tutorial's own tool: asyncio.gather over N asyncio.sleep(S), stdlib only.

Prints one JSON line like the .NET and Node programs: overhead is wall time minus S. A 1000-task race of 10 ms
and a 250 ms pause warm the event loop up first, as in the others. Peak RSS is VmHWM from /proc/self/status, the same ruler for all.
"""
import argparse
import asyncio
import json
import os
import sys
import time


def proc_status_kb(key):
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


async def race(count, seconds):
    start = time.perf_counter()
    tasks = [asyncio.sleep(seconds) for _ in range(count)]
    started = time.perf_counter() - start
    await asyncio.gather(*tasks)
    return time.perf_counter() - start, started


async def main(count, seconds):
    await race(min(count, 1000), 0.01)
    await asyncio.sleep(0.25)
    return await race(count, seconds)


def run():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()
    elapsed, started = asyncio.run(main(args.count, args.seconds))
    times = os.times()
    print(json.dumps({
        "bench": "race",
        "impl": "python-asyncio",
        "count": args.count,
        "seconds": args.seconds,
        "elapsed_ms": round(elapsed * 1000, 3),
        "overhead_ms": round((elapsed - args.seconds) * 1000, 3),
        "started_ms": round(started * 1000, 3),
        "peak_rss_kb": proc_status_kb("VmHWM:"),
        "rss_kb": proc_status_kb("VmRSS:"),
        "cpu_ms": round((times.user + times.system) * 1000, 1),
        "runtime": "python " + sys.version.split()[0],
    }))


if __name__ == "__main__":
    run()
