import { withBase } from '../lib/archive/paths.ts';
import { runSearch, type RankedResult, type SearchOutcome, type Suggestion } from '../lib/search/engine.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { facets, metaKeys, type FacetKey, type SortOrder } from '../lib/search/facets.ts';
import { foundMessage, noneMessage, unmatchedMessage } from '../lib/search/messages.ts';
import type { PagefindApi } from '../lib/search/pagefind-api.ts';
import type { QueryTerm } from '../lib/search/query.ts';
import { pagefindRanking } from '../lib/search/ranking.ts';
import {
  archiveDocuments,
  coverageMessage,
  coverageOf,
  emptyPagefind,
  filtersNote,
  formatCount,
  parseShardPlan,
  remainingShards,
  searchWithWidening,
  shardedPagefind,
  shardsToLoad,
  widenedMessage,
  yearsText,
  type Coverage,
  type MergeablePagefind,
} from '../lib/search/search-coverage.ts';
import { shardPath, shardTarget, type SearchShard } from '../lib/search/shards.ts';
import { emptyFilters, hasFilters, parseSearchParams, sameState, searchQueryString, withHighlight, type SearchState } from '../lib/search/url-state.ts';

/**
 * What one search costs, for the benchmark (README "Search"): set on window.__searchMetrics after
 * every search. `timeToFirstResultsMs` counts from the start of the page's first search (Pagefind
 * loading included) to the first results on screen; `sinceNavigationMs` from the navigation start.
 * Bytes come from the Resource Timing API for the /pagefind/ requests (Pagefind runs on the main
 * thread, noWorker, so every one of its requests is visible there; shard bundles are under
 * /pagefind/<shard>/).
 *
 * The index is split into shards of years (src/lib/search/shards.ts, search-coverage.ts): the page
 * keeps one Pagefind object, loaded from the first shard a search needs, merges the other shards
 * when a search needs them, and says which years were searched when not all of them were.
 */
export interface SearchMetrics {
  /** True once the first search of the page has rendered. */
  ready: boolean;
  query: string;
  resultCount: number;
  timeToFirstResultsMs: number | null;
  sinceNavigationMs: number | null;
  /** Duration of the latest search, loading excluded after the first. */
  lastSearchMs: number | null;
  pagefindRequests: number;
  /** Bytes over the network (headers included; 0 for cached files). */
  pagefindTransferBytes: number;
  /** Bytes of the response bodies as sent (compressed if the server compresses). */
  pagefindEncodedBytes: number;
  searches: number;
  error: string | null;
  /** Shards of the index loaded so far, in load order (the first is Pagefind's primary bundle). */
  shardsLoaded: string[];
}

declare global {
  interface Window {
    __searchMetrics?: SearchMetrics;
  }
}

const pageSize = 10;
const facetShown = 12;

