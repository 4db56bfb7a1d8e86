import { escapeXml } from './xml.ts';

/**
 * An Atom 1.0 feed (RFC 4287). Every URL is absolute: feed readers resolve relative ones
 * differently, and an entry's id must be an absolute IRI that never changes.
 */
export interface AtomEntry {
  /** Absolute URL of the page; also the entry's id. */
  url: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** One plain-text sentence. */
  summary: string;
  /** Category labels, e.g. the document type and the province. */
  categories: readonly string[];
}

export interface AtomFeed {
  /** Absolute URL of the feed itself (rel="self"), also its id. */
  selfUrl: string;
  /** Absolute URL of the page the feed mirrors (rel="alternate"). */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** The feed's author: who publishes the archive. */
  author: string;
  /** Language tag of the content, e.g. "vi". */
  lang: string;
  entries: readonly AtomEntry[];
}

/** The feed's XML. `updated` is the newest entry's, or the epoch for an empty feed. */
export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entry = (e: AtomEntry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${e.updated}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      ...e.categories.map((c) => `    <category term="${escapeXml(c)}"/>`),
      '  </entry>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

/**
 * An archive date ("2019-01-16", "2018-05", "2018" or null with its year) as the date-time Atom
 * requires: a partial date is the start of its period, as the archive sorts it. Midnight UTC.
 */
export function atomDate(issued: string | null, year: number): string {
  const [y, m = '01', d = '01'] = (issued ?? String(year)).split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}
