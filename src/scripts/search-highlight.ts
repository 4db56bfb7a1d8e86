import { withBase } from '../lib/archive/paths.ts';
import { highlightParam } from '../lib/search/url-state.ts';

interface HighlightWindow {
  PagefindHighlight?: new (options: Record<string, unknown>) => unknown;
}

/**
 * On a document page opened from a search result (…/?highlight=bình&highlight=đẳng), loads
 * Pagefind's highlight script and marks the searched words in the document's title and text
 * (the data-pagefind-body elements). Does nothing, and loads nothing, on any other page.
 * mark.js inside it matches across diacritics (d/đ, hòa/hoà), whole words only.
 */
export function highlightOnDocumentPage(): void {
  const params = new URLSearchParams(window.location.search);
  if (!params.getAll(highlightParam).some((v) => v.trim())) return;
  if (!document.querySelector('[data-pagefind-body]')) return;
  const url = withBase(import.meta.env.BASE_URL, '/pagefind/pagefind-highlight.js');
  import(/* @vite-ignore */ url)
    .then(() => {
      const Highlight = (window as unknown as HighlightWindow).PagefindHighlight;
      if (!Highlight) return;
      new Highlight({
        highlightParam,
        // Pagefind's default styles come as an inline <style>, which the Content-Security-Policy refuses;
        // the site's own CSS styles mark.pagefind-highlight.
        addStyles: false,
        markOptions: {
          className: 'pagefind-highlight',
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
          accuracy: { value: 'exactly', limiters: ',.;:!?()[]“”"\'‘’«»…/-–—'.split('') },
        },
      });
      document.documentElement.dataset.highlighted = String(document.querySelectorAll('mark.pagefind-highlight').length);
    })
    .catch(() => {
      // Highlighting is a convenience: the page reads the same without it.
    });
}
