import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, loadCorpus, parseDocumentFile } from '../../../src/lib/content/corpus.ts';
import { decodeDocumentBytes } from '../../../src/lib/content/file-encoding.ts';
import { frontmatter } from '../fixtures/documents.ts';
import { makeTempDir } from '../temp-dirs.ts';

// The probe: invalid UTF-8 and NUL bytes were published as U+FFFD; a BOM, UTF-16 or CR-only file got
// "no frontmatter" without its cause; other files in content/ vanished without a word; an alias bomb
// crashed validate, build and cite; every YAML syntax error was "line 2".

const repoRoot = join(import.meta.dirname, '../../..');
const node = join(repoRoot, 'node_modules/.bin/node');
const id = '2019/kien-giang-68-ubnd-vhxh';
const file = `content/van-ban/${id}.md`;
const valid = `---\n${stringify(frontmatter())}---\nCăn cứ Nghị định số 56/2012/NĐ-CP,\n`;
const convert = 'convert it to UTF-8: re-import the raw text with npm run import (it reads UTF-16, Windows-1258, TCVN3 and VNI), or in an editor use "Save with encoding" → UTF-8';

/** A corpus of the given files (path under content/van-ban → bytes) next to one valid document. */
function corpusOf(files: Record<string, string | Buffer>): string {
  const root = makeTempDir('bad-files-');
  for (const [path, bytes] of Object.entries({ '2018/lang-son-96-kh-ubnd.md': valid.replace('year: 2019', 'year: 2018').replace('issued: 2019-01-16', 'issued: 2018-01-16'), ...files })) {
    const full = join(root, 'content/van-ban', path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, bytes);
  }
  return root;
}

function load(files: Record<string, string | Buffer>) {
  const { documents, problems } = loadCorpus(corpusOf(files));
  return { ids: documents.map((d) => d.id), problems: problems.map(formatProblem) };
}

