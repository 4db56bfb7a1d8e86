import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadCorpus, parseDocumentFile } from '../../src/lib/content/corpus.ts';
import { openParseCache, type ParseCache } from '../../src/lib/content/parse-cache.ts';
import { repoRoot } from './citations/helpers.ts';
import { frontmatter } from './fixtures/documents.ts';
import { makeTempDir } from './temp-dirs.ts';

const cacheFile = () => join(makeTempDir('parse-cache-'), 'parsed.json');

/** Counts the parses a cache let through, i.e. the misses. */
function counting(cache: ParseCache): ParseCache & { misses: number } {
  const wrapped = {
    misses: 0,
    get: (file: string, source: string, id: string) => {
      const hit = cache.get(file, source, id);
      if (!hit) wrapped.misses++;
      return hit;
    },
    set: cache.set,
    save: cache.save,
  };
  return wrapped;
}

describe('parse cache: a rebuild parses only the files that changed', () => {
  it('gives exactly what a fresh parse gives, for every document of the archive', () => {
    const path = cacheFile();
    const fresh = loadCorpus(repoRoot);
    loadCorpus(repoRoot, undefined, { cache: openParseCache(path, 'v1') });
    const cache = counting(openParseCache(path, 'v1'));
    const cached = loadCorpus(repoRoot, undefined, { cache });
    expect(cache.misses).toBe(0);
    expect(cached).toEqual(fresh);
  });

  it.each([
    ['a changed file is parsed again', (c: ParseCache) => c.get('a.md', `${source}\nMột dòng mới.\n`, '2019/a'), undefined],
    ['a file moved to another id is parsed again', (c: ParseCache) => c.get('a.md', source, '2019/b'), undefined],
    ['an unchanged file is a hit', (c: ParseCache) => c.get('a.md', source, '2019/a')?.document?.body, 'Nội dung văn bản.\n'],
  ])('%s', (_name, read, expected) => {
    const path = cacheFile();
    const first = openParseCache(path, 'v1');
    first.set('a.md', source, '2019/a', parseDocumentFile('a.md', source, '2019/a'));
    first.save();
    expect(parseDocumentFile('a.md', source, '2019/a').problems).toEqual([]);
    expect(read(openParseCache(path, 'v1'))).toEqual(expected);
  });

  it('keeps the problems of a broken file, so they are reported again without parsing', () => {
    const path = cacheFile();
    const broken = source.replace('fullText: true', 'fullText: perhaps');
    const parsed = parseDocumentFile('a.md', broken, '2019/a');
    expect(parsed.problems.length).toBeGreaterThan(0);
    const first = openParseCache(path, 'v1');
    first.set('a.md', broken, '2019/a', parsed);
    first.save();
    expect(openParseCache(path, 'v1').get('a.md', broken, '2019/a')).toEqual(parsed);
  });

  it('a new version of the parsing code discards every entry', () => {
    const path = cacheFile();
    const first = openParseCache(path, 'v1');
    first.set('a.md', source, '2019/a', parseDocumentFile('a.md', source, '2019/a'));
    first.save();
    expect(openParseCache(path, 'v2').get('a.md', source, '2019/a')).toBeUndefined();
  });

  it('an unreadable cache file only costs a parse', () => {
    const path = cacheFile();
    writeFileSync(path, '{ not json');
    expect(openParseCache(path, 'v1').get('a.md', source, '2019/a')).toBeUndefined();
  });

  it('saves only the files read in this run', () => {
    const path = cacheFile();
    const first = openParseCache(path, 'v1');
    first.set('a.md', source, '2019/a', parseDocumentFile('a.md', source, '2019/a'));
    first.set('gone.md', source, '2019/gone', parseDocumentFile('gone.md', source, '2019/gone'));
    first.save();
    const second = openParseCache(path, 'v1');
    second.get('a.md', source, '2019/a');
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).entries)).toEqual(['a.md']);
  });
});

const source = `---\n${stringify(frontmatter())}---\nNội dung văn bản.\n`;
