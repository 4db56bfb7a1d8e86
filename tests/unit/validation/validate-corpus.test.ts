import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem } from '../../../src/lib/content/corpus.ts';
import { checkDocuments, corpusChecks } from '../../../src/lib/validation/validate-corpus.ts';
import { corpusDocument, frontmatter, today } from '../fixtures/documents.ts';
import { makeTempDir } from '../temp-dirs.ts';

describe('validate-corpus', () => {
  it('runs every check', () => {
    expect(corpusChecks.map((c) => c.name)).toEqual(['duplicate-identity', 'future-date', 'issuer-existence', 'former-province-name', 'identity-consistency', 'nfc', 'raw-html', 'unsafe-links', 'original-file', 'unresolved-references', 'attachment', 'declared-relations']);
  });

  it('collects every problem of every check at once, sorted by file and line', () => {
    const bad = corpusDocument(
      frontmatter((d) => Object.assign(d, { year: 2031, issued: '2031-02-03', province: 'an-giang', issuer: { name: 'Ủy ban nhân dân tỉnh An Giang', parent: null, level: 'tinh' }, type: 'bao-cao', numberSymbol: '12/KH-UBND' })),
      'Căn cứ,<br>\n',
      '2031/kien-giang-12-kh-ubnd',
    );
    const report = checkDocuments([bad, corpusDocument(frontmatter())], [], today);
    expect(report.problems.map(formatProblem)).toEqual([
      'content/van-ban/2031/kien-giang-12-kh-ubnd.md:2: error: type: is "bao-cao" but the number "12/KH-UBND" has the type code KH (ke-hoach); correct the type or the number-symbol',
      'content/van-ban/2031/kien-giang-12-kh-ubnd.md:13: error: issued: "2031-02-03" is in the future; correct the date of issue',
      'content/van-ban/2031/kien-giang-12-kh-ubnd.md:36: error: raw HTML "<br>" in the body; write it as Markdown (a blank line between paragraphs, two trailing spaces for a line break) or escape the "<" as "\\<"',
    ]);
    expect(report.errors).toBe(3);
  });

  it('npm run validate exits 1 on errors and lists them as file:line', { timeout: 30_000 }, () => {
    const root = makeTempDir('validate-');
    mkdirSync(join(root, 'content/van-ban/2019'), { recursive: true });
    writeFileSync(join(root, 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md'), `---\n${stringify(frontmatter())}---\nCăn cứ <b>x</b>\n`);
    const script = join(import.meta.dirname, '../../../scripts/validate.ts');
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/van-ban/2019/kien-giang-68-ubnd-vhxh.md:36: error: raw HTML "<b>" in the body;');
    writeFileSync(join(root, 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md'), `---\n${stringify(frontmatter())}---\nCăn cứ.\n`);
    const clean = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('1 documents checked: 0 error(s), 0 warning(s)\n');
  });
});
