#!/usr/bin/env bash
# AsyncBot's benchmark suite: bash bench/run.sh [--quick] [--only SECTION]
#
# Builds the bench projects (Release), runs every measurement as its own process — .NET, Python's asyncio and Node
# side by side — gathers their JSON lines in artifacts/bench/results.jsonl and prints the comparison as Markdown
# (also written to artifacts/bench/report.md). Full mode takes about 10 minutes; --quick (what CI runs) uses small
# N and short runs so the suite cannot rot, and judges no targets. Exits non-zero when a measurement fails (a
# program crashed, timed out, printed no result, or the outbox lost or reordered a line), never for a missed target.
# Everything it starts talks to 127.0.0.1 only.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mode=full
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick ;;
    --only) only=${2:-}; shift ;;
    *) echo "usage: bash bench/run.sh [--quick] [--only SECTION]" >&2; exit 2 ;;
  esac
  shift
done
# --only NAME runs one section (e.g. the load scenario, which needs neither the micro-benchmarks nor the races).
want() { [ -z "$only" ] || [ "$only" = "$1" ]; }

out=artifacts/bench
results="$out/results.jsonl"
mkdir -p "$out"
: > "$results"
failures=0

if [ "$mode" = quick ]; then
  race_counts="3 10000"; race_seconds=0.2; race_repeats=1
  pipeline_count=20000; outbox_pipeline_count=10000
  outbox_args="--tasks 10 --step 0.05 --limit 5 --window 1"
  fetch_args="--count 10 --repeats 1"
  startup_args="--runs 2 --idle-s 0.5"
  http_burst_count=100
  micro_args="--job Dry --inProcess"
  load_args="--scales 10 --warmup 2 --limit-s 30"
  scale_args="--count 60 --warmup 2 --limit-s 30"
  webapi_clients=20
else
  race_counts="3 10000 100000 1000000"; race_seconds=1; race_repeats=3
  pipeline_count=500000; outbox_pipeline_count=250000
  outbox_args="--tasks 25 --step 0.1 --limit 5 --window 2"
  fetch_args="--count 50 --repeats 5"
  startup_args="--runs 7 --idle-s 2"
  http_burst_count=1000
  micro_args="${BENCH_MICRO_ARGS:---job Short}"
  load_args="--scales 100,300,1000 --warmup 5 --limit-s 180"
  scale_args="--count 1000 --warmup 5 --limit-s 120"
  webapi_clients=1000
fi

step() { echo "== $*" >&2; }

# Node is only a point of comparison: without it the .NET and Python rows still run.
have_node=true
if ! command -v node > /dev/null; then
  have_node=false
  echo "bench: node not found, its rows are left out" >&2
fi

# Runs one measurement under a time limit and keeps the JSON lines it prints.
measure() {
  local limit=$1; shift
  local output status
  output=$(timeout "$limit" "$@" < /dev/null)
  status=$?
  if [ "$status" -ne 0 ] || ! grep -q '^{' <<< "$output"; then
    echo "bench: FAILED (exit $status): $*" >&2
    failures=$((failures + 1))
  fi
  grep '^{' <<< "$output" >> "$results" || true
}

step "machine"
python3 bench/report.py --machine "$mode" >> "$results" || failures=$((failures + 1))

step "build (Release)"
if ! dotnet build bench/AsyncBot.Bench.slnx -c Release -v quiet -nologo < /dev/null > "$out/build.log" 2>&1; then
  cat "$out/build.log" >&2
  echo "bench: the bench projects do not build" >&2
  exit 1
fi
bin=bench/AsyncBot.Bench/bin/Release/net10.0/AsyncBot.Bench.dll
discord_bin=bench/AsyncBot.Bench.Discord/bin/Release/net10.0/AsyncBot.Bench.Discord.dll
micro_bin=bench/AsyncBot.Bench.Micro/bin/Release/net10.0/AsyncBot.Bench.Micro.dll

