import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run cite` piped into another program (README: `npm run -s cite -- FILE | jq`). npm prints a
 * banner ("> van-ban-binh-dang-gioi@… cite") on standard output unless -s/--silent is given, which
 * broke `npm run cite | jq`; the README now says -s. These run npm itself, as a reader would.
 */
const repoRoot = join(import.meta.dirname, '../../..');
// Without the log level of an enclosing `npm test --silent`, which npm passes down as npm_config_loglevel.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(loglevel|silent)$/i.test(key)));
const npm = (args: string[], input?: string) => spawnSync('npm', args, { cwd: repoRoot, input, encoding: 'utf8', env: { ...env, npm_config_update_notifier: 'false' } });

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npm run -s cite: standard output is JSON lines only', { timeout: 60_000 }, () => {
  it('for a file', () => {
    const run = npm(['run', '-s', 'cite', '--', 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md']);
    expect(run.status).toBe(0);
    const rows = jsonLines(run.stdout);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]).toMatchObject({ file: 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md', raw: 'Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ', documentId: '2012/56-2012-nd-cp' });
  });

  it('for standard input', () => {
    const run = npm(['run', '-s', 'cite'], 'Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;\n');
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ file: '-', numberSymbol: '73/2006/QH11', documentId: '2006/73-2006-qh11' })]);
  });

  it('without -s, npm adds its banner: the reason the README says -s', () => {
    const run = npm(['run', 'cite'], 'Căn cứ Nghị định số 56/2012/NĐ-CP;\n');
    expect(run.stdout.split('\n')[1]).toMatch(/^> van-ban-binh-dang-gioi@[\d.]+ cite$/);
  });
});
