import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { importDocument } from '../../../src/lib/importer/import-document.ts';
import { compareFrontmatter } from '../../../src/lib/importer/round-trip.ts';
import { seedBytes, seeds } from './seeds.ts';

// Issue #5, point 3: re-importing the five seeds reproduces the committed documents' frontmatter,
// except the fields a person completed by hand (listed in their handCompleted).
const archive = join(import.meta.dirname, '../../../content/van-ban');

describe('round trip: re-importing the seeds', () => {
  it.each(seeds)('$file reproduces $id apart from its handCompleted fields', ({ file, id }) => {
    const committed = splitFrontmatter(readFileSync(join(archive, `${id}.md`), 'utf8')).data as Record<string, unknown>;
    const result = importDocument({ bytes: seedBytes(file), sourceFile: file });
    if (!result.ok) throw new Error(result.message);
    const imported = splitFrontmatter(result.markdown).data as Record<string, unknown>;
    const differences = compareFrontmatter(imported, committed, committed.handCompleted as string[]);
    expect(differences.map((d) => `${d.field}: imported ${JSON.stringify(d.imported)}, committed ${JSON.stringify(d.committed)}`)).toEqual([]);
  });
});

describe('compareFrontmatter', () => {
  const committed = { type: 'cong-van', issuer: { name: 'A', level: 'tinh' }, quality: { level: 'clean', notes: 'x' }, handCompleted: ['issuer'] };

  it('skips hand-completed fields, whole or in part, and reports every other difference', () => {
    const imported = { type: 'ke-hoach', issuer: { name: 'B', level: 'huyen' }, quality: { level: 'clean', notes: null }, handCompleted: [] };
    expect(compareFrontmatter(imported, committed, ['issuer', 'quality.notes'])).toEqual([{ field: 'type', imported: 'ke-hoach', committed: 'cong-van' }]);
    expect(compareFrontmatter(imported, committed, []).map((d) => d.field)).toEqual(['type', 'issuer.name', 'issuer.level', 'quality.notes']);
  });
});
