// Node's floor: Promise.all over N setTimeout promises, no packages. Prints one JSON line like the .NET and Python
// programs: overhead is wall time minus the delay. A 1000-task race of 10 ms and a 250 ms pause warm up
// first, as in the others.
// Peak RSS is VmHWM from /proc/self/status, the same ruler for all.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

function procStatusKb(key) {
  try {
    const line = readFileSync('/proc/self/status', 'ascii').split('\n').find((l) => l.startsWith(key));
    return line ? Number(line.split(/\s+/)[1]) : -1;
  } catch {
    return -1;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function race(count, seconds) {
  const start = performance.now();
  const tasks = new Array(count);
  for (let i = 0; i < count; i++) {
    tasks[i] = sleep(seconds * 1000);
  }
  const started = performance.now() - start;
  await Promise.all(tasks);
  return { elapsed: performance.now() - start, started };
}

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '1' } } });
const count = Number(values.count);
const seconds = Number(values.seconds);
await race(Math.min(count, 1000), 0.01);
await sleep(250);
const { elapsed, started } = await race(count, seconds);
const usage = process.cpuUsage();
const round = (x) => Math.round(x * 1000) / 1000;
console.log(JSON.stringify({
  bench: 'race',
  impl: 'node',
  count,
  seconds,
  elapsed_ms: round(elapsed),
  overhead_ms: round(elapsed - seconds * 1000),
  started_ms: round(started),
  peak_rss_kb: procStatusKb('VmHWM:'),
  rss_kb: procStatusKb('VmRSS:'),
  cpu_ms: Math.round((usage.user + usage.system) / 100) / 10,
  runtime: `node ${process.version}`,
}));
