import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { aliasProblem } from '../../../src/lib/citations/alias-shape.ts';
import { formatProblem, loadCorpus, parseDocumentFile } from '../../../src/lib/content/corpus.ts';
import { yearFolderProblem } from '../../../src/lib/content/year-folder.ts';
import { frontmatter } from '../fixtures/documents.ts';

const repoRoot = new URL('../../../', import.meta.url).pathname;

function problemsOf(data: Record<string, unknown>, id = '2019/kien-giang-68-ubnd-vhxh'): string[] {
  const file = `content/van-ban/${id}.md`;
  return parseDocumentFile(file, `---\n${stringify(data)}---\nCăn cứ …\n`, id).problems.map(formatProblem);
}

describe('the folder is the year', () => {
  // The probe: a document in the wrong year folder was accepted and published at a wrong permanent URL.
  it.each([
    ['a year folder that is off by one', '2018/kien-giang-68-ubnd-vhxh', '2018'],
    ['the folder 0000', '0000/kien-giang-68-ubnd-vhxh', '0000'],
    ['a later year', '2025/kien-giang-68-ubnd-vhxh', '2025'],
  ])('refuses %s, naming both years and where the file belongs', (_name, id, folder) => {
    expect(problemsOf(frontmatter(), id)).toEqual([
      `content/van-ban/${id}.md:4: error: year: the file is in the folder "${folder}" but year is 2019; move it to content/van-ban/2019/kien-giang-68-ubnd-vhxh.md (the folder is part of the permanent URL), or correct the year`,
    ]);
  });

  it('accepts the folder of its year', () => {
    expect(problemsOf(frontmatter(), '2019/kien-giang-68-ubnd-vhxh')).toEqual([]);
  });

  it('pairs a null (unknown) year with the folder chua-ro-nam, and only with it', () => {
    expect(yearFolderProblem('chua-ro-nam', null, 'a.md')).toBeNull();
    expect(yearFolderProblem('2019', null, 'a.md')).toBe('the file is in the folder "2019" but year is null (unknown); move it to content/van-ban/chua-ro-nam/a.md (the folder is part of the permanent URL), or correct the year');
    expect(yearFolderProblem('chua-ro-nam', 2019, 'a.md')).toBe('the file is in the folder "chua-ro-nam" but year is 2019; move it to content/van-ban/2019/a.md (the folder is part of the permanent URL), or correct the year');
  });

  it('holds for every document of the archive', () => {
    expect(loadCorpus(repoRoot).problems.filter((p) => p.field === 'year')).toEqual([]);
  });
});

describe('handCompleted lists real field names', () => {
  it('accepts top-level fields and dotted paths to sub-fields', () => {
    expect(problemsOf(frontmatter((d) => (d.handCompleted = ['province', 'issuer', 'issuer.name', 'signer.authority.prefix', 'quality.notes', 'source.url'])))).toEqual([]);
  });

  it.each([
    ['a misspelt field', 'provinse', ' (did you mean "province"?)'],
    ['a sub-field without its parent', 'name', ' (did you mean "issuer.name" or "signer.name"?)'],
    ['a wrong case', 'Province', ' (did you mean "province"?)'],
    ['a path that does not exist', 'issuer.province', ''],
    ['a sentence', 'đã sửa tỉnh', ''],
    ['handCompleted itself', 'handCompleted', ''],
  ])('refuses %s, at its line', (_name, entry, hint) => {
    expect(problemsOf(frontmatter((d) => (d.handCompleted = ['province', entry])))).toEqual([
      `content/van-ban/2019/kien-giang-68-ubnd-vhxh.md:36: error: handCompleted: "${entry}" is not a field name${hint}; list the fields completed or corrected by hand, by name ("province") or dotted path ("issuer.name", "quality.notes")`,
    ]);
  });
});

describe('aliases look like names of documents', () => {
  // The probe: aliases: ["và"] was accepted and turned 230 occurrences of "và" into citation links.
  it.each(['Luật Bình đẳng giới', 'Nghị định 56', 'Chỉ thị số 21', 'Đề án 939', 'Kế hoạch 96', 'Chương trình hành động quốc gia về bình đẳng giới', 'Luật Lao động', 'Chiến lược Quốc gia'])('accepts %j', (alias) => {
    expect(aliasProblem(alias)).toBeNull();
  });

  it.each([
    ['và', 'a single word'],
    ['Luật', 'a single word'],
    ['56', 'a single word'],
    ['Nghị định', 'a type word without a number or a name'],
    ['Kế hoạch của', 'a type word without a number or a name'],
    ['bình đẳng giới', 'a phrase of running text'],
    ['Bình đẳng giới', 'a phrase of running text'],
    ['các cơ quan', 'a phrase of running text'],
  ])('refuses %j as %s', (alias, why) => {
    expect(aliasProblem(alias)).toBe(`"${alias}" is ${why}, not a name of a document: the citation engine would link it everywhere it occurs. Write a type word with a number ("Nghị định 56"), or the document's name ("Luật Bình đẳng giới"); remove it otherwise`);
  });

  it('reports a refused alias at its line in the file', () => {
    expect(problemsOf(frontmatter((d) => (d.aliases = ['Nghị định 68', 'và'])))).toEqual([
      `content/van-ban/2019/kien-giang-68-ubnd-vhxh.md:28: error: aliases.1: "và" is a single word, not a name of a document: the citation engine would link it everywhere it occurs. Write a type word with a number ("Nghị định 56"), or the document's name ("Luật Bình đẳng giới"); remove it otherwise; got "và"`,
    ]);
  });
});