describe('encodings: each gets its own located error and fix, and the other files are still read', () => {
  it('invalid UTF-8 (a Windows-1258 file) names the first bad byte, its line and column', () => {
    const bytes = Buffer.concat([Buffer.from(valid.split('\nCăn cứ')[0]! + '\nC'), Buffer.from([0xe3, 0x6e]), Buffer.from(' c\xF0 Ngh\xF2 \xF0\xDFnh\n', 'latin1')]);
    const { ids, problems } = load({ [`${id}.md`]: bytes });
    expect(problems).toEqual([`${file}:36: error: the file is not valid UTF-8: byte 0xE3 at line 36, column 2 (and 4 more invalid byte sequences); the file is in another encoding (Windows-1252/1258, TCVN3, VNI…): ${convert}`]);
    expect(ids).toEqual(['2018/lang-son-96-kh-ubnd']);
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf], 'byte 0xC0'],
    ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 'byte 0xED'],
    ['a truncated sequence at the end of the file', [0xe1, 0xba], 'byte 0xE1'],
    ['a stray continuation byte', [0x80], 'byte 0x80'],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'byte 0xF4'],
  ])('invalid UTF-8: %s', (_name, bad, byte) => {
    const decoded = decodeDocumentBytes(Buffer.concat([Buffer.from('---\nabc '), Buffer.from(bad)]));
    expect(decoded.text).toBeUndefined();
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]!.line).toBe(2);
    expect(decoded.problems[0]!.message).toContain(`not valid UTF-8: ${byte} at line 2, column 5`);
  });

  it.each([
    ['UTF-16 little-endian with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]), 'little-endian, byte order mark FF FE'],
    ['UTF-16 big-endian with its byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(valid, 'utf16le').swap16()]), 'big-endian, byte order mark FE FF'],
    ['UTF-16 little-endian without a byte order mark', Buffer.from(valid, 'utf16le'), 'little-endian, no byte order mark'],
    ['UTF-16 big-endian without a byte order mark', Buffer.from(valid, 'utf16le').swap16(), 'big-endian, no byte order mark'],
  ])('%s', (_name, bytes, kind) => {
    const { ids, problems } = load({ [`${id}.md`]: bytes });
    expect(problems).toEqual([`${file}:1: error: the file is encoded in UTF-16 (${kind}), not UTF-8; ${convert}`]);
    expect(ids).toEqual(['2018/lang-son-96-kh-ubnd']);
  });

  it('a byte order mark: named, and the rest of the file still checked', () => {
    const { problems } = load({ [`${id}.md`]: `\uFEFF${valid.replace('place: Kiên Giang', 'place: ""')}` });
    expect(problems).toEqual([
      `${file}:1: error: the file starts with a byte order mark (BOM, U+FEFF) before the "---"; save it as UTF-8 without BOM (in most editors: encoding "UTF-8", not "UTF-8 with BOM")`,
      `${file}:12: error: place: must not be empty; write null if the place of issue is unknown; got ""`,
    ]);
  });

  it('NUL characters: each line named with its column, five at most', () => {
    const body = Array.from({ length: 7 }, (_, i) => `Dòng ${i}\u0000 tiếp`).join('\n');
    const { problems } = load({ [`${id}.md`]: `${valid}${body}\n` });
    expect(problems).toEqual([
      ...[37, 38, 39, 40].map((line) => `${file}:${line}: error: a NUL character (U+0000) at column 7, invisible in most editors; remove it (it is left by a binary file or a UTF-16 conversion)`),
      `${file}:41: error: a NUL character (U+0000) at column 7, invisible in most editors; remove it (it is left by a binary file or a UTF-16 conversion) (and 2 more lines like it)`,
    ]);
  });

  it('CR-only line endings: the cause, not "no frontmatter"', () => {
    const { ids, problems } = load({ [`${id}.md`]: valid.replace(/\n/g, '\r') });
    expect(problems).toEqual([`${file}:1: error: lines end with a lone carriage return (CR, old Mac OS line endings), so the whole file reads as one line; save it with LF (Unix) line endings`]);
    expect(ids).toEqual(['2018/lang-son-96-kh-ubnd']);
  });

  it('a lone CR inside a file of LF lines is located; CRLF files are fine', () => {
    expect(load({ [`${id}.md`]: `${valid}Dòng một\rDòng hai\n` }).problems).toEqual([
      `${file}:37: error: a lone carriage return (CR) at column 9 ends a line without a line feed; save the file with LF (Unix) line endings`,
    ]);
    expect(load({ [`${id}.md`]: valid.replace(/\n/g, '\r\n') }).problems).toEqual([]);
  });

  it('a replacement character "�" left by an earlier conversion is a warning at its line', () => {
    expect(load({ [`${id}.md`]: `${valid}Ngh\uFFFD đ\uFFFDnh\n` }).problems).toEqual([
      `${file}:37: warning: a replacement character "�" (U+FFFD) at column 4: a letter was lost by an earlier conversion; restore it from the original`,
    ]);
  });
});

describe('files that are not documents are named, not skipped in silence', () => {
  it('warns about .MD, .markdown, .txt and other files, and symbolic links; ignores hidden files', () => {
    const root = corpusOf({
      '2019/kien-giang-1-kh-ubnd.MD': valid,
      '2019/kien-giang-2-kh-ubnd.markdown': valid,
      '2019/kien-giang-3-kh-ubnd.txt': 'Văn bản thô',
      '2019/bieu-mau.docx': 'PK',
      '2019/.gitkeep': '',
      '.DS_Store': 'x',
    });
    symlinkSync(join(root, 'content/van-ban/2018/lang-son-96-kh-ubnd.md'), join(root, 'content/van-ban/2019/lien-ket.md'));
    symlinkSync(join(root, 'content/van-ban/2018'), join(root, 'content/van-ban/2017'));
    const { documents, problems } = loadCorpus(root);
    expect(documents.map((d) => d.id)).toEqual(['2018/lang-son-96-kh-ubnd']);
    expect(problems.map(formatProblem).sort()).toEqual([
      'content/van-ban/2017:1: warning: not read: a symbolic link; document files must be real files: copy the file here instead of linking it',
      'content/van-ban/2019/bieu-mau.docx:1: warning: not read: only ".md" files are documents; move it out of content/, or rename it to "bieu-mau.md" if it is a document',
      'content/van-ban/2019/kien-giang-1-kh-ubnd.MD:1: warning: not read: only files ending in ".md" (lower case) are documents; rename it to "kien-giang-1-kh-ubnd.md"',
      'content/van-ban/2019/kien-giang-2-kh-ubnd.markdown:1: warning: not read: only files ending in ".md" (lower case) are documents; rename it to "kien-giang-2-kh-ubnd.md"',
      'content/van-ban/2019/kien-giang-3-kh-ubnd.txt:1: warning: not read: a raw text is not a document; import it with npm run import -- kien-giang-3-kh-ubnd.txt (or add the frontmatter and rename it to "kien-giang-3-kh-ubnd.md")',
      'content/van-ban/2019/lien-ket.md:1: warning: not read: a symbolic link; document files must be real files: copy the file here instead of linking it',
    ]);
  });
});

