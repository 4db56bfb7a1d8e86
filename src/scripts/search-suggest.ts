import { withBase } from '../lib/archive/paths.ts';
import { maxSuggestions, parseSuggestQuery, shardKeys, suggest, type SuggestionItem } from '../lib/search/suggest.ts';
import type { CatalogueShard } from '../lib/search/suggest-keys.ts';

/**
 * Suggestions while typing in a search box (the header's and the search page's): documents by
 * number-symbol and title words, from the catalogue built at build time (/goi-y/KEY.json,
 * src/lib/search/suggest-catalogue.ts). The box follows the ARIA combobox pattern (list
 * autocomplete): ↓/↑ move through the suggestions (aria-activedescendant, focus stays in the box),
 * Enter opens the one chosen (or submits the form as before when none is), Escape closes the list,
 * a tap or click opens one; the number of suggestions is announced. Without JavaScript the box is
 * the plain GET form it always was.
 */
export interface SuggestMetrics {
  /** From the keystroke (input event) to the suggestions on screen, for the latest shown. */
  lastMs: number | null;
  /** Suggestions shown so far (lists rendered). */
  shown: number;
  /** Query of the latest list. */
  query: string;
  /** Bytes of the catalogue files fetched (Resource Timing, transfer size). */
  transferBytes: number;
  error: string | null;
}

declare global {
  interface Window {
    __suggestMetrics?: SuggestMetrics;
  }
}

/** Wait after a keystroke before fetching: one request for a word typed quickly, not one per letter. */
export const debounceMs = 60;

const shards = new Map<string, Promise<CatalogueShard>>();
const base = import.meta.env.BASE_URL;

// The keys that exist (/goi-y/khoa.json, ≈1 KB compressed at 1,000 documents), fetched once when a
// box gets focus: a key not in it is a word no title has, answered without a request.
let keyList: Promise<Set<string> | null> | null = null;
function knownKeys(): Promise<Set<string> | null> {
  keyList ??= fetch(withBase(base, '/goi-y/khoa.json'))
    .then(async (r) => (r.ok ? new Set(((await r.json()) as string).split(' ')) : null))
    .catch(() => null);
  return keyList;
}

const empty: CatalogueShard = { complete: true, entries: [] };

function shard(key: string): Promise<CatalogueShard> {
  let found = shards.get(key);
  if (!found) {
    found = fetch(withBase(base, `/goi-y/${key}.json`)).then((r) => (r.ok ? (r.json() as Promise<CatalogueShard>) : empty));
    found.catch(() => shards.delete(key));
    shards.set(key, found);
  }
  return found;
}

function metricsOf(): SuggestMetrics {
  window.__suggestMetrics ??= { lastMs: null, shown: 0, query: '', transferBytes: 0, error: null };
  return window.__suggestMetrics;
}

let boxes = 0;

/** Turns a search input into a combobox with suggestions. The input must be inside its form. */
export function attachSuggestions(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.dataset.suggest === 'on') return;
  input.dataset.suggest = 'on';
  const id = `goi-y-${++boxes}`;
  const metrics = metricsOf();

  // The list hangs below the input's row; the input itself is not moved (that would blur it).
  const anchor = input.parentElement!;
  anchor.classList.add('suggest-anchor');
  const list = document.createElement('ul');
  list.id = id;
  list.className = 'suggest-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Văn bản gợi ý');
  list.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  // A live region without role=status: the search page's status line is its one role=status.
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  input.after(list, live);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);

  let items: SuggestionItem[] = [];
  let active = -1;
  let timer = 0;
  let sequence = 0;
  let typedAt = 0;

  const cancel = () => {
    window.clearTimeout(timer);
    sequence++;
  };
  const href = (item: SuggestionItem) => withBase(base, `/van-ban/${item.id}/`);
  const close = () => {
    list.hidden = true;
    live.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (index: number) => {
    active = index;
    for (const [i, li] of [...list.children].entries()) li.setAttribute('aria-selected', String(i === index));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (item: SuggestionItem) => {
    close();
    window.location.assign(href(item));
  };

  const render = (query: string, found: SuggestionItem[]) => {
    items = found;
    list.replaceChildren(
      ...found.map((item, i) => {
        const li = document.createElement('li');
        li.id = `${id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.href = href(item);
        const line = document.createElement('span');
        line.className = 'suggest-line';
        line.textContent = item.line;
        const title = document.createElement('span');
        title.className = 'suggest-title';
        title.textContent = item.title;
        li.append(line, title);
        if (!item.fullText) {
          const badge = document.createElement('span');
          badge.className = 'suggest-badge';
          badge.textContent = 'Chưa có toàn văn';
          li.append(' ', badge);
        }
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const shown = found.length > 0;
    list.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
    live.textContent = shown ? `${found.length} văn bản gợi ý. Dùng phím mũi tên lên, xuống để chọn, Enter để mở.` : '';
    if (shown) {
      metrics.lastMs = performance.now() - typedAt;
      metrics.shown++;
      metrics.query = query;
      metrics.transferBytes = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => new URL(e.name).pathname.includes('/goi-y/')).reduce((n, e) => n + e.transferSize, 0);
    }
  };

  const update = async (mine: number) => {
    const text = input.value;
    const query = parseSuggestQuery(text);
    if (shardKeys(query).length === 0) {
      render(text, []);
      return;
    }
    try {
      const known = await knownKeys();
      const keys = shardKeys(query, 3, known ?? undefined);
      const loaded = await Promise.all(keys.map((key) => (known && !known.has(key) ? empty : shard(key))));
      if (mine !== sequence) return;
      render(text, suggest(query, loaded).slice(0, maxSuggestions));
    } catch (error) {
      metrics.error = error instanceof Error ? error.message : String(error);
      if (mine === sequence) render(text, []);
    }
  };

  input.addEventListener('input', () => {
    typedAt = performance.now();
    const mine = ++sequence;
    window.clearTimeout(timer);
    if (!input.value.trim()) {
      render('', []);
      return;
    }
    timer = window.setTimeout(() => void update(mine), debounceMs);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const isOpen = !list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!isOpen) {
        if (items.length === 0) return;
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      event.preventDefault();
      const n = items.length;
      setActive(event.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1);
    } else if (event.key === 'Enter' && isOpen && active >= 0) {
      // The chosen document instead of the search (the search page's own submit handler never runs).
      event.preventDefault();
      event.stopImmediatePropagation();
      open(items[active]!);
    } else if (event.key === 'Escape' && isOpen) {
      // Only the list closes; a second Escape clears the box as a search box does.
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      // The form is submitted: suggestions still on their way must not open over the results.
      cancel();
      close();
    }
  });
  // A press on a suggestion must not blur the box first (the list would close under the finger).
  list.addEventListener('pointerdown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = (event.target as HTMLElement).closest<HTMLLIElement>('li[role=option]');
    if (!li) return;
    const index = [...list.children].indexOf(li);
    if (items[index]) open(items[index]);
  });
  input.addEventListener('focus', () => void knownKeys());
  input.addEventListener('blur', () => {
    cancel();
    close();
  });
  form.addEventListener('submit', () => {
    cancel();
    close();
  });
}
