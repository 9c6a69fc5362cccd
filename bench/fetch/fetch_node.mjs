// Node's fetch with Promise.all over N URLs on the local latency server (and once one after another): median of
// --repeats concurrent runs after a first, cold run that opens the connections (reported as cold_ms). One JSON line
// per mode, like the .NET program. No packages.
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

async function get(url) {
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return body.byteLength;
}

async function concurrent(urls) {
  const start = performance.now();
  await Promise.all(urls.map(get));
  return performance.now() - start;
}

async function sequential(urls) {
  const start = performance.now();
  for (const url of urls) await get(url);
  return performance.now() - start;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 1000) / 1000;

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    count: { type: 'string', default: '50' },
    repeats: { type: 'string', default: '3' },
    'latency-ms': { type: 'string', default: '200' },
    'no-sequential': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const latency = Number(values['latency-ms']);
const base = values.base.replace(/\/$/, '');
const urls = Array.from({ length: count }, (_, i) => `${base}/item/${i + 1}`);

function print(mode, runs, cold) {
  console.log(JSON.stringify({
    bench: 'fetch',
    impl: 'node',
    mode,
    count,
    latency_ms: latency,
    elapsed_ms: round(median(runs)),
    runs_ms: runs.map(round),
    cold_ms: cold === null ? null : round(cold),
    floor_ms: mode === 'sequential' ? latency * count : latency,
    peak_rss_kb: procStatusKb('VmHWM:'),
    rss_kb: procStatusKb('VmRSS:'),
    runtime: `node ${process.version}`,
  }));
}

const cold = await concurrent(urls);
const runs = [];
for (let i = 0; i < Number(values.repeats); i++) runs.push(await concurrent(urls));
print('concurrent', runs, cold);
if (!values['no-sequential']) print('sequential', [await sequential(urls)], null);
