import { formatProblem, type Problem } from '../content/corpus.ts';

/**
 * Warnings of these checks repeat on every run for the same known texts (a reference that stays
 * unlinked is often right: the text itself does not say which document it means), so by default
 * they are one line; `--verbose` lists each.
 */
const summarised: Record<string, (count: number) => string> = {
  'unresolved-references': (n) => `${n} reference${n > 1 ? 's' : ''} could be several documents and stay${n > 1 ? '' : 's'} unlinked`,
};

/** The lines `npm run validate` and `npm run build` print for these problems, in order. */
export function problemLines(problems: readonly Problem[], options: { verbose?: boolean; listCommand?: string } = {}): string[] {
  const lines: string[] = [];
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const summary = !options.verbose && problem.severity === 'warning' && problem.check ? summarised[problem.check] : undefined;
    if (!summary) {
      lines.push(formatProblem(problem));
      continue;
    }
    const group = groups.get(problem.check!) ?? [];
    group.push(problem);
    groups.set(problem.check!, group);
  }
  for (const [check, group] of groups) {
    const files = [...new Set(group.map((p) => p.file))];
    const where = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more file(s)` : files.join(', ');
    lines.push(`warning: ${summarised[check]!(group.length)} (in ${where}); to list them: ${options.listCommand ?? 'npm run validate -- --verbose'}`);
  }
  return lines;
}
