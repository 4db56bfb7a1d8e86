// npm run bench -- --cite [--runs K]
//
// The citation engine on reference-dense text (src/lib/synth/reference-dense.ts) of 240 KB and 1 MB:
// `npm run cite` on each file as a user runs it (wall and CPU time, peak RSS) and the engine alone
// (analyze() in this process, the archive's registry). Medians of K runs. Budget: 1 MB under 5 s.
// Prints one JSON object on stdout; progress on stderr.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { analyze } from '../src/lib/citations/analyze.ts';
import { createRegistry } from '../src/lib/citations/registry.ts';
import { loadCorpus } from '../src/lib/content/corpus.ts';
import { referenceDenseText } from '../src/lib/synth/reference-dense.ts';
import { median, round, runPhase, type PhaseResult } from './bench-measure.ts';

export async function benchCite(runs: number): Promise<void> {
  const log = (line: string) => process.stderr.write(`[bench cite] ${line}\n`);
  const project = resolve(import.meta.dirname, '..');
  const workspace = '/tmp/archive-bench-cite';
  mkdirSync(workspace, { recursive: true });
  const registry = createRegistry(loadCorpus(project).documents);
  const cases = [];
  for (const [label, bytes] of [['240 KB', 240_000], ['1 MB', 1_000_000]] as const) {
    const { text, groups } = referenceDenseText(bytes);
    const file = join(workspace, `references-${bytes}.txt`);
    const out = `${file}.jsonl`;
    writeFileSync(file, text);
    const command: PhaseResult[] = [];
    const engineMs: number[] = [];
    let references = 0;
    for (let run = 1; run <= runs; run++) {
      log(`${label}, run ${run}/${runs}: npm run cite`);
      command.push(await runPhase('cite', '/bin/sh', ['-c', `"${process.execPath}" scripts/cite.ts "${file}" > "${out}"`], { cwd: project, env: { ...process.env, NODE_OPTIONS: '' } }));
      references = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
      const started = performance.now();
      analyze(text, { registry });
      engineMs.push(performance.now() - started);
    }
    const med = (f: (p: PhaseResult) => number) => median(command.map(f));
    cases.push({
      case: label,
      bytes: Buffer.byteLength(text),
      groups,
      references,
      cite: { wallS: med((p) => p.wallS), cpuS: med((p) => p.cpuS), peakRssMB: med((p) => p.peakRssMB) },
      engineS: round(median(engineMs) / 1000, 2),
    });
  }
  const oneMB = cases[cases.length - 1]!;
  const report = {
    bench: 'cite',
    runs,
    figures: runs > 1 ? 'medians of the runs' : 'one run',
    text: 'one sentence of "Nghị định số N/2012/NĐ-CP (sau đây gọi tắt là Nghị định N), Nghị định N, Luật Bình đẳng giới số 73/2006/QH11, " groups',
    machine: { cpus: os.availableParallelism(), loadAvgAtEnd: os.loadavg().map((l) => round(l, 1)) },
    cases,
    // CPU time as well: on a machine shared with other work, wall time waits for a core.
    budgets: { cite1MBUnder5s: oneMB.cite.wallS < 5, cite1MBUnder5sCpu: oneMB.cite.cpuS < 5 },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
