import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { makeTempDir } from '../temp-dirs.ts';
import { seedDirectory, seeds } from './seeds.ts';

// scripts/import.ts end to end, in a scratch project directory (its content/van-ban is the archive).
const script = join(import.meta.dirname, '../../../scripts/import.ts');

function runImport(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = () => makeTempDir('import-');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

// Each test starts Node once or twice; under a loaded machine that takes seconds.
describe('npm run import', { timeout: 30_000 }, () => {
  it('imports the five seeds into an empty archive: valid documents, exit 0, missing fields listed with file:line', () => {
    const cwd = scratch();
    const run = runImport(cwd, seedDirectory);
    expect(run.status).toBe(0);
    // Each document with its original beside it, under the same name.
    expect(listFiles(join(cwd, 'content/van-ban'))).toEqual([
      '2015/thanh-hoa-2458-bvstbcpn-vx.md',
      '2015/thanh-hoa-2458-bvstbcpn-vx.txt',
      '2018/lang-son-96-kh-ubnd.md',
      '2018/lang-son-96-kh-ubnd.txt',
      '2019/bac-giang-tan-yen-146-ubnd-ldtbxh.md',
      '2019/bac-giang-tan-yen-146-ubnd-ldtbxh.txt',
      '2019/kien-giang-68-ubnd-vhxh.md',
      '2019/kien-giang-68-ubnd-vhxh.txt',
      // Issue 12: no date of issue, so no year (not the 2018 of a date in its body).
      'chua-ro-nam/thong-bao-ket-luan-cua-dong-chi-tran-thi-nga.md',
      'chua-ro-nam/thong-bao-ket-luan-cua-dong-chi-tran-thi-nga.txt',
    ]);
    expect(readFileSync(join(cwd, 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.txt'))).toEqual(readFileSync(join(seedDirectory, '000_fba281767e79f56d.txt')));
    const corpus = loadCorpus(cwd);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents).toHaveLength(5);
    expect(run.stdout).toContain(`${join(seedDirectory, '000_fba281767e79f56d.txt')}: written content/van-ban/2019/kien-giang-68-ubnd-vhxh.md in `);
    expect(run.stdout).toContain('original kept as content/van-ban/2019/kien-giang-68-ubnd-vhxh.txt');
    expect(run.stdout).toContain(`  ${join(seedDirectory, '002_dcadee23f926a999.txt')}:53: province: the province is not named in the header (the text names Kon Tum at line 27); write province (a slug such as kon-tum)\n`);
    expect(run.stdout).toMatch(/5 of 5 file\(s\) imported, 2 to review\n$/u);
  });

  it('never imports a document twice and never overwrites a file', () => {
    const cwd = scratch();
    const first = runImport(cwd, join(seedDirectory, seeds[0].file), join(seedDirectory, seeds[2].file));
    expect(first.status).toBe(0);
    const path = join(cwd, 'content/van-ban/2019/kien-giang-68-ubnd-vhxh.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nHand-edited.\n`);
    const before = readFileSync(path, 'utf8');

    const again = runImport(cwd, join(seedDirectory, seeds[0].file), join(seedDirectory, seeds[2].file));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      `${join(seedDirectory, seeds[0].file)}: not imported: duplicate of content/van-ban/2019/kien-giang-68-ubnd-vhxh.md, the same document (identity kien-giang|2019|68|UBND-VHXH); edit that file instead, or remove it first to import again\n`,
    );
    // A document without number is recognised by its source file.
    expect(again.stderr).toContain(`imported from the same source file ${seeds[2].file}`);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('checks --out against the archive and writes with flag wx', () => {
    const cwd = scratch();
    const out = join(cwd, 'trial');
    // A file already at the target path (not a document of the archive) is left alone.
    mkdirSync(join(out, '2018'), { recursive: true });
    writeFileSync(join(out, '2018/lang-son-96-kh-ubnd.md'), 'not a document\n');
    const run = runImport(cwd, join(seedDirectory, seeds[1].file), '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`not imported: ${join('trial', '2018/lang-son-96-kh-ubnd.md')} already exists (another document got the same name); rename that file or import into another --out directory`);
    expect(readFileSync(join(out, '2018/lang-son-96-kh-ubnd.md'), 'utf8')).toBe('not a document\n');
  });

  it('reports a refused file and carries on with the others', () => {
    const cwd = scratch();
    const bad = join(cwd, 'bad.txt');
    writeFileSync(bad, Uint8Array.from([0x53, 0x0a, 0x90, 0x91, 0x92, 0x20, 0x93, 0x94]));
    const run = runImport(cwd, bad, join(seedDirectory, seeds[3].file));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${bad}:2: refused, an 8-bit legacy encoding that could not be identified`);
    expect(run.stderr).toContain(`${bad}: not imported\n`);
    expect(listFiles(join(cwd, 'content/van-ban'))).toEqual(['2019/bac-giang-tan-yen-146-ubnd-ldtbxh.md', '2019/bac-giang-tan-yen-146-ubnd-ldtbxh.txt']);
    expect(run.stderr).toMatch(/1 of 2 file\(s\) imported, 1 to review, 1 not imported\n$/u);
  });

  it('takes files of any case of extension from a directory, and says which files it skipped', () => {
    const cwd = scratch();
    const inbox = join(cwd, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'KIEN-GIANG.TXT'), readFileSync(join(seedDirectory, seeds[0].file)));
    writeFileSync(join(inbox, 'notes.xlsx'), 'x');
    const run = runImport(cwd, inbox);
    expect(run.stderr).toContain(`${inbox}: skipped 1 file(s) of no importable format: notes.xlsx`);
    expect(run.status).toBe(0);
    expect(listFiles(join(cwd, 'content/van-ban'))).toEqual(['2019/kien-giang-68-ubnd-vhxh.md', '2019/kien-giang-68-ubnd-vhxh.txt']);
  });

  it('given a draft and its issued PDF, writes the issued version and keeps its original; the draft is reported, not written', { timeout: 60_000 }, () => {
    const cwd = scratch();
    const originals = join(import.meta.dirname, '../../../../shared/corpus/originals');
    const run = runImport(cwd, join(originals, '04_lam-dong_to-trinh-303-snv.docx'), join(originals, '04_lam-dong_to-trinh-303-snv.pdf'));
    expect(run.status).toBe(0);
    expect(listFiles(join(cwd, 'content/van-ban'))).toEqual(['2025/lam-dong-303-ttr-snv.md', '2025/lam-dong-303-ttr-snv.pdf']);
    expect(readFileSync(join(cwd, 'content/van-ban/2025/lam-dong-303-ttr-snv.pdf'))).toEqual(readFileSync(join(originals, '04_lam-dong_to-trinh-303-snv.pdf')));
    expect(run.stdout).toContain(`${join(originals, '04_lam-dong_to-trinh-303-snv.docx')}: not written: the draft or unsigned copy of content/van-ban/2025/lam-dong-303-ttr-snv.md (same issuing body, type and abstract); the issued version is the record`);
    expect(run.stdout).toMatch(/1 of 2 file\(s\) imported, 1 draft\(s\) of issued documents not written\n$/u);

    // The other order over two runs: the issued copy after its draft is reported, never written over it.
    const cwd2 = scratch();
    expect(runImport(cwd2, join(originals, '04_lam-dong_to-trinh-303-snv.docx')).status).toBe(0);
    const later = runImport(cwd2, join(originals, '04_lam-dong_to-trinh-303-snv.pdf'));
    expect(later.status).toBe(1);
    expect(later.stderr).toContain('the issued version of that draft (same issuing body, type and abstract); the issued version is the record: remove the draft file (and its original), then import this file again');
  });

  it('prints its usage without files', () => {
    const run = runImport(scratch());
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('usage: npm run import -- FILE|DIR… [--out DIR] [--archive DIR]\n');
  });
});

