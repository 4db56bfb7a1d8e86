import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../temp-dirs.ts';
import { repoRoot } from './helpers.ts';

// The CLI runs on the project's Node 24 (node_modules/.bin/node), as `npm run cite` does.
const node = join(repoRoot, 'node_modules/.bin/node');

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(node, ['scripts/cite.ts', ...args], { cwd: repoRoot, input, env: { ...process.env, INIT_CWD: repoRoot } });
  const stdout = result.stdout.toString('utf8');
  return {
    status: result.status,
    stderr: result.stderr.toString('utf8'),
    lines: stdout.trim() ? stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) : [],
  };
}

const fields = ['file', 'raw', 'start', 'end', 'shape', 'type', 'number', 'year', 'symbol', 'issuer', 'date', 'relation', 'key', 'status', 'reason', 'documentId'];
const dir = makeTempDir('cite-');

describe('npm run cite', { timeout: 30_000 }, () => {
  it('prints one JSON object per reference in a file, with offsets into the file', () => {
    const text = 'Ghi chú 𝔸.\nCăn cứ Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ;\nThực hiện Chỉ thị số\n21/CT-TW ngày 20/01/2018.';
    const file = join(dir, 'a.txt');
    writeFileSync(file, text);
    const { status, lines } = run([file]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      for (const field of fields) expect(line).toHaveProperty(field);
      expect(text.slice(line.start as number, line.end as number)).toBe(line.raw);
      expect(line.file).toBe(file);
    }
    expect(lines[0]).toMatchObject({ shape: 'normative', type: 'nghi-dinh', number: '56', year: 2012, symbol: 'NĐ-CP', issuer: 'Chính phủ', date: '2012-07-16', relation: 'can-cu', key: 'tw|2012|56|ND-CP', status: 'resolved', reason: null, documentId: '2012/56-2012-nd-cp' });
    expect(lines[1]).toMatchObject({ shape: 'party', symbol: 'CT/TW', key: 'tw|2018|21|CT/TW', relation: 'thuc-hien', documentId: '2018/21-ct-tw' });
  });

  it('reads standard input when given no file, or "-"', () => {
    for (const args of [[], ['-']]) {
      const { status, lines } = run(args, 'Kế hoạch số 60/KH-UBND về thực hiện');
      expect(status).toBe(0);
      expect(lines).toEqual([expect.objectContaining({ file: '-', raw: 'Kế hoạch số 60/KH-UBND', start: 0, end: 22, status: 'ambiguous', key: null, reason: expect.stringMatching(/neither a date nor an issuer clause/) })]);
    }
  });

  it('works on a raw seed, taking its province from the header', () => {
    const file = join(repoRoot, 'tests/fixtures/seeds/000_fba281767e79f56d.txt');
    const text = readFileSync(file, 'utf8');
    const { status, lines } = run([file]);
    expect(status).toBe(0);
    expect(lines.length).toBe(17);
    for (const line of lines) expect(text.slice(line.start as number, line.end as number)).toBe(line.raw);
    expect(lines.find((l) => l.numberSymbol === '08/KH-UBND')).toMatchObject({ key: 'kien-giang|2017|8|KH-UBND', status: 'resolved' });
  });

  it('prints nothing for a text without references', () => {
    expect(run([], 'Ngày 16/7/2012, giai đoạn 2016-2020, điện thoại 037.714.155.')).toEqual({ status: 0, stderr: '', lines: [] });
  });

  it('exits 2 with a clear message for input that is not UTF-8', () => {
    const { status, stderr, lines } = run([], Buffer.from([0x4e, 0x67, 0x68, 0xe1, 0x20, 0xff, 0xfe]));
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot read standard input: it is not valid UTF-8/);
    expect(lines).toEqual([]);
  });

  it('exits 2 for a file that cannot be read, and still reads the others', () => {
    const good = join(dir, 'b.txt');
    writeFileSync(good, 'Luật số 73/2006/QH11');
    const { status, stderr, lines } = run([join(dir, 'missing.txt'), good]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot read .*missing\.txt: no such file/);
    expect(lines).toHaveLength(1);
  });
});