describe('YAML', () => {
  const problemsOf = (source: string) => parseDocumentFile(file, source, id).problems.map(formatProblem);

  it.each([
    ['an unclosed quote on line 5', '---\ntype: cong-van\nnumberSymbol: 68/UBND-VHXH\nyear: 2019\ntitle: "Tiếp tục\n---\nText\n', 5, 'YAML syntax: Missing closing "quote (column 17)'],
    ['a tab used as indentation on line 4', '---\ntype: cong-van\nissuer:\n\tname: x\n---\nText\n', 4, 'YAML syntax: Tabs are not allowed as indentation (column 1)'],
    ['a duplicate key on line 6', '---\ntype: cong-van\nyear: 2019\nplace: a\ndistrict: null\nyear: 2018\n---\nText\n', 6, 'YAML syntax: Map keys must be unique (column 1)'],
    // YAML sees the value "x" on line 2 turned into a mapping by the indented line 3.
    ['a key indented under a value (line 2)', '---\ntitle: x\n  year: 2019\n---\nText\n', 2, 'YAML syntax: Nested mappings are not allowed in compact mappings (column 8)'],
  ])('names the real line of %s', (_name, source, line, message) => {
    expect(problemsOf(source)[0]).toBe(`${file}:${line}: error: ${message}`);
  });

  it('refuses anchors and aliases, each at its line', () => {
    const source = valid.replace('addressees:\n', 'addressees: &nhan\n').replace(/recipients:\n(?:  - .*\n)+/, 'recipients: *nhan\n');
    expect(problemsOf(source)).toEqual([
      `${file}:20: error: YAML anchor "&nhan" (column 13): anchors and aliases are not allowed in frontmatter; write the value out in full`,
      `${file}:22: error: YAML alias "*nhan" (column 13): anchors and aliases are not allowed in frontmatter; write the value out in full`,
    ]);
  });

  const bomb = [
    '---',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    '---',
    'Văn bản\n',
  ].join('\n');

  it('an alias bomb is a located error in its file, and every other file is still checked', () => {
    const { ids, problems } = load({ [`${id}.md`]: bomb, '2019/kien-giang-69-ubnd-vhxh.md': valid.replace('68/UBND-VHXH', '69/UBND-VHXH').replace('title: ', 'title: "" #') });
    expect(ids).toEqual(['2018/lang-son-96-kh-ubnd']);
    expect(problems[0]).toBe(`${file}:2: error: YAML anchor "&a" (column 4): anchors and aliases are not allowed in frontmatter; write the value out in full`);
    expect(problems).toHaveLength(6);
    expect(problems[4]).toMatch(/^content\/van-ban\/2019\/kien-giang-68-ubnd-vhxh\.md:3: error: YAML alias "\*a" \(column \d+\): .* \(and \d+ more\)$/);
    expect(problems[5]).toContain('content/van-ban/2019/kien-giang-69-ubnd-vhxh.md:5: error: title: must not be empty');
  });

  it('npm run validate and npm run cite finish on an alias bomb, naming the file', { timeout: 60_000 }, () => {
    const root = corpusOf({ [`${id}.md`]: bomb });
    const validate = spawnSync(node, [join(repoRoot, 'scripts/validate.ts')], { cwd: root, encoding: 'utf8' });
    expect(validate.status).toBe(1);
    expect(validate.stderr).toContain(`${file}:2: error: YAML anchor "&a"`);
    const cite = spawnSync(node, [join(repoRoot, 'scripts/cite.ts'), join(root, 'content/van-ban', `${id}.md`)], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root } });
    expect(cite.status).toBe(0);
    expect(cite.stderr).toBe('');
  });
});
