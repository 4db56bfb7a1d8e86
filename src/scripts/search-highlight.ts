import { withBase } from '../lib/archive/paths.ts';
import { highlightTerms } from '../lib/search/highlight-terms.ts';
import { highlightParam } from '../lib/search/url-state.ts';

type HighlightClass = new (options: Record<string, unknown>) => { getHighlightParams(name: string): string[] };

interface HighlightWindow {
  PagefindHighlight?: HighlightClass;
}

/**
 * On a document page opened from a search result (…/?highlight=bình&highlight=đẳng), loads
 * Pagefind's highlight script and marks the searched words in the document's title and text
 * (the data-pagefind-body elements). Does nothing, and loads nothing, on any other page.
 * mark.js inside it matches across diacritics (d/đ, hòa/hoà), whole words only. The words are
 * normalised like a query first (highlight-terms.ts): a link in NFD or with a zero-width character
 * used to mark nothing.
 */
export function highlightOnDocumentPage(): void {
  const params = new URLSearchParams(window.location.search);
  if (highlightTerms(params.getAll(highlightParam)).length === 0) return;
  if (!document.querySelector('[data-pagefind-body]')) return;
  const url = withBase(import.meta.env.BASE_URL, '/pagefind/pagefind-highlight.js');
  import(/* @vite-ignore */ url)
    .then(() => {
      const Base = (window as unknown as HighlightWindow).PagefindHighlight;
      if (!Base) return;
      // Pagefind reads the words from the address itself, in its constructor: give it them normalised.
      class Highlight extends Base {
        override getHighlightParams(name: string): string[] {
          return highlightTerms(super.getHighlightParams(name));
        }
      }
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
