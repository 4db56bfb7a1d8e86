import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildScratchSite } from './astro-build.ts';
import { repoRoot } from './citations/helpers.ts';

// `astro build` of the real corpus in a scratch folder, then rebuilt after edits, as `npm run build`
// does with dist/ and Astro's cache kept (page cacheKeys, src/lib/archive/page-cache-key.ts). A
// reader must never see a stale list or document page after a rebuild, and an edit to one text
// must not re-render the lists.
const work = '.cache/incremental-test';
const content = `${work}/content/van-ban`;
const out = join(repoRoot, work, 'dist');
const edited = 'content/van-ban/2019/bac-giang-tan-yen-146-ubnd-ldtbxh.md';
const page = (path: string) => readFileSync(join(out, path), 'utf8');
const modified = (path: string) => statSync(join(out, path)).mtimeMs;

function build(): void {
  buildScratchSite(work);
}

function editDocument(change: (source: string) => string): void {
  const file = join(repoRoot, work, edited);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

afterAll(() => rmSync(join(repoRoot, work), { recursive: true, force: true }));

describe('a rebuild after an edit', { timeout: 180_000 }, () => {
  const lists = ['tinh/bac-giang/index.html', 'nam/2019/index.html', 'loai/cong-van/index.html'];
  const documentPage = 'van-ban/2019/bac-giang-tan-yen-146-ubnd-ldtbxh/index.html';
  const citing = 'van-ban/2019/bac-giang-tan-yen-12-kh-ubnd/index.html';

  it('re-renders the edited document, leaves the lists in place, and updates them when a title changes', () => {
    rmSync(join(repoRoot, work), { recursive: true, force: true });
    cpSync(join(repoRoot, 'content/van-ban'), join(repoRoot, content), { recursive: true });
    build();
    const title = 'Hướng dẫn triển khai công tác bình đẳng giới năm 2019';
    for (const list of lists) expect(page(list), list).toContain(title);
    expect(page(citing)).toContain(title);
    const listTimes = lists.map(modified);

    // The text alone: the document page shows it; no list is written again.
    editDocument((source) => `${source}\nĐoạn bổ sung khi dựng lại.\n`);
    build();
    expect(page(documentPage)).toContain('Đoạn bổ sung khi dựng lại.');
    expect(lists.map(modified)).toEqual(listTimes);

    // The title: every list that shows the document, and the pages that cite it, show the new one.
    editDocument((source) => source.replace(`title: "${title}"`, `title: "${title} (sửa đổi)"`));
    build();
    for (const path of [...lists, documentPage, citing]) expect(page(path), path).toContain(`${title} (sửa đổi)`);
  });
});
