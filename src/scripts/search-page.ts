import { withBase } from '../lib/archive/paths.ts';
import { runSearch, type RankedResult, type SearchOutcome, type Suggestion } from '../lib/search/engine.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { facets, metaKeys, type FacetKey, type SortOrder } from '../lib/search/facets.ts';
import { foundMessage, noneMessage, unmatchedMessage } from '../lib/search/messages.ts';
import type { PagefindApi } from '../lib/search/pagefind-api.ts';
import type { QueryTerm } from '../lib/search/query.ts';
import { pagefindRanking } from '../lib/search/ranking.ts';
import { emptyFilters, parseSearchParams, sameState, searchQueryString, withHighlight, type SearchState } from '../lib/search/url-state.ts';

/**
 * What one search costs, for the benchmark (README "Search"): set on window.__searchMetrics after
 * every search. `timeToFirstResultsMs` counts from the start of the page's first search (Pagefind
 * loading included) to the first results on screen; `sinceNavigationMs` from the navigation start.
 * Bytes come from the Resource Timing API for the /pagefind/ requests (Pagefind runs on the main
 * thread, noWorker, so every one of its requests is visible there).
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
  form.querySelector<HTMLElement>('[data-search-js-note]')!.hidden = true;
  filtersBox.hidden = false;

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
  };
  window.__searchMetrics = metrics;

  let pagefind: Promise<PagefindApi> | null = null;
  const loadPagefind = (): Promise<PagefindApi> => {
    pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ withBase(import.meta.env.BASE_URL, '/pagefind/pagefind.js'))) as PagefindApi;
      await api.options({ baseUrl: import.meta.env.BASE_URL, noWorker: true, excerptLength: 30, ranking: pagefindRanking });
      await api.init();
      return api;
    })();
    return pagefind;
  };

  let current: SearchOutcome | null = null;
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
      const counts = outcome.counts[facet.key] ?? {};
      const selected = outcome.state.filters[facet.key];
      const values = [...new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...selected])];
      values.sort(facet.key === 'nam' ? (a, b) => Number(b) - Number(a) : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b));
      ul.replaceChildren();
      fieldset.hidden = values.length === 0;
      const expanded = fieldset.dataset.expanded === 'true';
      values.forEach((value, i) => {
        const id = `loc-${facet.key}-${i}`;
        const box = el('input', { type: 'checkbox', id, name: facet.param, value, checked: selected.includes(value) });
        box.dataset.facetKey = facet.key;
        const count = counts[value] ?? 0;
        const label = el('label', { htmlFor: id }, box, el('span', {}, value), el('span', { className: 'count' }, `(${count})`));
        const li = el('li', {}, label);
        if (!expanded && i >= facetShown && !selected.includes(value)) li.hidden = true;
        ul.append(li);
      });
      const hiddenCount = ul.querySelectorAll('li[hidden]').length;
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
    for (const part of buildExcerpt(data.content, excerptTerms(outcome), outcome.query.phrase)) {
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

  const renderNotices = (outcome: SearchOutcome) => {
    notices.replaceChildren();
    if (outcome.unmatched.length) {
      notices.append(el('p', { className: 'search-notice' }, unmatchedMessage(outcome.unmatched, outcome.results.length > 0)));
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

  const render = async (outcome: SearchOutcome) => {
    current = outcome;
    shown = 0;
    list.replaceChildren();
    renderFacets(outcome);
    renderNotices(outcome);
    if (outcome.kind === 'empty') {
      status.textContent = `Nhập từ khóa để tìm trong ${outcome.totalDocuments} văn bản của kho, hoặc chọn bộ lọc.`;
      more.hidden = true;
      return;
    }
    await showMore(outcome, false);
    status.textContent = outcome.kind === 'none' ? noneMessage(outcome.state.q) : foundMessage(outcome.results.length, outcome.state.q);
  };

  const go = async (state: SearchState, history: 'push' | 'replace' | 'none') => {
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
    // Say so only when it takes a while (the first search loads Pagefind).
    const slow = window.setTimeout(() => {
      if (mine === sequence) status.textContent = first ? 'Đang tải bộ tìm kiếm…' : 'Đang tìm…';
    }, 400);
    try {
      const api = await loadPagefind();
      const outcome = await runSearch(api, state);
      if (mine !== sequence) return;
      await render(outcome);
      if (mine !== sequence) return;
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
      const resources = pagefindResources();
      metrics.pagefindRequests = resources.length;
      metrics.pagefindTransferBytes = resources.reduce((n, e) => n + e.transferSize, 0);
      metrics.pagefindEncodedBytes = resources.reduce((n, e) => n + e.encodedBodySize, 0);
      metrics.ready = true;
      form.dataset.searchState = 'done';
    } catch (error) {
      if (mine !== sequence) return;
      metrics.error = error instanceof Error ? error.message : String(error);
      status.textContent = 'Không tải được bộ tìm kiếm. Hãy tải lại trang; nếu vẫn lỗi, bạn có thể duyệt văn bản theo tỉnh, năm hoặc loại.';
      form.dataset.searchState = 'error';
    } finally {
      window.clearTimeout(slow);
      if (mine === sequence) list.removeAttribute('aria-busy');
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
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  window.addEventListener('popstate', () => void go(parseSearchParams(new URLSearchParams(window.location.search)), 'none'));

  void go(parseSearchParams(new URLSearchParams(window.location.search)), 'none');
}
