import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

// Reads a V8 .cpuprofile (what `node --cpu-prof` writes) and says where its time went: self time by
// function and by package or file, and the time spent inside the project's own functions (inclusive).
// `npx tsx bench/cpu-profile-summary.ts FILE...` prints the summary of whole profiles.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Time windows on the monotonic clock, in µs: what `process.hrtime.bigint()` / 1000 reads in any process of the machine. */
export interface Window {
  from: number;
  to: number;
}

export interface Summary {
  /** Sampled time in ms, idle excluded. */
  busyMs: number;
  idleMs: number;
  byFunction: [string, number][];
  byPackage: [string, number][];
  /** The project's own functions (not node_modules, not Node's), with what they call. */
  projectInclusive: [string, number][];
}

const root = relative('/', `${__dirname}/..`);
const where = (url: string) => {
  const path = url.replace(/^file:\/\//, '');
  return path.startsWith(`/${root}/`) ? path.slice(root.length + 2) : path;
};

/**
 * The modules of a webpack bundle (the worker's workflow bundle) by their first line: webpack heads each
 * with `/***\/ "./path"`. Its code then counts as the package or file it came from, marked `bundle:`.
 */
const bundles = new Map<string, { line: number; module: string }[]>();
function bundleModule(url: string, lineNumber: number): string | undefined {
  if (!url.endsWith('/workflows.js') || !url.includes('bench-bundle-')) return undefined;
  if (!bundles.has(url)) {
    const starts: { line: number; module: string }[] = [];
    readFileSync(url.replace(/^file:\/\//, ''), 'utf8')
      .split('\n')
      .forEach((text, line) => {
        const module = /^\/\*\*\*\/ "\.\/(.+)"/.exec(text)?.[1];
        if (module) starts.push({ line, module });
      });
    bundles.set(url, starts);
  }
  const module = [...bundles.get(url)!].reverse().find((m) => m.line <= lineNumber)?.module;
  return `bundle:${module ? modulePackage(module) : '(webpack runtime)'}`;
}
const modulePackage = (path: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? where(path);

/** A package (`@temporalio/worker`), Node's own module (`node:internal/...`), a file of the project, or V8's pseudo-frames. */
export function packageOf(url: string, functionName: string, lineNumber = 0): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const key = `${url}:${lineNumber}`;
  if (!known.has(key)) known.set(key, bundleModule(url, lineNumber) ?? modulePackage(url));
  return known.get(key)!;
}
const known = new Map<string, string>();
/** The project's code: its files under dist/, or its modules in the workflow bundle. */
const isProject = (url: string, lineNumber: number) => {
  const pkg = packageOf(url, '', lineNumber);
  return /^(bundle:)?(workflows|domain|activities|app|client|portal|worker|store|bench)\//.test(pkg) || pkg.startsWith('dist/');
};
const functionKey = ({ functionName, url, lineNumber }: ProfileNode['callFrame']) =>
  `${functionName || '(anonymous)'} ${url ? `${packageOf(url, functionName, lineNumber)}:${lineNumber + 1}` : ''}`.trim();

/** The summary of the samples taken inside `windows` (all of them if none). */
export function summarise(profile: CpuProfile, windows: Window[] = [], top = 15): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const pkg = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let busy = 0;
  let idle = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    if (windows.length && !windows.some((w) => t >= w.from && t <= w.to)) continue;
    // A sample stands for the time until the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(profile.samples[i]!)!;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    add(self, functionKey(frame), us);
    add(pkg, packageOf(frame.url, frame.functionName, frame.lineNumber), us);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (!isProject(f.url, f.lineNumber)) continue;
      const key = functionKey(f);
      if (!seen.has(key)) add(inclusive, key, us);
      seen.add(key);
    }
  }
  const ms = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]): [string, number] => [k, Math.round(v / 100) / 10]);
  return {
    busyMs: Math.round(busy / 1000),
    idleMs: Math.round(idle / 1000),
    byFunction: ms(self),
    byPackage: ms(pkg),
    projectInclusive: ms(inclusive),
  };
}

export const readProfile = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

/** The summary as Markdown tables. */
export function markdown(title: string, s: Summary): string {
  const table = (heading: string, rows: [string, number][]) => [
    `| ${heading} | ms | % of busy |`,
    '|---|---|---|',
    ...rows.map(([k, v]) => `| \`${k}\` | ${v} | ${s.busyMs ? Math.round((v / s.busyMs) * 1000) / 10 : 0} |`),
    '',
  ];
  return [
    `### ${title}: ${s.busyMs} ms busy, ${s.idleMs} ms idle`,
    '',
    ...table('self time, by function', s.byFunction),
    ...table('self time, by package or file', s.byPackage),
    ...table("inclusive time, the project's functions", s.projectInclusive),
  ].join('\n');
}

if (require.main === module) for (const file of process.argv.slice(2)) console.log(markdown(file, summarise(readProfile(file))));
