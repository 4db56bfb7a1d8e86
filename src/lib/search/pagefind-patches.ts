/**
 * Small, exact edits to the `pagefind.js` that Pagefind 1.6 writes into each search bundle, applied
 * by scripts/index-search.ts right after a shard is indexed. Each one removes work the search page
 * never uses from the time to first results (README, Performance). A patch names the exact text it
 * replaces; when that text is not in the file exactly once (another Pagefind version) the build
 * stops and says which patch to review, so a Pagefind upgrade can never leave a half-patched file.
 */
export interface PagefindPatch {
  /** Short name, used in errors and in the shard fingerprint. */
  name: string;
  /** Why the search page is better off with it. */
  why: string;
  /** The exact text of Pagefind's minified pagefind.js that is replaced; must occur exactly once. */
  find: string;
  /** What replaces it. */
  replace: string;
}

/**
 * The word locations in Pagefind's raw search result: `"l":[{"w":24,"s":1.2,"l":17},…]` for every
 * page found. Pagefind returns them for all hits (≈48,000 for "phụ nữ" in a shard of 544 documents,
 * a 1.9 MB JSON string) and turns each into an object; the page needs none of them (it builds its
 * own excerpts from the text, excerpt.ts). Location objects hold no arrays, so the first "]" ends
 * the list.
 */
export const resultLocationsPattern = /"l":\[[^\]]*\]/g;

export const pagefindPatches: readonly PagefindPatch[] = [
  {
    name: 'results-without-word-locations',
    why: 'parsing and mapping every word location of every hit cost 100-150 ms per common-word search on the test machine; the page never reads them (result.words, excerpt positions)',
    find: 'let{filtered_counts,total_counts,results,unfiltered_total,search_keywords,query_term_idfs}=JSON.parse(result);',
    replace: `let{filtered_counts,total_counts,results,unfiltered_total,search_keywords,query_term_idfs}=JSON.parse(result.replace(${String(resultLocationsPattern)},'"l":[]'));`,
  },
  {
    name: 'init-poll-5ms',
    why: 'a search started while Pagefind is still loading waits for it in steps of 50 ms (25 ms lost on average on every first search); 5 ms steps',
    find: 'await asyncSleep(50);}if(!this.raw_ptr)',
    replace: 'await asyncSleep(5);}if(!this.raw_ptr)',
  },
  {
    name: 'merge-poll-5ms',
    why: 'merging a shard waits for the first bundle’s WebAssembly in the same 50 ms steps',
    find: 'while(this.primary.wasm===null){await asyncSleep(50);}',
    replace: 'while(this.primary.wasm===null){await asyncSleep(5);}',
  },
];

/** Part of every shard's fingerprint: other patches must patch every bundle again. */
export const pagefindPatchesKey = JSON.stringify(pagefindPatches.map((p) => [p.name, p.find, p.replace]));

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/**
 * `source` with every patch applied. Throws one error listing every patch whose text is missing or
 * repeated, naming `file`.
 */
export function patchPagefindScript(source: string, file: string, patches: readonly PagefindPatch[] = pagefindPatches): string {
  const problems: string[] = [];
  let out = source;
  for (const patch of patches) {
    const found = occurrences(out, patch.find);
    if (found !== 1) {
      problems.push(`patch "${patch.name}" expects its text once in ${file}, found it ${found} time(s)`);
      continue;
    }
    out = out.replace(patch.find, () => patch.replace);
  }
  if (problems.length) {
    throw new Error(`${problems.join('; ')}. Pagefind's pagefind.js is not the one these patches were written for (was Pagefind upgraded?): compare each patch in src/lib/search/pagefind-patches.ts with the new file, then update or remove it.`);
  }
  return out;
}