# 1. Race overhead: every implementation at every N, interleaved so machine noise spreads over all of them.
want race || race_repeats=0
for repeat in $(seq "$race_repeats"); do
  for count in $race_counts; do
    step "race N=$count (run $repeat of $race_repeats)"
    measure 300 python3 bench/race/race_asyncio.py --count "$count" --seconds "$race_seconds"
    if $have_node; then measure 120 node bench/race/race_node.mjs --count "$count" --seconds "$race_seconds"; fi
    # Without tiered compilation: the bot ships as a Native AOT binary, optimized before its first call, while a
    # tiered JIT would time the engine's start loop as unoptimized tier-0 code against Task.Delay's precompiled
    # runtime code. The floor runs the same way.
    for impl in dotnet-raw dotnet-engine dotnet-engine-quiet; do
      measure 120 env DOTNET_TieredCompilation=0 dotnet "$bin" race "$impl" --count "$count" --seconds "$race_seconds"
    done
  done
done

# 2. Event pipeline on one core (when taskset is there), and the outbox under a webhook rate limit.
pin=()
if command -v taskset > /dev/null; then pin=(taskset -c 0); fi
if want pipeline; then
  step "pipeline: engine -> rendering -> sink"
  measure 120 "${pin[@]}" dotnet "$bin" pipeline --count "$pipeline_count"
  measure 120 "${pin[@]}" dotnet "$discord_bin" pipeline-outbox --count "$outbox_pipeline_count"
  step "outbox under a simulated webhook rate limit"
  measure 120 dotnet "$discord_bin" outbox $outbox_args
fi

# 3. Fetch: the local latency server, then .NET (engine, raw) and Node against it.
if want fetch; then
  step "fetch against a local 200 ms server"
  server_out="$out/latency-server.out"
  python3 bench/fetch/latency_server.py --latency-ms 200 > "$server_out" &
  server_pid=$!
  port=""
  for _ in $(seq 50); do
    port=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["port"])' "$server_out" 2>/dev/null) && break
    sleep 0.1
  done
  if [ -n "$port" ]; then
    measure 180 dotnet "$bin" fetch --base "http://127.0.0.1:$port" $fetch_args
    if $have_node; then measure 180 node bench/fetch/fetch_node.mjs --base "http://127.0.0.1:$port" $fetch_args; fi
  else
    echo "bench: FAILED: the latency server did not start" >&2
    failures=$((failures + 1))
  fi
  kill "$server_pid" 2> /dev/null; wait "$server_pid" 2> /dev/null
fi

# 3b. The web API: N clients request a 1 s race at once, from the product's async endpoint and from its bench-only
# twin that blocks a thread with Thread.Sleep. Each server is its own process, so the clients do not share its pool.
if want webapi; then
  for impl in async blocking; do
    step "web API: $webapi_clients clients of a 1 s race ($impl)"
    server_out="$out/webapi-$impl.out"
    dotnet "$discord_bin" webapi-server --impl "$impl" --clients "$webapi_clients" > "$server_out" 2> "$out/webapi-$impl.err" &
    server_pid=$!
    port=""
    for _ in $(seq 100); do
      port=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["port"])' "$server_out" 2>/dev/null) && break
      sleep 0.1
    done
    if [ -n "$port" ]; then
      measure 420 dotnet "$discord_bin" webapi-load --base "http://127.0.0.1:$port" --impl "$impl" --clients "$webapi_clients" --seconds 1 --timeout 400
    else
      echo "bench: FAILED: the $impl web API server did not start" >&2
      failures=$((failures + 1))
    fi
    kill "$server_pid" 2> /dev/null; wait "$server_pid" 2> /dev/null
  done
fi

# 4. Startup and footprint of the published (Native AOT) binary against the fake Discord.
bot=artifacts/publish/AsyncBot
if [ "$mode" = full ] && [ ! -x "$bot" ] && { want startup || want http-burst || want load || want scale; }; then
  step "publish the AOT binary (as .ci/run and the Dockerfile do)"
  dotnet publish src/AsyncBot/AsyncBot.csproj -c Release -r linux-x64 -p:PublishAot=true -o artifacts/publish < /dev/null > "$out/publish.log" 2>&1 \
    || { echo "bench: FAILED: publish (see $out/publish.log)" >&2; failures=$((failures + 1)); }
