import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

/**
 * The README is the front door and links into docs/: after text moved between them, every relative
 * link must still lead to a file, and every #anchor to a heading of that file (GitHub's slugs).
 */
const root = join(import.meta.dirname, '../..');
const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function anchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!)));
}

describe('links in the README and docs/', () => {
  it.each(files)('%s: every relative link and anchor resolves', (file) => {
    const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, anchor] = target!.split('#') as [string, string | undefined];
      const resolved = path ? join(dirname(file), path) : file;
      if (!existsSync(join(root, resolved))) broken.push(`${target} (no file ${resolved})`);
      else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) broken.push(`${target} (no heading #${anchor})`);
    }
    expect(broken).toEqual([]);
  });

  it('the README lists the sections of its table of contents, in order', () => {
    const text = readFileSync(join(root, 'README.md'), 'utf8');
    const toc = [...text.slice(text.indexOf('## Contents'), text.indexOf('## Requirements')).matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    const slugger = new GithubSlugger();
    const sections = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/^## (.+)$/gm)].map((m) => slugger.slug(m[1]!)).filter((s) => s !== 'contents');
    expect(toc).toEqual(sections);
  });
});