function pagefindResources(): PerformanceResourceTiming[] {
  const marker = withBase(import.meta.env.BASE_URL, '/pagefind/');
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => new URL(e.name).pathname.startsWith(marker));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const collator = new Intl.Collator('vi');

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const filtersBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
  const clearButton = form.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const notices = form.querySelector<HTMLElement>('[data-search-notices]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const coverageBox = form.querySelector<HTMLElement>('[data-search-coverage]')!;
  const coverageText = form.querySelector<HTMLElement>('[data-search-coverage-text]')!;
  const widenButton = form.querySelector<HTMLButtonElement>('[data-search-widen]')!;
  const filtersNoteLine = form.querySelector<HTMLElement>('[data-search-filters-note]')!;
  const facetsBox = form.querySelector<HTMLDetailsElement>('[data-search-facets]')!;
  form.querySelector<HTMLElement>('[data-search-js-note]')!.hidden = true;
  filtersBox.hidden = false;
  // On a narrow screen the filters come before the results: closed there unless one is ticked.
  if (!window.matchMedia('(min-width: 60rem)').matches && !hasFilters(parseSearchParams(new URLSearchParams(window.location.search)))) facetsBox.open = false;

  // The index's shards, newest first, as the page was built with them (src/pages/tim-kiem/index.astro).
  let plan: SearchShard[] = [];
  let planError: Error | null = null;
  try {
    plan = parseShardPlan(form.dataset.searchShards);
  } catch (error) {
    planError = error instanceof Error ? error : new Error(String(error));
  }
  const target = Number(form.dataset.searchShardTarget) || shardTarget;
  const archiveTotal = archiveDocuments(plan);

  const metrics: SearchMetrics = {
    ready: false,
    query: '',
    resultCount: 0,
    timeToFirstResultsMs: null,
    sinceNavigationMs: null,
    lastSearchMs: null,
    pagefindRequests: 0,
    pagefindTransferBytes: 0,
    pagefindEncodedBytes: 0,
    searches: 0,
    error: null,
    shardsLoaded: [],
  };
  window.__searchMetrics = metrics;

  // One Pagefind object for the page. Its primary bundle is the first shard the first search needs;
  // other shards are merged into it (mergeIndex: they share its WebAssembly, and every search runs on
  // every bundle loaded). A bundle cannot be unloaded, so the searched shards are the loaded ones.
  const base = import.meta.env.BASE_URL;
  // Options of every bundle: a merged bundle does not take the primary's.
  const bundleOptions = { baseUrl: base, excerptLength: 30, ranking: pagefindRanking };
  const loaded = new Set<string>();
  const merging = new Map<string, Promise<void>>();
  const markLoaded = (shard: SearchShard) => {
    loaded.add(shard.name);
    metrics.shardsLoaded.push(shard.name);
  };
  const loadedShards = () => plan.filter((s) => loaded.has(s.name));
  let pagefind: Promise<PagefindApi> | null = null;
  let merger: Promise<MergeablePagefind> | null = null;
  const loadPagefind = (primary: SearchShard): Promise<PagefindApi> => {
    pagefind ??= (async () => {
      merger = (async () => {
        const api = (await import(/* @vite-ignore */ withBase(base, `${shardPath(primary)}pagefind.js`))) as MergeablePagefind;
        await api.options({ ...bundleOptions, noWorker: true });
        await api.init();
        markLoaded(primary);
        return api;
      })();
      merging.set(primary.name, merger.then(() => undefined));
      // Date sorts across shards need each shard searched on its own (search-coverage.ts).
      return shardedPagefind(await merger, loadedShards);
    })();
    return pagefind;
  };
  const merge = async (shards: SearchShard[]): Promise<void> => {
    const api = await merger!;
    await Promise.all(
      shards.map((shard) => {
        let done = merging.get(shard.name);
        if (!done) {
          done = api.mergeIndex(withBase(base, shardPath(shard)), bundleOptions).then(() => markLoaded(shard));
          merging.set(shard.name, done);
        }
        return done;
      }),
    );
  };
  /** The shards a search of `state` needs first ("everything": every shard), loaded. */
  const prepare = async (state: SearchState, everything: boolean): Promise<PagefindApi> => {
    if (planError) throw planError;
    if (plan.length === 0) return emptyPagefind;
    const needed = shardsToLoad(plan, state, loaded, target);
    const api = await loadPagefind(needed[0] ?? plan[0]!);
    await merge(everything ? remainingShards(plan, loaded) : shardsToLoad(plan, state, loaded, target));
    return api;
  };
  // Searches run one after the other, so that no shard is merged while another search runs (its
  // results and the years it says it searched would disagree).
  let queue: Promise<unknown> = Promise.resolve();

  let current: SearchOutcome | null = null;
  // Pagefind's filter index is loaded by the first search that counts (runSearch's `counts`).
  let countsLoaded = false;
  let shown = 0;
  let sequence = 0;

  const stateFromControls = (): SearchState => {
    const filters = emptyFilters();
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-facet-key]:checked')) {
      filters[box.dataset.facetKey as FacetKey].push(box.value);
    }
    return { q: input.value.trim(), filters, sort: sortSelect.value as SortOrder };
  };

  const setControls = (state: SearchState) => {
    input.value = state.q;
    sortSelect.value = state.sort;
  };

  const renderFacets = (outcome: SearchOutcome) => {
    const active = document.activeElement as HTMLElement | null;
    const focusKey = active?.dataset.facetKey ? `${active.dataset.facetKey}\u0000${(active as HTMLInputElement).value}` : null;
    for (const facet of facets) {
      const fieldset = form.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${facet.key}"]`)!;
      const ul = fieldset.querySelector<HTMLUListElement>('[data-facet-values]')!;
      const counts = outcome.counts?.[facet.key] ?? {};
      const selected = outcome.state.filters[facet.key];
      const values = [...new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...selected])];
      values.sort(facet.key === 'nam' ? (a, b) => Number(b) - Number(a) : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b));
      ul.replaceChildren();
      fieldset.hidden = values.length === 0;
      const expanded = fieldset.dataset.expanded === 'true';
      // Values past the first few are built only when the reader asks for them: a search over
      // hundreds of issuers would otherwise build hundreds of hidden checkboxes before its results.
      let hiddenCount = 0;
      values.forEach((value, i) => {
        if (!expanded && i >= facetShown && !selected.includes(value)) {
          hiddenCount++;
          return;
        }
        const id = `loc-${facet.key}-${i}`;
        const box = el('input', { type: 'checkbox', id, name: facet.param, value, checked: selected.includes(value) });
        box.dataset.facetKey = facet.key;
        const count = counts[value] ?? 0;
        const label = el('label', { htmlFor: id }, box, el('span', {}, value), el('span', { className: 'count' }, `(${count})`));
        ul.append(el('li', {}, label));
      });
      fieldset.querySelector('[data-facet-toggle]')?.remove();
      if (hiddenCount > 0 || expanded) {
        const toggle = el('button', { type: 'button', className: 'link-button' }, expanded ? 'Thu gọn' : `Hiện thêm ${hiddenCount} mục`);
        toggle.dataset.facetToggle = '';
        toggle.setAttribute('aria-expanded', String(expanded));
        toggle.addEventListener('click', () => {
          fieldset.dataset.expanded = String(!expanded);
          renderFacets(outcome);
          fieldset.querySelector<HTMLButtonElement>('[data-facet-toggle]')?.focus();
        });
        fieldset.append(toggle);
      }
    }
    clearButton.hidden = !facets.some((f) => outcome.state.filters[f.key].length > 0);
    if (focusKey) {
      for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet-key]')) {
        if (`${box.dataset.facetKey}\u0000${box.value}` === focusKey) box.focus();
      }
    }
  };

  const excerptTerms = (outcome: SearchOutcome): QueryTerm[] => {
    const q = outcome.query;
    const unmatched = new Set(outcome.unmatched);
    return [...q.terms.filter((t) => !unmatched.has(t.text)), ...q.numbers.map((n) => ({ text: n.text, folded: n.compact }))];
  };

  const renderResult = async (ranked: RankedResult, outcome: SearchOutcome): Promise<HTMLLIElement> => {
    const data = await ranked.result.data();
    const meta = data.meta;
    const title = meta[metaKeys.title] ?? data.url;
    const link = el('a', { href: withHighlight(data.url, outcome.highlight) }, title);
    const line = [`${meta[metaKeys.type] ?? 'Văn bản'}${meta[metaKeys.number] ? ` số ${meta[metaKeys.number]}` : ' (không số)'}`, meta[metaKeys.issuer], meta[metaKeys.date]].filter(Boolean).join(' · ');
    const metaLine = el('p', { className: 'doc-meta' }, line);
    if (ranked.numberMatch) metaLine.append(' ', el('span', { className: 'badge' }, 'Đúng số ký hiệu'));
    if (meta[metaKeys.fullText] === 'khong') metaLine.append(' ', el('span', { className: 'badge' }, 'Chưa có toàn văn'));
    const excerpt = el('p', { className: 'excerpt' });
    // Words found next to one another in the typed order are marked as one phrase (proximity.ts).
    const phrase = outcome.query.phrase ?? (ranked.proximity === 0 ? outcome.query.sequence.filter((t) => !outcome.unmatched.includes(t.text)) : null);
    for (const part of buildExcerpt(data.content, excerptTerms(outcome), phrase)) {
      excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
    }
    return el('li', {}, el('h3', {}, link), metaLine, excerpt);
  };

  const showMore = async (outcome: SearchOutcome, focusFirst: boolean) => {
    const batch = outcome.results.slice(shown, shown + pageSize);
    const items = await Promise.all(batch.map((r) => renderResult(r, outcome)));
    if (outcome !== current) return;
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= outcome.results.length;
    more.textContent = `Xem thêm kết quả (còn ${outcome.results.length - shown})`;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const suggestionLink = (s: Suggestion): HTMLAnchorElement => {
    const a = el('a', { href: searchQueryString(s.state) || '?' }, s.count === null ? s.label : `${s.label} (${s.count} văn bản)`);
    a.addEventListener('click', (event) => {
      event.preventDefault();
      void go(s.state, 'push');
    });
    return a;
  };

  const renderNotices = (outcome: SearchOutcome, coverage: Coverage) => {
    notices.replaceChildren();
    if (outcome.unmatched.length) {
      notices.append(el('p', { className: 'search-notice' }, unmatchedMessage(outcome.unmatched, outcome.results.length > 0, !coverage.complete)));
    }
    if (outcome.suggestions.length) {
      const ul = el('ul');
      for (const s of outcome.suggestions) ul.append(el('li', {}, suggestionLink(s)));
      notices.append(el('div', { className: 'search-notice' }, el('p', {}, outcome.kind === 'none' ? 'Thử tìm:' : 'Có thể bạn muốn tìm:'), ul));
    }
    if (outcome.kind === 'none') {
      const base = import.meta.env.BASE_URL;
      notices.append(
        el(
          'p',
          {},
          'Hoặc duyệt ',
          el('a', { href: withBase(base, '/van-ban/') }, 'tất cả văn bản'),
          ', theo ',
          el('a', { href: withBase(base, '/tinh/') }, 'tỉnh'),
          ', ',
          el('a', { href: withBase(base, '/nam/') }, 'năm'),
          ' hoặc ',
          el('a', { href: withBase(base, '/loai/') }, 'loại văn bản'),
          '.',
        ),
      );
    }
  };

  /**
   * Which years were searched, when not all: after the status line, in a live region of its own,
   * with the button that searches every year. The filter counts are those of the loaded shards: a
   * short note above the filters says so.
   */
  const renderCoverage = (outcome: SearchOutcome, coverage: Coverage, before: SearchShard[], widened: SearchShard[]) => {
    const searched = outcome.kind !== 'empty';
    const partial = searched ? coverageMessage(plan, coverage) : null;
    const text = [searched && widened.length ? widenedMessage(plan, before, widened) : null, partial].filter(Boolean).join(' ');
    if (coverageText.textContent !== text) coverageText.textContent = text;
    coverageBox.toggleAttribute('data-shown', text !== '');
    widenButton.hidden = partial === null;
    const note = filtersNote(plan, loaded) ?? '';
    filtersNoteLine.textContent = note;
    filtersNoteLine.hidden = note === '';
  };

  const render = async (outcome: SearchOutcome, coverage: Coverage, before: SearchShard[], widened: SearchShard[]) => {
    current = outcome;
    shown = 0;
    list.replaceChildren();
    renderFacets(outcome);
    renderNotices(outcome, coverage);
    if (outcome.kind === 'empty') {
      // The archive's total, not the engine's (which counts the loaded shards only).
      status.textContent = `Nhập từ khóa để tìm trong ${formatCount(archiveTotal)} văn bản của kho, hoặc chọn bộ lọc.`;
      more.hidden = true;
      renderCoverage(outcome, coverage, before, widened);
      return;
    }
    await showMore(outcome, false);
    status.textContent = outcome.kind === 'none' ? noneMessage(outcome.state.q) : foundMessage(outcome.results.length, outcome.state.q);
    renderCoverage(outcome, coverage, before, widened);
  };

  /** Runs a search. `everything`: merge every shard first ("Tìm trong tất cả các năm"); `focusResults`: move focus to the first result. */
  const go = async (state: SearchState, history: 'push' | 'replace' | 'none', options: { everything?: boolean; focusResults?: boolean } = {}) => {
    const url = `${window.location.pathname}${searchQueryString(state)}`;
    if (history === 'push' && !sameState(state, parseSearchParams(new URLSearchParams(window.location.search)))) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    setControls(state);
    document.title = state.q ? `Tìm “${state.q}” · Kho văn bản Bình đẳng giới` : 'Tìm kiếm · Kho văn bản Bình đẳng giới';
    const mine = ++sequence;
    const first = metrics.searches === 0;
    const started = performance.now();
    if (first) performance.mark('search:start');
    list.setAttribute('aria-busy', 'true');
    form.dataset.searchState = 'loading';
    // Say so only when it takes a while (the first search loads Pagefind; merging shards takes a while too).
    let waiting = first ? 'Đang tải bộ tìm kiếm…' : options.everything ? 'Đang tìm trong tất cả các năm…' : 'Đang tìm…';
    let slowShown = false;
    const say = (text: string) => {
      waiting = text;
      if (slowShown && mine === sequence) status.textContent = text;
    };
    const slow = window.setTimeout(() => {
      slowShown = true;
      if (mine === sequence) status.textContent = waiting;
    }, 400);
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    const turn = queue;
    queue = turn.then(() => done);
    try {
      await turn;
      if (mine !== sequence) return;
      const api = await prepare(state, options.everything ?? false);
      if (first) performance.mark('search:pagefind-loaded');
      const before = loadedShards();
      const { outcome, widened } = await searchWithWidening(state, {
        shards: plan,
        target,
        loaded: () => loaded,
        merge,
        // Until the filter index is loaded, a search without filters shows its results first and
        // counts right after (RunSearchOptions.counts): loading and counting would delay them.
        search: () => runSearch(api, state, { prefetch: pageSize, counts: countsLoaded || hasFilters(state), shards: loadedShards() }),
        onWiden: (next) => say(`Đang tìm thêm trong văn bản năm ${yearsText(plan, next)}…`),
        stale: () => mine !== sequence,
      });
      if (mine !== sequence) return;
      if (first) performance.mark('search:searched');
      await render(outcome, coverageOf(plan, state, loaded), before, widened);
      if (mine !== sequence) return;
      // The results and the status are on screen: no "loading" message may replace them now.
      window.clearTimeout(slow);
      list.removeAttribute('aria-busy');
      if (options.focusResults) (list.querySelector<HTMLAnchorElement>('a') ?? input).focus();
      metrics.searches++;
      metrics.query = state.q;
      metrics.resultCount = outcome.results.length;
      metrics.lastSearchMs = performance.now() - started;
      if (first) {
        performance.mark('search:first-results');
        performance.measure('search:time-to-first-results', 'search:start', 'search:first-results');
        metrics.timeToFirstResultsMs = metrics.lastSearchMs;
        metrics.sinceNavigationMs = performance.now();
      }
      if (outcome.counts === null) {
        // The same search with its counts; the results on screen stay as they are. Should the
        // filter index fail to load, the results stay and the filters stay empty.
        try {
          const counted = await runSearch(api, state, { shards: loadedShards() });
          countsLoaded = true;
          if (mine !== sequence) return;
          outcome.counts = counted.counts;
          outcome.totalDocuments = counted.totalDocuments;
          renderFacets(outcome);
        } catch (error) {
          console.warn('Search filters could not be counted:', error);
        }
      } else {
        countsLoaded = true;
      }
      const resources = pagefindResources();
      metrics.pagefindRequests = resources.length;
      metrics.pagefindTransferBytes = resources.reduce((n, e) => n + e.transferSize, 0);
      metrics.pagefindEncodedBytes = resources.reduce((n, e) => n + e.encodedBodySize, 0);
      metrics.ready = true;
      form.dataset.searchState = 'done';
    } catch (error) {
      if (mine !== sequence) return;
      metrics.error = error instanceof Error ? error.message : String(error);
      // `npm run dev` (astro dev) serves no search index: it is built by `npm run build`.
      status.textContent = import.meta.env.DEV
        ? 'Chế độ phát triển (npm run dev) không có bộ chỉ mục tìm kiếm: chỉ mục được tạo khi xây dựng trang. Hãy chạy npm run build rồi npm run serve, hoặc npm start, rồi mở lại trang này.'
        : 'Không tải được bộ tìm kiếm. Hãy tải lại trang; nếu vẫn lỗi, bạn có thể duyệt văn bản theo tỉnh, năm hoặc loại.';
      form.dataset.searchState = 'error';
    } finally {
      finish();
      window.clearTimeout(slow);
      if (mine === sequence) {
        list.removeAttribute('aria-busy');
        widenButton.disabled = false;
      }
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void go(stateFromControls(), 'push');
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === input) return;
    if (target.matches('input[data-facet-key], select[data-search-sort]')) void go({ ...stateFromControls(), q: current?.state.q ?? input.value.trim() }, 'push');
  });
  clearButton.addEventListener('click', () => {
    void go({ ...stateFromControls(), filters: emptyFilters() }, 'push');
    input.focus();
  });
  more.addEventListener('click', () => {
    if (current) void showMore(current, true);
  });
  widenButton.addEventListener('click', () => {
    if (!current) return;
    widenButton.disabled = true;
    void go(current.state, 'none', { everything: true, focusResults: true });
  });
  // Start loading Pagefind when the reader is about to type (the shard the URL's search starts with).
  input.addEventListener(
    'focus',
    () => {
      const first = plan.length ? shardsToLoad(plan, parseSearchParams(new URLSearchParams(window.location.search)), loaded, target)[0] : undefined;
      if (first) void loadPagefind(first).catch(() => undefined);
    },
    { once: true },
  );
  window.addEventListener('popstate', () => void go(parseSearchParams(new URLSearchParams(window.location.search)), 'none'));

  void go(parseSearchParams(new URLSearchParams(window.location.search)), 'none');
}
