// Helpers of scripts/bench.ts: run a child process while sampling the memory of its whole process
// tree, and measure a directory.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PhaseResult {
  /** Wall time in seconds. */
  wallS: number;
  /** Peak of the summed resident memory (VmRSS) of the process tree, sampled every 200 ms, in MB. */
  peakRssMB: number;
  /** Largest VmHWM (peak RSS as counted by the kernel) of any one process of the tree, in MB. */
  peakProcessRssMB: number;
  /** CPU time (user + system) of the whole process tree, in seconds: less sensitive than wall time to other work on the machine. */
  cpuS: number;
}

/** CPU seconds of this process's waited-for descendants (cutime + cstime of /proc/self/stat). */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** user + system CPU seconds of one process so far (fields 14 and 15 of /proc/<pid>/stat), or 0. */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function readStatus(pid: number): { rssKB: number; hwmKB: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(text);
    const hwm = /VmHWM:\s+(\d+)/.exec(text);
    return { rssKB: rss ? Number(rss[1]) : 0, hwmKB: hwm ? Number(hwm[1]) : 0 };
  } catch {
    return null;
  }
}

/** Pids of the tree rooted at `root` (root included), from /proc/<pid>/stat parent links. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 is the parent pid; the command name (field 2) may contain spaces, so split after ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      // The process ended while we listed it.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Runs `command args` in `cwd`, forwarding its output to stderr (stdout of the bench is reserved
 * for the JSON result). Rejects when it exits non-zero.
 */
export function runPhase(label: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKB = 0;
    let hwmKB = 0;
    // Last CPU time seen per process of the tree: counts processes that are never waited for
    // (Pagefind's indexing binary), which cutime misses.
    const cpuSeen = new Map<number, number>();
    const tail: string[] = [];
    const forward = (chunk: Buffer) => {
      const text = chunk.toString();
      process.stderr.write(text.replace(/^(?=.)/gm, `  [${label}] `));
      tail.push(text);
      if (tail.length > 40) tail.shift();
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        const s = readStatus(pid);
        if (!s) continue;
        sum += s.rssKB;
        hwmKB = Math.max(hwmKB, s.hwmKB);
        cpuSeen.set(pid, cpuOf(pid));
      }
      peakKB = Math.max(peakKB, sum);
    };
    const timer = setInterval(sample, 200);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      const wallS = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${label} failed (exit ${code ?? signal}) after ${wallS.toFixed(1)} s:\n${tail.join('').slice(-3000)}`));
        return;
      }
      process.stderr.write(`[bench] ${label}: ${wallS.toFixed(1)} s wall, peak ${Math.round(peakKB / 1024)} MB (tree), ${Math.round(hwmKB / 1024)} MB (one process)\n`);
      resolve({ wallS: round(wallS, 1), peakRssMB: Math.round(peakKB / 1024), peakProcessRssMB: Math.round(hwmKB / 1024), cpuS: round(Math.max(childrenCpuSeconds() - cpuBefore, [...cpuSeen.values()].reduce((a, b) => a + b, 0)), 1) });
    });
  });
}

export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Total bytes and file count under a directory (0, 0 when it does not exist). */
export function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else {
        bytes += st.size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of every numeric leaf across objects of the same shape (arrays matched by index). */
export function medianOf<T>(runs: T[]): T {
  const first = runs[0];
  if (typeof first === 'number') return round(median(runs as number[]), 2) as T;
  if (Array.isArray(first)) return first.map((_, i) => medianOf(runs.map((r) => (r as unknown[])[i]))) as T;
  if (first && typeof first === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(first)) out[key] = medianOf(runs.map((r) => (r as Record<string, unknown>)[key]));
    return out as T;
  }
  return first;
}
