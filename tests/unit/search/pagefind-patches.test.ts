import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindPatches, patchPagefindScript, resultLocationsPattern } from '../../../src/lib/search/pagefind-patches.ts';

// The pagefind.js that this project's Pagefind writes, from a two-page bundle.
let dir = '';
let script = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-patches-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  await index!.addCustomRecord({ url: '/a/', content: 'Phụ nữ và bình đẳng giới', language: 'vi' });
  await index!.addCustomRecord({ url: '/b/', content: 'Ủy ban nhân dân tỉnh', language: 'vi' });
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
  script = readFileSync(join(dir, 'pagefind.js'), 'utf8');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('patchPagefindScript on the pagefind.js Pagefind writes', () => {
  it('applies every patch exactly once', () => {
    const patched = patchPagefindScript(script, 'pagefind.js');
    for (const patch of pagefindPatches) {
      expect(patched.split(patch.find).length - 1, patch.name).toBe(0);
      expect(patched.split(patch.replace).length - 1, patch.name).toBe(1);
    }
    expect(patched.length).toBeGreaterThan(script.length - 200);
  });

  it('leaves a module that still parses', () => {
    const file = join(dir, 'patched.mjs');
    writeFileSync(file, patchPagefindScript(script, 'pagefind.js'));
    const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('stops on a script it was not written for, naming every patch and the file', () => {
    const other = script.replace(pagefindPatches[0]!.find, 'let x=JSON.parse(result);');
    expect(() => patchPagefindScript(other, 'dist/pagefind/nam-2019/pagefind.js')).toThrow(
      `patch "results-without-word-locations" expects its text once in dist/pagefind/nam-2019/pagefind.js, found it 0 time(s). Pagefind's pagefind.js is not the one these patches were written for`,
    );
    const twice = `${script}\n${pagefindPatches[1]!.find}`;
    const withMissing = twice.replace(pagefindPatches[2]!.find, '');
    expect(() => patchPagefindScript(withMissing, 'x.js')).toThrow(
      'patch "init-poll-5ms" expects its text once in x.js, found it 2 time(s); patch "merge-poll-5ms" expects its text once in x.js, found it 0 time(s).',
    );
  });

  it('never applies a replacement as a pattern ($ signs stay as written)', () => {
    const out = patchPagefindScript('a FIND b', 'x.js', [{ name: 'n', why: '', find: 'FIND', replace: "$&$'" }]);
    expect(out).toBe("a $&$' b");
  });
});

describe('resultLocationsPattern', () => {
  it('empties the word locations of every result and nothing else', () => {
    const raw = JSON.stringify({
      results: [
        { p: 'vi_1a2b', s: 1.5, l: [{ w: 24, s: 0.5, l: 3 }, { w: 12, s: 0.1, l: 9 }], g: '' },
        { p: 'vi_3c4d', s: 0.75, l: [] },
      ],
      filtered_counts: { tinh: { l: 2, 'Lạng Sơn': 1 } },
      total_counts: { nam: { '2019': 2 } },
      unfiltered_total: 2,
    });
    const parsed = JSON.parse(raw.replace(resultLocationsPattern, '"l":[]'));
    expect(parsed).toEqual({
      results: [
        { p: 'vi_1a2b', s: 1.5, l: [], g: '' },
        { p: 'vi_3c4d', s: 0.75, l: [] },
      ],
      filtered_counts: { tinh: { l: 2, 'Lạng Sơn': 1 } },
      total_counts: { nam: { '2019': 2 } },
      unfiltered_total: 2,
    });
  });
});
