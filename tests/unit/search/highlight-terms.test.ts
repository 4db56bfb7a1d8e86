import { describe, expect, it } from 'vitest';
import { highlightTerms } from '../../../src/lib/search/highlight-terms.ts';

// The probe: ?highlight= in NFD or with a zero-width character marked nothing on the page.
describe('highlight terms are normalised like a query', () => {
  it.each([
    ['NFD letters', ['bi\u0300nh', 'đă\u0309ng'], ['bình', 'đẳng']],
    ['a zero-width space inside a word', ['bì\u200Bnh'], ['bình']],
    ['a zero-width space after a word', ['giới\u200B'], ['giới']],
    ['zero-width joiner and non-joiner', ['tả\u200Do\u200C'], ['tảo']],
    ['a word joiner and a byte order mark', ['\uFEFFhôn\u2060'], ['hôn']],
    ['a soft hyphen', ['bình\u00ADđẳng'], ['bìnhđẳng']],
    ['capitals and spaces', ['  Tảo   HÔN '], ['tảo hôn']],
    ['the new-style tone placement', ['hoà'], ['hòa']],
    ['a number as printed', ['56/2012/NĐ-CP'], ['56/2012/nđ-cp']],
    ['empty and invisible-only values, and repeats', ['', ' ', '\u200B', 'bình', 'bi\u0300nh'], ['bình']],
  ])('%s', (_name, values, expected) => {
    expect(highlightTerms(values)).toEqual(expected);
  });
});
