import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseDocumentFile } from '../../src/lib/content/corpus.ts';
import { documentSchema } from '../../src/lib/content/document-schema.ts';
import { frontmatter } from './fixtures/documents.ts';

/**
 * README "Adding a document by hand" says which fields may be left out. Regression: it said "every
 * field must be present" while three have defaults. The claim is checked against the schema here.
 */
const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const id = '2019/kien-giang-68-ubnd-vhxh';
const parse = (data: Record<string, unknown>) => parseDocumentFile(`content/van-ban/${id}.md`, `---\n${stringify(data)}---\nCăn cứ.\n`, id);

describe('a document typed by hand, as the README describes it', () => {
  it('may leave out exactly the fields the README names, and no other', () => {
    // Every field of the schema, so that a field added later is judged too.
    const full = () => frontmatter((d) => Object.assign(d, { effective: null, validity: null, attachedTo: null, relations: [] }));
    expect(Object.keys(full()).sort()).toEqual(Object.keys(documentSchema.shape).sort());
    const without = (key: string) => {
      const doc = full();
      delete doc[key];
      return doc;
    };
    const optional = Object.keys(full()).filter((key) => parse(without(key)).problems.length === 0);
    expect(optional).toEqual(['aliases', 'review', 'handCompleted', 'effective', 'validity', 'attachedTo', 'relations']);
    expect(readme).toContain('Write every field, except `aliases`, `review` and `handCompleted`, which may be left out');
    expect(readme).toContain('`effective`, `validity` and `attachedTo` may be left out too');
    expect(readme.replace(/\s+/g, ' ')).toContain('and so may `relations` (default `[]`');
    expect(readme).not.toMatch(/every field must be present/i);
  });

  it('with the source the README gives for a text typed from paper, and no optional field, is valid', () => {
    const typed = frontmatter((d) => {
      d.source = { file: null, url: null };
      d.quality = { level: 'clean', notes: 'Nhập tay từ bản giấy.' };
      delete d.aliases;
      delete d.review;
      delete d.handCompleted;
    });
    const { document, problems } = parse(typed);
    expect(problems).toEqual([]);
    expect(document?.data).toMatchObject({ source: { file: null, url: null }, aliases: [], review: [], handCompleted: [] });
    expect(readme).toContain('`source: { file: null, url: null }`');
  });
});
