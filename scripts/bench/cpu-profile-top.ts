import { readFileSync } from 'node:fs';

// `node --import tsx scripts/bench/cpu-profile-top.ts <file.cpuprofile> [n]`: the top self-time
// functions and packages of a V8 CPU profile (written by `node --cpu-prof`), as text tables.
// Used for the buzzer-box capacity figures (docs/HARDWARE.md §Capacity): BENCH_SERVER_NODE_ARGS
// gives the server child the flag, `node --cpu-prof` the bench process itself.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a script URL belongs: a package name, a project path, or node's own code. */
function owner(url: string): string {
  if (url === '') return '(native/vm)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return url;
  const project = /\/(server|shared|scripts)\/(.+)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

/** Self time (µs) per key over all samples. */
function selfTimes(p: Profile, key: (n: ProfileNode) => string): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const k = key(byId.get(id)!);
    out.set(k, (out.get(k) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  return out;
}

function table(title: string, m: Map<string, number>, totalUs: number, n: number): string {
  const rows = [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [`${title}`, ...rows.map(([k, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)}%  ${k}`)].join('\n');
}

const [file, nArg] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-profile-top.ts <file.cpuprofile> [n]');
const n = Number(nArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
const idle = selfTimes(profile, (x) => x.callFrame.functionName).get('(idle)') ?? 0;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${((total - idle) / 1e6).toFixed(1)} s not idle`);
const fn = (x: ProfileNode) => `${x.callFrame.functionName || '(anonymous)'} ${owner(x.callFrame.url)}:${x.callFrame.lineNumber + 1}`;
console.log(table('\nself time by function', selfTimes(profile, fn), total, n));
console.log(table('\nself time by package / file', selfTimes(profile, (x) => owner(x.callFrame.url)), total, n));