fi
if ! want startup; then
  :
elif [ -x "$bot" ]; then
  step "startup: exec to READY, RSS at idle"
  measure 300 python3 bench/startup/startup.py --bin "$bot" $startup_args --fake dotnet "$discord_bin" fake-discord
else
  step "startup: skipped, no $bot (run the AOT publish first)"
fi
if want http-burst && [ -x "$bot" ]; then
  step "interactions over HTTP: $http_burst_count signed interactions at once"
  for command in help race; do
    measure 120 dotnet "$discord_bin" http-burst --bot "$bot" --count "$http_burst_count" --command "$command"
  done
fi

# 5. Load: concurrent /race runs against the fake Discord with Discord's limits, the AOT bot and the discord.js peer
# one after the other, each a fresh process. The peer's packages come from package-lock.json (npm ci).
if want load; then
  peer=()
  if $have_node && { [ -d bench/load/node_modules ] \
      || npm ci --prefix bench/load --no-audit --no-fund < /dev/null > "$out/npm.log" 2>&1; }; then
    peer=(--discordjs bench/load/race_discordjs.mjs)
  else
    echo "bench: the discord.js peer could not be installed (see $out/npm.log), its rows are left out" >&2
  fi
  bot_arg=()
  if [ -x "$bot" ]; then bot_arg=(--asyncbot "$bot"); else echo "bench: no $bot, AsyncBot's load rows are left out" >&2; fi
  if [ ${#bot_arg[@]} -gt 0 ] || [ ${#peer[@]} -gt 0 ]; then
    step "load: concurrent /race tasks:A:2 B:3 C:1 ($load_args)"
    # shellcheck disable=SC2086 # the scale options are meant to split
    measure 900 dotnet "$discord_bin" load $load_args "${bot_arg[@]}" "${peer[@]}"
  fi
fi

# 5b. Scale-out: signed /race interactions round-robin over three replicas of the binary in HTTP-interactions mode
# sharing one Garnet (in the driver's process, as in the tests), then the same burst on one replica in memory. The
# driver runs without tiered compilation so the fake Discord and the store answer with optimized code from the
# first request, as long-running servers would, instead of timing their JIT's first tier.
if want scale; then
  if [ -x "$bot" ]; then
    step "scale: signed /race over 3 replicas sharing one store, then 1 replica in memory ($scale_args)"
    # shellcheck disable=SC2086 # the options are meant to split
    measure 600 env DOTNET_TieredCompilation=0 dotnet "$discord_bin" scale --bot "$bot" $scale_args
  else
    echo "bench: no $bot, the scale scenario is left out" >&2
  fi
fi

# 6. Micro-benchmarks (BenchmarkDotNet), allocations included.
if want micro; then
  step "micro-benchmarks ($micro_args)"
  rm -rf "$out/bdn"
  # shellcheck disable=SC2086 # the job options are meant to split
  # BenchmarkDotNet exits 0 even when it refuses to run (e.g. unoptimized code), so success is having its reports.
  if ! timeout 1800 dotnet "$micro_bin" --filter '*' $micro_args --artifacts "$out/bdn" < /dev/null > "$out/micro.log" 2>&1 \
     || ! ls "$out"/bdn/results/*-report-github.md > /dev/null 2>&1; then
    tail -40 "$out/micro.log" >&2
    echo "bench: FAILED: micro-benchmarks (see $out/micro.log)" >&2
    failures=$((failures + 1))
  fi
fi

python3 bench/report.py --machine-end >> "$results" || true
step "report"
python3 bench/report.py "$results" --bdn "$out/bdn/results" --mode "$mode" --only "$only" > "$out/report.md" || failures=$((failures + 1))
cat "$out/report.md"

if [ "$failures" -ne 0 ]; then
  echo "bench: $failures measurement(s) failed" >&2
  exit 1
fi
echo "bench: all measurements ran ($mode mode)" >&2
