import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentTypeSlugs } from '../../src/lib/identity/document-types.ts';
import { provinces } from '../../src/lib/places/provinces.ts';
import { slugTablesMarkdown } from '../../src/lib/reference-docs/slug-tables.ts';

const root = join(import.meta.dirname, '../..');

describe('docs/slugs.md: the slug lists the README points to', () => {
  it('is what the code accepts (regenerate with npm run docs:slugs)', () => {
    expect(readFileSync(join(root, 'docs/slugs.md'), 'utf8')).toBe(slugTablesMarkdown());
  });

  it('lists every type and province slug once', () => {
    const doc = slugTablesMarkdown();
    const listed = [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]).filter((slug) => slug !== 'type' && slug !== 'province');
    expect(listed).toEqual([...documentTypeSlugs, ...provinces.map((p) => p.slug)]);
    expect(provinces).toHaveLength(63);
    expect(doc).toContain('| `thua-thien-hue` | tỉnh Thừa Thiên Huế | Huế |');
    expect(doc).toContain('| `kien-giang` | tỉnh Kiên Giang | An Giang |');
    expect(doc).toContain('| `ha-noi` | thành phố Hà Nội | (unchanged) |');
  });
});
