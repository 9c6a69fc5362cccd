#!/usr/bin/env python3
"""Where the CPU went while a scale burst was being answered, from a system-wide perf profile (stdlib only).

  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_TieredCompilation=0 \\
    dotnet bench/AsyncBot.Bench.Discord/bin/Release/net10.0/AsyncBot.Bench.Discord.dll scale --bot artifacts/publish/AsyncBot \\
    > scale.jsonl &
  perf record -a -g -k CLOCK_MONOTONIC -F 1999 -e cpu-clock -o scale.perf -- sleep 60   # stop it when the bench is done
  perf script -i scale.perf -F pid,tid,time,ip,sym,dso > scale.stacks
  python3 bench/scale/profile_burst.py scale.stacks scale.jsonl [1999]

Each scale line carries its burst's CLOCK_MONOTONIC window (first interaction sent → last answer read); every sample in
it is counted once: by process (a replica: a stack in the published binary; the bench: JIT code from its perf map;
anything else: other work on the machine), then by the innermost frame that names a component. The perf map and
W^X off let perf name the bench's JIT frames (the fake Discord, the poster, Garnet); the AOT replicas are named from
their own symbols (keep AsyncBot.dbg beside the binary).
"""
import collections
import json
import re
import sys

COMPONENTS = [
    ("store server (Garnet, its Lua)", r"\[Garnet\.|\[Tsavorite|liblua|\blua[A-Z_]\w*\s"),
    ("store client (StackExchange.Redis)", r"StackExchange[._]Redis|RESPite"),
    ("signature check (Ed25519)", r"NSec|crypto_sign|ed25519|sha512"),
    ("timeline picture (Skia, PNG)", r"Skia|\bsk_|png|deflate|zlib|crc32"),
    ("logging", r"Serilog"),
    ("JSON", r"System[._]Text[._]Json"),
    ("fake Discord's handlers", r"AsyncBot\.FakeDiscord"),
    ("HTTP server (Kestrel)", r"AspNetCore"),
    ("HTTP client", r"System[._]Net[._]Http"),
    ("sockets", r"System[._]Net[._]Sockets"),
    ("the bot's own code", r"^AsyncBot_"),
    ("GC and allocation", r"gc_heap|WKS::|SVR::|GCHeap|Rhp(New|GcAlloc)|RhpAssignRef|RhBulkMove|_int_malloc|\bmalloc"),
    ("threads, timers, tasks", r"Threading|ThreadPool|Tasks|Timer|ExecutionContext|Monitor|futex|WaitSubsystem"),
]
COMPONENTS = [(name, re.compile(rx)) for name, rx in COMPONENTS]
FRAME = re.compile(r"^\s*[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$")


def samples(path):
    """(pid, time, [(symbol, dso), ...] leaf first) per sample of `perf script -F pid,tid,time,ip,sym,dso`."""
    head, frames = None, []
    with open(path, encoding="utf-8", errors="replace") as stacks:
        for line in stacks:
            if not line.strip():
                if head:
                    yield head[0], head[1], frames
                head, frames = None, []
            elif not line[0].isspace():
                parts = line.split()
                head, frames = (parts[0].split("/")[0], float(parts[1].rstrip(":"))), []
            else:
                match = FRAME.match(line)
                if match:
                    frames.append((match.group(1), match.group(2)))
    if head:
        yield head[0], head[1], frames


def kinds_of(path):
    """Each process's kind. A replica is a fork of the bench until it execs, so a stack in the binary decides."""
    kinds = {}
    for pid, _, frames in samples(path):
        if any(dso.endswith("/AsyncBot") for _, dso in frames):
            kinds[pid] = "replicas"
        elif any(dso.startswith("/tmp/perf-") for _, dso in frames):
            kinds.setdefault(pid, "bench (fake Discord, poster, in-process store)")
    return kinds


def component(frames):
    for symbol, dso in frames:
        if "[kernel" in dso or symbol == "[unknown]":
            continue
        for name, rx in COMPONENTS:
            if rx.search(symbol) or rx.search(dso):
                return name
    return "kernel and unnamed"


def main():
    stacks, results = sys.argv[1], sys.argv[2]
    rate = float(sys.argv[3]) if len(sys.argv) > 3 else 1999.0  # perf record -F
    bursts = []
    with open(results, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("{") and '"burst_monotonic_s"' in line:
                row = json.loads(line)
                bursts.append((row["impl"], *row["burst_monotonic_s"]))
    kinds = kinds_of(stacks)
    tally = {impl: collections.Counter() for impl, _, _ in bursts}
    by_process = {impl: collections.Counter() for impl, _, _ in bursts}
    for pid, time, frames in samples(stacks):
        for impl, start, end in bursts:
            if start <= time <= end:
                owner = kinds.get(pid, "other work on the machine")
                by_process[impl][owner] += 1
                if owner != "other work on the machine":
                    tally[impl][(owner, component(frames))] += 1
    for impl, start, end in bursts:
        total = sum(by_process[impl].values())
        print(f"## {impl}: burst {1000 * (end - start):.0f} ms, {1000 * total / rate:.0f} ms of CPU sampled "
              f"({total / (rate * (end - start)):.2f} cores)")
        for owner, count in by_process[impl].most_common():
            print(f"  {owner}: {1000 * count / rate:.0f} ms")
            for (who, name), n in tally[impl].most_common():
                if who == owner:
                    print(f"    {name}: {1000 * n / rate:.0f} ms")
        print()


if __name__ == "__main__":
    main()
