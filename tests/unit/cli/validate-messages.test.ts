import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { frontmatter } from '../fixtures/documents.ts';
import { makeTempDir } from '../temp-dirs.ts';

/**
 * What `npm run validate` prints: few lines, each one actionable. Regressions: a text not in NFC gave
 * one error per line with a fix command that failed (`f is not defined`); every run repeated the
 * same warnings about references that stay unlinked.
 */
const script = join(import.meta.dirname, '../../../scripts/validate.ts');
const file = 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md';

function project(body: string, change?: (d: Record<string, any>) => void): { root: string; path: string } {
  const root = makeTempDir('validate-messages-');
  mkdirSync(join(root, 'content/van-ban/2019'), { recursive: true });
  const path = join(root, file);
  writeFileSync(path, `---\n${stringify(frontmatter(change))}---\n${body}`);
  return { root, path };
}
const validate = (root: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

describe('npm run validate: messages', { timeout: 30_000 }, () => {
  it('a file not in NFC is one error, and its fix, npm run validate -- --fix, works', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const body = `${nfd('Căn cứ Nghị định.')}\n\n${nfd('Ủy ban nhân dân tỉnh yêu cầu.')}\n\n${nfd('Nơi nhận.')}\n`;
    const { root, path } = project(body, (d) => (d.place = nfd('Kiên Giang')));
    const before = validate(root);
    expect(before.status).toBe(1);
    const errors = before.stderr.split('\n').filter((l) => l.includes(': error: '));
    expect(errors).toEqual([
      `${file}:12: error: text not in Unicode NFC on 4 lines (first "Kiên"): the letters look right but search and citations miss them; fix: npm run validate -- --fix`,
    ]);

    const fixed = validate(root, '--fix');
    expect(fixed.stderr).toBe('');
    expect(fixed.stdout).toBe(`Fixed ${file}: rewritten in Unicode NFC (4 lines).\n1 documents checked: 0 error(s), 0 warning(s)\n`);
    expect(fixed.status).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('place: Kiên Giang\n');
    expect(text).toContain('\nỦy ban nhân dân tỉnh yêu cầu.\n');

    // Nothing left to fix: --fix changes nothing and says nothing about it.
    expect(validate(root, '--fix').stdout).toBe('1 documents checked: 0 error(s), 0 warning(s)\n');
  });

  it('references that stay unlinked are one warning line, listed in full with --verbose', () => {
    const { root } = project('Thực hiện Kế hoạch số 60/KH-UBND về bình đẳng giới.\n\nThực hiện Kế hoạch số 75/KH-UBND.\n');
    const quiet = validate(root);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe(
      `warning: 2 references could be several documents and stay unlinked (in ${file}); to list them: npm run validate -- --verbose\n`,
    );
    expect(quiet.stdout).toBe('1 documents checked: 0 error(s), 2 warning(s)\n');

    const verbose = validate(root, '--verbose');
    expect(verbose.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${file}:36: warning: reference "Kế hoạch số 60/KH-UBND" could be several documents; it stays unlinked`)),
      expect.stringMatching(new RegExp(`^${file}:38: warning: reference "Kế hoạch số 75/KH-UBND" could be several documents; it stays unlinked`)),
    ]);
  });

  it('an unknown option is refused with the list of options', () => {
    const { root } = project('Căn cứ.\n');
    const run = validate(root, '--fxi');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('validate: unknown option "--fxi"; options: --fix (rewrite files in Unicode NFC), --verbose (list every warning)\n');
  });
});
